-- AlterTable
ALTER TABLE `JobEvent` ADD COLUMN `dispatchedAt` DATETIME(3) NULL;

-- Events received before this column existed had their runs started on arrival.
UPDATE `JobEvent` SET `dispatchedAt` = `receivedAt`;

-- CreateIndex
CREATE INDEX `JobEvent_dispatchedAt_receivedAt_idx` ON `JobEvent`(`dispatchedAt`, `receivedAt`);

-- CreateTable
CREATE TABLE `JobWorker` (
    `id` VARCHAR(191) NOT NULL,
    `host` VARCHAR(191) NOT NULL,
    `pid` INTEGER NOT NULL,
    `startedAt` DATETIME(3) NOT NULL,
    `heartbeatAt` DATETIME(3) NOT NULL,
    `lastClaimAt` DATETIME(3) NULL,

    INDEX `JobWorker_heartbeatAt_idx`(`heartbeatAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
