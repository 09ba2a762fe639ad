-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "editionId" TEXT,
    "network" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "authorHandle" TEXT NOT NULL,
    "authorName" TEXT,
    "authorFollowers" BIGINT,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "replyToId" TEXT,
    "replyToHandle" TEXT,
    "referencedId" TEXT,
    "conversationId" TEXT,
    "likes" BIGINT NOT NULL DEFAULT 0,
    "reposts" BIGINT NOT NULL DEFAULT 0,
    "replies" BIGINT NOT NULL DEFAULT 0,
    "quotes" BIGINT NOT NULL DEFAULT 0,
    "impressions" BIGINT,
    "bookmarks" BIGINT,
    "shares" BIGINT,
    "url" TEXT,
    "hashtags" TEXT NOT NULL DEFAULT '[]',
    "mentions" TEXT NOT NULL DEFAULT '[]',
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Post_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Post_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("authorFollowers", "authorHandle", "authorName", "conversationId", "createdAt", "editionId", "externalId", "hashtags", "id", "importedAt", "impressions", "kind", "likes", "mentions", "network", "quotes", "referencedId", "replies", "replyToHandle", "replyToId", "reposts", "text", "updatedAt", "url", "workspaceId") SELECT "authorFollowers", "authorHandle", "authorName", "conversationId", "createdAt", "editionId", "externalId", "hashtags", "id", "importedAt", "impressions", "kind", "likes", "mentions", "network", "quotes", "referencedId", "replies", "replyToHandle", "replyToId", "reposts", "text", "updatedAt", "url", "workspaceId" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
CREATE INDEX "Post_editionId_createdAt_idx" ON "Post"("editionId", "createdAt");
CREATE UNIQUE INDEX "Post_workspaceId_network_externalId_key" ON "Post"("workspaceId", "network", "externalId");
CREATE TABLE "new_DailyMetric" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "account" TEXT NOT NULL DEFAULT '',
    "date" TEXT NOT NULL,
    "postsPublished" BIGINT NOT NULL,
    "impressions" BIGINT NOT NULL,
    "engagements" BIGINT NOT NULL,
    "likes" BIGINT NOT NULL,
    "reposts" BIGINT NOT NULL,
    "replies" BIGINT NOT NULL,
    "extra" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "DailyMetric_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DailyMetric" ("account", "date", "engagements", "extra", "id", "impressions", "likes", "postsPublished", "replies", "reposts", "workspaceId") SELECT "account", "date", "engagements", "extra", "id", "impressions", "likes", "postsPublished", "replies", "reposts", "workspaceId" FROM "DailyMetric";
DROP TABLE "DailyMetric";
ALTER TABLE "new_DailyMetric" RENAME TO "DailyMetric";
CREATE UNIQUE INDEX "DailyMetric_workspaceId_account_date_key" ON "DailyMetric"("workspaceId", "account", "date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

