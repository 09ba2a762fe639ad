-- CreateTable
CREATE TABLE "WatchedChat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "hashtag" TEXT NOT NULL,
    "hostHandles" TEXT NOT NULL DEFAULT '[]',
    "networks" TEXT NOT NULL DEFAULT '["x"]',
    "mastodonInstance" TEXT,
    "cron" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "remindMinutes" INTEGER NOT NULL DEFAULT 30,
    "note" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WatchedChat_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WatchedEdition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "watchId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "reportedAt" DATETIME,
    "summary" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WatchedEdition_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WatchedEdition_watchId_fkey" FOREIGN KEY ("watchId") REFERENCES "WatchedChat" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WatchReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "watchId" TEXT NOT NULL,
    "userRef" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WatchReminder_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WatchReminder_watchId_fkey" FOREIGN KEY ("watchId") REFERENCES "WatchedChat" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "WatchedChat_workspaceId_channel_hashtag_key" ON "WatchedChat"("workspaceId", "channel", "hashtag");

-- CreateIndex
CREATE INDEX "WatchedEdition_workspaceId_idx" ON "WatchedEdition"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "WatchedEdition_watchId_startsAt_key" ON "WatchedEdition"("watchId", "startsAt");

-- CreateIndex
CREATE INDEX "WatchReminder_workspaceId_idx" ON "WatchReminder"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "WatchReminder_watchId_userRef_key" ON "WatchReminder"("watchId", "userRef");

