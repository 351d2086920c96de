-- AlterTable
ALTER TABLE `MediaItem` ADD COLUMN `watermarkRevision` INTEGER NOT NULL DEFAULT 0;
