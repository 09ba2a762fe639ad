-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "creatorRoleIds" TEXT NOT NULL DEFAULT '[]';

