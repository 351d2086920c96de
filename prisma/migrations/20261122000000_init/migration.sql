-- CreateTable
CREATE TABLE `User` (
    `id` VARCHAR(191) NOT NULL,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `passwordHash` VARCHAR(191) NOT NULL,
    `role` ENUM('OWNER', 'ADMIN', 'EDITOR', 'VIEWER') NOT NULL DEFAULT 'VIEWER',
    `disabled` BOOLEAN NOT NULL DEFAULT false,
    `lastSignInAt` DATETIME(3) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `User_email_key`(`email`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Model` (
    `id` VARCHAR(191) NOT NULL,
    `slug` VARCHAR(191) NOT NULL,
    `displayName` VARCHAR(191) NOT NULL,
    `bio` VARCHAR(5000) NOT NULL DEFAULT '',
    `published` BOOLEAN NOT NULL DEFAULT false,
    `watermarkKind` ENUM('NONE', 'TEXT', 'LOGO') NOT NULL DEFAULT 'TEXT',
    `watermarkText` VARCHAR(191) NULL,
    `watermarkLogoKey` VARCHAR(191) NULL,
    `watermarkPosition` ENUM('TOP_LEFT', 'TOP_RIGHT', 'BOTTOM_LEFT', 'BOTTOM_RIGHT', 'CENTER') NOT NULL DEFAULT 'BOTTOM_RIGHT',
    `watermarkOpacity` DOUBLE NOT NULL DEFAULT 0.5,
    `watermarkScale` DOUBLE NOT NULL DEFAULT 0.2,
    `watermarkMargin` DOUBLE NOT NULL DEFAULT 0.02,
    `watermarkRevision` INTEGER NOT NULL DEFAULT 1,
    `moderationProvider` VARCHAR(191) NULL,
    `policyApproveBelow` DOUBLE NOT NULL DEFAULT 0.15,
    `policyRejectAbove` DOUBLE NOT NULL DEFAULT 0.9,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `Model_slug_key`(`slug`),
    INDEX `Model_published_idx`(`published`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `ModelMember` (
    `modelId` VARCHAR(191) NOT NULL,
    `userId` VARCHAR(191) NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `ModelMember_userId_idx`(`userId`),
    PRIMARY KEY (`modelId`, `userId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `MediaItem` (
    `id` VARCHAR(191) NOT NULL,
    `modelId` VARCHAR(191) NOT NULL,
    `filename` VARCHAR(191) NOT NULL,
    `title` VARCHAR(191) NOT NULL DEFAULT '',
    `altText` VARCHAR(1000) NOT NULL DEFAULT '',
    `caption` VARCHAR(2000) NOT NULL DEFAULT '',
    `originalKey` VARCHAR(191) NOT NULL,
    `mime` VARCHAR(191) NOT NULL,
    `bytes` INTEGER NOT NULL,
    `sha256` CHAR(64) NOT NULL,
    `width` INTEGER NULL,
    `height` INTEGER NULL,
    `status` ENUM('PROCESSING', 'READY', 'FAILED') NOT NULL DEFAULT 'PROCESSING',
    `failureReason` TEXT NULL,
    `moderationStatus` ENUM('PENDING', 'APPROVED', 'REJECTED', 'NEEDS_REVIEW') NOT NULL DEFAULT 'PENDING',
    `moderatedAt` DATETIME(3) NULL,
    `placeholder` TEXT NULL,
    `dominantColor` CHAR(7) NULL,
    `metadata` TEXT NULL,
    `takenAt` DATETIME(3) NULL,
    `cameraMake` VARCHAR(191) NULL,
    `cameraModel` VARCHAR(191) NULL,
    `lens` VARCHAR(191) NULL,
    `gpsLatitude` DOUBLE NULL,
    `gpsLongitude` DOUBLE NULL,
    `currentVersion` INTEGER NOT NULL DEFAULT 0,
    `revision` INTEGER NOT NULL DEFAULT 1,
    `uploadedById` VARCHAR(191) NULL,
    `deletedAt` DATETIME(3) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `MediaItem_modelId_status_moderationStatus_idx`(`modelId`, `status`, `moderationStatus`),
    INDEX `MediaItem_modelId_createdAt_idx`(`modelId`, `createdAt`),
    INDEX `MediaItem_moderationStatus_createdAt_idx`(`moderationStatus`, `createdAt`),
    INDEX `MediaItem_uploadedById_idx`(`uploadedById`),
    UNIQUE INDEX `MediaItem_modelId_sha256_key`(`modelId`, `sha256`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `MediaVariant` (
    `id` VARCHAR(191) NOT NULL,
    `mediaId` VARCHAR(191) NOT NULL,
    `kind` ENUM('THUMB', 'DISPLAY') NOT NULL,
    `format` ENUM('AVIF', 'WEBP', 'JPEG') NOT NULL,
    `width` INTEGER NOT NULL,
    `height` INTEGER NOT NULL,
    `bytes` INTEGER NOT NULL,
    `storageKey` VARCHAR(191) NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `MediaVariant_mediaId_kind_format_width_key`(`mediaId`, `kind`, `format`, `width`),
    UNIQUE INDEX `MediaVariant_storageKey_key`(`storageKey`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `MediaVersion` (
    `id` VARCHAR(191) NOT NULL,
    `mediaId` VARCHAR(191) NOT NULL,
    `number` INTEGER NOT NULL,
    `operations` TEXT NOT NULL,
    `createdById` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `MediaVersion_createdById_idx`(`createdById`),
    UNIQUE INDEX `MediaVersion_mediaId_number_key`(`mediaId`, `number`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Category` (
    `id` VARCHAR(191) NOT NULL,
    `modelId` VARCHAR(191) NOT NULL,
    `slug` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `Category_modelId_slug_key`(`modelId`, `slug`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `MediaCategory` (
    `mediaId` VARCHAR(191) NOT NULL,
    `categoryId` VARCHAR(191) NOT NULL,

    INDEX `MediaCategory_categoryId_idx`(`categoryId`),
    PRIMARY KEY (`mediaId`, `categoryId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `GallerySection` (
    `id` VARCHAR(191) NOT NULL,
    `modelId` VARCHAR(191) NOT NULL,
    `slug` VARCHAR(191) NOT NULL,
    `title` VARCHAR(191) NOT NULL,
    `description` VARCHAR(5000) NOT NULL DEFAULT '',
    `published` BOOLEAN NOT NULL DEFAULT false,
    `position` INTEGER NOT NULL DEFAULT 0,
    `coverId` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `GallerySection_modelId_position_idx`(`modelId`, `position`),
    INDEX `GallerySection_coverId_idx`(`coverId`),
    UNIQUE INDEX `GallerySection_modelId_slug_key`(`modelId`, `slug`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `GalleryItem` (
    `sectionId` VARCHAR(191) NOT NULL,
    `mediaId` VARCHAR(191) NOT NULL,
    `position` INTEGER NOT NULL,
    `addedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `GalleryItem_sectionId_position_idx`(`sectionId`, `position`),
    INDEX `GalleryItem_mediaId_idx`(`mediaId`),
    PRIMARY KEY (`sectionId`, `mediaId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `MediaViewDay` (
    `mediaId` VARCHAR(191) NOT NULL,
    `day` DATE NOT NULL,
    `count` INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY (`mediaId`, `day`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `SectionViewDay` (
    `sectionId` VARCHAR(191) NOT NULL,
    `day` DATE NOT NULL,
    `count` INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY (`sectionId`, `day`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `ModerationCheck` (
    `id` VARCHAR(191) NOT NULL,
    `mediaId` VARCHAR(191) NOT NULL,
    `provider` VARCHAR(191) NOT NULL,
    `attempt` INTEGER NOT NULL DEFAULT 1,
    `decision` ENUM('PENDING', 'APPROVED', 'REJECTED', 'NEEDS_REVIEW') NULL,
    `previousStatus` ENUM('PENDING', 'APPROVED', 'REJECTED', 'NEEDS_REVIEW') NOT NULL,
    `scores` TEXT NULL,
    `reason` TEXT NULL,
    `automatic` BOOLEAN NOT NULL DEFAULT true,
    `decidedById` VARCHAR(191) NULL,
    `externalId` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `ModerationCheck_mediaId_createdAt_idx`(`mediaId`, `createdAt`),
    INDEX `ModerationCheck_decidedById_idx`(`decidedById`),
    INDEX `ModerationCheck_externalId_idx`(`externalId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `WebhookReceipt` (
    `id` VARCHAR(191) NOT NULL,
    `source` VARCHAR(191) NOT NULL,
    `receivedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `WebhookReceipt_receivedAt_idx`(`receivedAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Notification` (
    `id` VARCHAR(191) NOT NULL,
    `userId` VARCHAR(191) NOT NULL,
    `type` VARCHAR(191) NOT NULL,
    `title` VARCHAR(191) NOT NULL,
    `body` VARCHAR(2000) NOT NULL DEFAULT '',
    `link` VARCHAR(191) NULL,
    `readAt` DATETIME(3) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `Notification_userId_readAt_createdAt_idx`(`userId`, `readAt`, `createdAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `AuditEntry` (
    `id` VARCHAR(191) NOT NULL,
    `actorId` VARCHAR(191) NULL,
    `action` VARCHAR(191) NOT NULL,
    `entityType` VARCHAR(191) NOT NULL,
    `entityId` VARCHAR(191) NOT NULL,
    `modelId` VARCHAR(191) NULL,
    `before` TEXT NULL,
    `after` TEXT NULL,
    `ip` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `AuditEntry_entityType_entityId_idx`(`entityType`, `entityId`),
    INDEX `AuditEntry_modelId_createdAt_idx`(`modelId`, `createdAt`),
    INDEX `AuditEntry_actorId_createdAt_idx`(`actorId`, `createdAt`),
    INDEX `AuditEntry_createdAt_idx`(`createdAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `SignInAttempt` (
    `id` VARCHAR(191) NOT NULL,
    `key` VARCHAR(191) NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `SignInAttempt_key_createdAt_idx`(`key`, `createdAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `JobEvent` (
    `id` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `payload` LONGTEXT NOT NULL,
    `ts` BIGINT NOT NULL,
    `receivedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `JobEvent_name_receivedAt_idx`(`name`, `receivedAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `JobRun` (
    `id` VARCHAR(191) NOT NULL,
    `functionId` VARCHAR(191) NOT NULL,
    `eventId` VARCHAR(191) NOT NULL,
    `eventName` VARCHAR(191) NOT NULL,
    `event` LONGTEXT NOT NULL,
    `status` ENUM('QUEUED', 'RUNNING', 'SLEEPING', 'WAITING', 'COMPLETED', 'FAILED', 'CANCELLED') NOT NULL DEFAULT 'QUEUED',
    `steps` LONGTEXT NOT NULL,
    `stack` TEXT NOT NULL,
    `attempt` INTEGER NOT NULL DEFAULT 0,
    `retryStepId` VARCHAR(191) NULL,
    `pending` TEXT NULL,
    `output` LONGTEXT NULL,
    `error` TEXT NULL,
    `wakeAt` DATETIME(3) NULL,
    `waitEvent` VARCHAR(191) NULL,
    `waitIf` TEXT NULL,
    `waitStepId` VARCHAR(191) NULL,
    `leaseOwner` VARCHAR(191) NULL,
    `leaseUntil` DATETIME(3) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `startedAt` DATETIME(3) NULL,
    `finishedAt` DATETIME(3) NULL,
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `JobRun_status_wakeAt_idx`(`status`, `wakeAt`),
    INDEX `JobRun_functionId_status_idx`(`functionId`, `status`),
    INDEX `JobRun_waitEvent_status_idx`(`waitEvent`, `status`),
    INDEX `JobRun_createdAt_idx`(`createdAt`),
    UNIQUE INDEX `JobRun_functionId_eventId_key`(`functionId`, `eventId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `JobStepLog` (
    `id` VARCHAR(191) NOT NULL,
    `runId` VARCHAR(191) NOT NULL,
    `stepId` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `op` VARCHAR(191) NOT NULL,
    `attempt` INTEGER NOT NULL,
    `error` TEXT NULL,
    `startedAt` DATETIME(3) NOT NULL,
    `finishedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `JobStepLog_runId_startedAt_idx`(`runId`, `startedAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `JobCron` (
    `functionId` VARCHAR(191) NOT NULL,
    `expression` VARCHAR(191) NOT NULL,
    `nextRunAt` DATETIME(3) NOT NULL,
    `updatedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`functionId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `ModelMember` ADD CONSTRAINT `ModelMember_modelId_fkey` FOREIGN KEY (`modelId`) REFERENCES `Model`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `ModelMember` ADD CONSTRAINT `ModelMember_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaItem` ADD CONSTRAINT `MediaItem_modelId_fkey` FOREIGN KEY (`modelId`) REFERENCES `Model`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaItem` ADD CONSTRAINT `MediaItem_uploadedById_fkey` FOREIGN KEY (`uploadedById`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaVariant` ADD CONSTRAINT `MediaVariant_mediaId_fkey` FOREIGN KEY (`mediaId`) REFERENCES `MediaItem`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaVersion` ADD CONSTRAINT `MediaVersion_mediaId_fkey` FOREIGN KEY (`mediaId`) REFERENCES `MediaItem`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaVersion` ADD CONSTRAINT `MediaVersion_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Category` ADD CONSTRAINT `Category_modelId_fkey` FOREIGN KEY (`modelId`) REFERENCES `Model`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaCategory` ADD CONSTRAINT `MediaCategory_mediaId_fkey` FOREIGN KEY (`mediaId`) REFERENCES `MediaItem`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaCategory` ADD CONSTRAINT `MediaCategory_categoryId_fkey` FOREIGN KEY (`categoryId`) REFERENCES `Category`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `GallerySection` ADD CONSTRAINT `GallerySection_modelId_fkey` FOREIGN KEY (`modelId`) REFERENCES `Model`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `GallerySection` ADD CONSTRAINT `GallerySection_coverId_fkey` FOREIGN KEY (`coverId`) REFERENCES `MediaItem`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `GalleryItem` ADD CONSTRAINT `GalleryItem_sectionId_fkey` FOREIGN KEY (`sectionId`) REFERENCES `GallerySection`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `GalleryItem` ADD CONSTRAINT `GalleryItem_mediaId_fkey` FOREIGN KEY (`mediaId`) REFERENCES `MediaItem`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaViewDay` ADD CONSTRAINT `MediaViewDay_mediaId_fkey` FOREIGN KEY (`mediaId`) REFERENCES `MediaItem`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `SectionViewDay` ADD CONSTRAINT `SectionViewDay_sectionId_fkey` FOREIGN KEY (`sectionId`) REFERENCES `GallerySection`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `ModerationCheck` ADD CONSTRAINT `ModerationCheck_mediaId_fkey` FOREIGN KEY (`mediaId`) REFERENCES `MediaItem`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `ModerationCheck` ADD CONSTRAINT `ModerationCheck_decidedById_fkey` FOREIGN KEY (`decidedById`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Notification` ADD CONSTRAINT `Notification_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `AuditEntry` ADD CONSTRAINT `AuditEntry_actorId_fkey` FOREIGN KEY (`actorId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `AuditEntry` ADD CONSTRAINT `AuditEntry_modelId_fkey` FOREIGN KEY (`modelId`) REFERENCES `Model`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `JobStepLog` ADD CONSTRAINT `JobStepLog_runId_fkey` FOREIGN KEY (`runId`) REFERENCES `JobRun`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
