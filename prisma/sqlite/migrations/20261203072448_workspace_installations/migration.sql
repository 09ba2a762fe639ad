-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "purgeAfter" DATETIME;
ALTER TABLE "Workspace" ADD COLUMN "purgedAt" DATETIME;
ALTER TABLE "Workspace" ADD COLUMN "retiredAt" DATETIME;

-- CreateTable
CREATE TABLE "SlackInstallation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "teamName" TEXT NOT NULL DEFAULT '',
    "enterpriseId" TEXT,
    "appId" TEXT,
    "botId" TEXT NOT NULL,
    "botUserId" TEXT NOT NULL,
    "botScopes" TEXT NOT NULL DEFAULT '',
    "installerUserId" TEXT,
    "botToken" TEXT NOT NULL,
    "botRefreshToken" TEXT,
    "botExpiresAt" DATETIME,
    "refreshOwner" TEXT,
    "refreshUntil" DATETIME,
    "installedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackInstallation_teamId_key" ON "SlackInstallation"("teamId");

