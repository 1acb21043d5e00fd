-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('PLANNED', 'DONE');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('BILATERAL_MEETING', 'DEMARCHE', 'LETTER', 'CALL', 'EMAIL', 'REGIONAL_EVENT', 'SIDE_EVENT', 'MEETING_MARGINS', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactLevel" AS ENUM ('MINISTERIAL', 'AMBASSADOR', 'CAPITAL_OFFICIALS', 'PARLIAMENTARIANS', 'EXPERT');

-- CreateEnum
CREATE TYPE "ContactOutcome" AS ENUM ('POSITIVE', 'NEUTRAL', 'NEGATIVE', 'NO_RESPONSE');

-- CreateEnum
CREATE TYPE "Sensitivity" AS ENUM ('SHARED', 'RESTRICTED');

-- CreateEnum
CREATE TYPE "ContactPledgeLink" AS ENUM ('FULFILS', 'FOLLOWS_UP');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "extraIso3" VARCHAR(3)[] DEFAULT ARRAY[]::VARCHAR(3)[],
ADD COLUMN     "sensitive" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "status" "ContactStatus" NOT NULL DEFAULT 'DONE',
    "actorId" TEXT NOT NULL,
    "channel" "ContactChannel" NOT NULL,
    "level" "ContactLevel",
    "place" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL,
    "outcome" "ContactOutcome",
    "nextStep" TEXT NOT NULL DEFAULT '',
    "nextStepDue" DATE,
    "nextStepOwnerId" TEXT,
    "nextStepDone" BOOLEAN NOT NULL DEFAULT false,
    "sensitivity" "Sensitivity" NOT NULL DEFAULT 'SHARED',
    "importKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "loggedById" TEXT,
    "updatedById" TEXT,
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactState" (
    "contactId" TEXT NOT NULL,
    "stateIso3" VARCHAR(3) NOT NULL,

    CONSTRAINT "ContactState_pkey" PRIMARY KEY ("contactId","stateIso3")
);

-- CreateTable
CREATE TABLE "ContactPledge" (
    "contactId" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "link" "ContactPledgeLink" NOT NULL,

    CONSTRAINT "ContactPledge_pkey" PRIMARY KEY ("contactId","pledgeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contact_importKey_key" ON "Contact"("importKey");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_date_idx" ON "Contact"("deletedAt", "date");

-- CreateIndex
CREATE INDEX "Contact_actorId_idx" ON "Contact"("actorId");

-- CreateIndex
CREATE INDEX "Contact_nextStepDue_idx" ON "Contact"("nextStepDue");

-- CreateIndex
CREATE INDEX "ContactState_stateIso3_idx" ON "ContactState"("stateIso3");

-- CreateIndex
CREATE INDEX "ContactPledge_pledgeId_idx" ON "ContactPledge"("pledgeId");

-- CreateIndex
CREATE INDEX "AuditEvent_extraIso3_idx" ON "AuditEvent" USING GIN ("extraIso3");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_nextStepOwnerId_fkey" FOREIGN KEY ("nextStepOwnerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactState" ADD CONSTRAINT "ContactState_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactState" ADD CONSTRAINT "ContactState_stateIso3_fkey" FOREIGN KEY ("stateIso3") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPledge" ADD CONSTRAINT "ContactPledge_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPledge" ADD CONSTRAINT "ContactPledge_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
