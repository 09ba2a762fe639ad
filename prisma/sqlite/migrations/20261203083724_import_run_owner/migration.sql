-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN "heartbeatAt" DATETIME;
ALTER TABLE "ImportRun" ADD COLUMN "host" TEXT;
ALTER TABLE "ImportRun" ADD COLUMN "pid" INTEGER;

