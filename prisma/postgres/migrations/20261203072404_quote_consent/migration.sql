-- CreateTable
CREATE TABLE "QuoteOptOut" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuoteOptOut_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteApproval" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "authorHandle" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "QuoteApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuoteOptOut_workspaceId_idx" ON "QuoteOptOut"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "QuoteOptOut_seriesId_network_handle_key" ON "QuoteOptOut"("seriesId", "network", "handle");

-- CreateIndex
CREATE INDEX "QuoteApproval_workspaceId_idx" ON "QuoteApproval"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "QuoteApproval_seriesId_network_externalId_key" ON "QuoteApproval"("seriesId", "network", "externalId");

-- AddForeignKey
ALTER TABLE "QuoteOptOut" ADD CONSTRAINT "QuoteOptOut_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteOptOut" ADD CONSTRAINT "QuoteOptOut_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ChatSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteApproval" ADD CONSTRAINT "QuoteApproval_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteApproval" ADD CONSTRAINT "QuoteApproval_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ChatSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

