-- CreateTable
CREATE TABLE "StatementCoSpeaker" (
    "statementId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "StatementCoSpeaker_pkey" PRIMARY KEY ("statementId","actorId")
);

-- CreateTable
CREATE TABLE "ImportedProposal" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatementCoSpeaker_actorId_idx" ON "StatementCoSpeaker"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportedProposal_meetingId_fingerprint_key" ON "ImportedProposal"("meetingId", "fingerprint");

-- AddForeignKey
ALTER TABLE "StatementCoSpeaker" ADD CONSTRAINT "StatementCoSpeaker_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementCoSpeaker" ADD CONSTRAINT "StatementCoSpeaker_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportedProposal" ADD CONSTRAINT "ImportedProposal_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
