-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "engagements" BIGINT;

