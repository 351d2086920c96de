-- AlterTable
ALTER TABLE `JobStepLog` ADD COLUMN `retryAt` DATETIME(3) NULL;
