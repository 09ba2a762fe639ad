-- CreateTable
CREATE TABLE "WatchedChat" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WatchedChat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WatchedEdition" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "watchId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "reportedAt" TIMESTAMP(3),
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WatchedEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WatchReminder" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "watchId" TEXT NOT NULL,
    "userRef" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WatchReminder_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "WatchedChat" ADD CONSTRAINT "WatchedChat_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchedEdition" ADD CONSTRAINT "WatchedEdition_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchedEdition" ADD CONSTRAINT "WatchedEdition_watchId_fkey" FOREIGN KEY ("watchId") REFERENCES "WatchedChat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchReminder" ADD CONSTRAINT "WatchReminder_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchReminder" ADD CONSTRAINT "WatchReminder_watchId_fkey" FOREIGN KEY ("watchId") REFERENCES "WatchedChat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

