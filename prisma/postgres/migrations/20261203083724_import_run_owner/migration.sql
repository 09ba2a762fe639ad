-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "heartbeatAt" TIMESTAMP(3),
ADD COLUMN     "host" TEXT,
ADD COLUMN     "pid" INTEGER;

