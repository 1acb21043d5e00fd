-- CreateEnum
CREATE TYPE "PathKind" AS ENUM ('RATIFICATION', 'ACCESSION', 'IMPLEMENTATION');

-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'DAY_RANGE', 'MONTH', 'QUARTER', 'HALF', 'SEASON', 'YEAR', 'UNSPECIFIED');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "stateIso3" VARCHAR(3);

-- AlterTable
ALTER TABLE "TreatyStatus" ADD COLUMN     "entryIntoForceNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedById" TEXT;

-- CreateTable
CREATE TABLE "DomesticStep" (
    "id" TEXT NOT NULL,
    "stateIso3" VARCHAR(3) NOT NULL,
    "treatyId" INTEGER NOT NULL,
    "path" "PathKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "StepStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "dateText" TEXT NOT NULL DEFAULT '',
    "datePrecision" "DatePrecision",
    "dateEarliest" DATE,
    "dateLatest" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "DomesticStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StateNote" (
    "id" TEXT NOT NULL,
    "stateIso3" VARCHAR(3) NOT NULL,
    "body" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "notedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" TEXT,

    CONSTRAINT "StateNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "DomesticStep_stateIso3_treatyId_path_position_idx" ON "DomesticStep"("stateIso3", "treatyId", "path", "position");

-- CreateIndex
CREATE INDEX "StateNote_stateIso3_notedOn_idx" ON "StateNote"("stateIso3", "notedOn");

-- CreateIndex
CREATE INDEX "AuditEvent_stateIso3_at_idx" ON "AuditEvent"("stateIso3", "at");

-- AddForeignKey
ALTER TABLE "TreatyStatus" ADD CONSTRAINT "TreatyStatus_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomesticStep" ADD CONSTRAINT "DomesticStep_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomesticStep" ADD CONSTRAINT "DomesticStep_stateIso3_fkey" FOREIGN KEY ("stateIso3") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomesticStep" ADD CONSTRAINT "DomesticStep_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "Treaty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateNote" ADD CONSTRAINT "StateNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateNote" ADD CONSTRAINT "StateNote_stateIso3_fkey" FOREIGN KEY ("stateIso3") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;
