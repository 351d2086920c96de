-- CreateTable
CREATE TABLE `UserPreference` (
    `userId` VARCHAR(191) NOT NULL,
    `key` VARCHAR(64) NOT NULL,
    `value` TEXT NOT NULL,
    `updatedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`userId`, `key`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `MediaTag` (
    `mediaId` VARCHAR(191) NOT NULL,
    `modelId` VARCHAR(191) NOT NULL,
    `tag` VARCHAR(64) NOT NULL,

    INDEX `MediaTag_modelId_tag_idx`(`modelId`, `tag`),
    PRIMARY KEY (`mediaId`, `tag`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `MediaSimilar` (
    `mediaId` VARCHAR(191) NOT NULL,
    `otherId` VARCHAR(191) NOT NULL,
    `distance` INTEGER NOT NULL,

    INDEX `MediaSimilar_otherId_idx`(`otherId`),
    PRIMARY KEY (`mediaId`, `otherId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `BulkJob` (
    `id` VARCHAR(191) NOT NULL,
    `modelId` VARCHAR(191) NOT NULL,
    `actorId` VARCHAR(191) NULL,
    `action` VARCHAR(32) NOT NULL,
    `args` TEXT NOT NULL,
    `filter` TEXT NULL,
    `ids` MEDIUMTEXT NULL,
    `status` ENUM('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED') NOT NULL DEFAULT 'QUEUED',
    `total` INTEGER NOT NULL DEFAULT 0,
    `done` INTEGER NOT NULL DEFAULT 0,
    `failed` INTEGER NOT NULL DEFAULT 0,
    `errors` TEXT NULL,
    `cancelRequestedAt` DATETIME(3) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `startedAt` DATETIME(3) NULL,
    `finishedAt` DATETIME(3) NULL,
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `BulkJob_modelId_createdAt_idx`(`modelId`, `createdAt`),
    INDEX `BulkJob_actorId_createdAt_idx`(`actorId`, `createdAt`),
    INDEX `BulkJob_status_createdAt_idx`(`status`, `createdAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AlterTable
ALTER TABLE `MediaItem` ADD COLUMN `phash` BIGINT NULL;

-- AlterTable
ALTER TABLE `MediaItem` ADD COLUMN `viewCount` INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE `MediaItem` ADD COLUMN `searchText` TEXT NULL;

-- AlterTable
ALTER TABLE `MediaItem` ADD COLUMN `deletedById` VARCHAR(191) NULL;

-- AlterTable
ALTER TABLE `Category` ADD COLUMN `color` CHAR(7) NOT NULL DEFAULT '#71717a';

-- AlterTable
-- Existing categories get the time of this migration (a NOT NULL column without a default would hold zeros).
ALTER TABLE `Category` ADD COLUMN `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);
ALTER TABLE `Category` ALTER COLUMN `updatedAt` DROP DEFAULT;

-- Backfill: the library sorts by views and searches one text column; both are kept current by the app.
UPDATE `MediaItem` m
  SET m.`viewCount` = COALESCE((SELECT SUM(v.`count`) FROM `MediaViewDay` v WHERE v.`mediaId` = m.`id`), 0);
UPDATE `MediaItem`
  SET `searchText` = CONCAT_WS(' ', `filename`, REGEXP_REPLACE(`filename`, '[-_.]+', ' '), `title`, `altText`, `caption`);

-- CreateIndex
CREATE INDEX `MediaItem_modelId_deletedAt_createdAt_id_idx` ON `MediaItem`(`modelId`, `deletedAt`, `createdAt`, `id`);

-- CreateIndex
CREATE INDEX `MediaItem_modelId_deletedAt_takenAt_id_idx` ON `MediaItem`(`modelId`, `deletedAt`, `takenAt`, `id`);

-- CreateIndex
CREATE INDEX `MediaItem_modelId_deletedAt_filename_id_idx` ON `MediaItem`(`modelId`, `deletedAt`, `filename`, `id`);

-- CreateIndex
CREATE INDEX `MediaItem_modelId_deletedAt_bytes_id_idx` ON `MediaItem`(`modelId`, `deletedAt`, `bytes`, `id`);

-- CreateIndex
CREATE INDEX `MediaItem_modelId_deletedAt_viewCount_id_idx` ON `MediaItem`(`modelId`, `deletedAt`, `viewCount`, `id`);

-- CreateIndex
CREATE INDEX `MediaItem_deletedAt_createdAt_id_idx` ON `MediaItem`(`deletedAt`, `createdAt`, `id`);

-- DropIndex (the new (modelId, deletedAt, createdAt, id) index serves every query it served)
DROP INDEX `MediaItem_modelId_createdAt_idx` ON `MediaItem`;

-- CreateIndex
CREATE FULLTEXT INDEX `MediaItem_searchText_idx` ON `MediaItem`(`searchText`);

-- AddForeignKey
ALTER TABLE `UserPreference` ADD CONSTRAINT `UserPreference_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaTag` ADD CONSTRAINT `MediaTag_mediaId_fkey` FOREIGN KEY (`mediaId`) REFERENCES `MediaItem`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaTag` ADD CONSTRAINT `MediaTag_modelId_fkey` FOREIGN KEY (`modelId`) REFERENCES `Model`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaSimilar` ADD CONSTRAINT `MediaSimilar_mediaId_fkey` FOREIGN KEY (`mediaId`) REFERENCES `MediaItem`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `MediaSimilar` ADD CONSTRAINT `MediaSimilar_otherId_fkey` FOREIGN KEY (`otherId`) REFERENCES `MediaItem`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `BulkJob` ADD CONSTRAINT `BulkJob_modelId_fkey` FOREIGN KEY (`modelId`) REFERENCES `Model`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `BulkJob` ADD CONSTRAINT `BulkJob_actorId_fkey` FOREIGN KEY (`actorId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
