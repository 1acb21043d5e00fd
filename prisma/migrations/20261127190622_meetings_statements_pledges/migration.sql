-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('STATE', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('INTERSESSIONAL', 'MEETING_OF_STATES_PARTIES', 'REVIEW_CONFERENCE', 'REGIONAL', 'BILATERAL', 'OTHER');

-- CreateEnum
CREATE TYPE "PledgeKind" AS ENUM ('TREATY_ACTION', 'DOMESTIC_STEP', 'OUTREACH', 'HOST_EVENT', 'REPORT', 'FUNDING', 'OTHER');

-- CreateEnum
CREATE TYPE "TreatyAction" AS ENUM ('SIGN', 'RATIFY', 'ACCEDE', 'DEPOSIT');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'KEPT', 'SLIPPED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "stateIso3" VARCHAR(3),
    "organisationId" TEXT,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL DEFAULT '',
    "aliases" TEXT[],

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "treatyId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionChair" (
    "sessionId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,

    CONSTRAINT "SessionChair_pkey" PRIMARY KEY ("sessionId","actorId")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementState" (
    "statementId" TEXT NOT NULL,
    "stateIso3" VARCHAR(3) NOT NULL,

    CONSTRAINT "StatementState_pkey" PRIMARY KEY ("statementId","stateIso3")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "statementId" TEXT,
    "meetingId" TEXT,
    "text" TEXT NOT NULL,
    "kind" "PledgeKind" NOT NULL,
    "treatyAction" "TreatyAction",
    "targetRegion" "Region",
    "dueText" TEXT NOT NULL DEFAULT '',
    "duePrecision" "DatePrecision" NOT NULL DEFAULT 'UNSPECIFIED',
    "dueEarliest" DATE,
    "dueLatest" DATE,
    "reviewOn" DATE,
    "status" "PledgeStatus" NOT NULL DEFAULT 'OPEN',
    "evidence" TEXT NOT NULL DEFAULT '',
    "closedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeState" (
    "pledgeId" TEXT NOT NULL,
    "stateIso3" VARCHAR(3) NOT NULL,

    CONSTRAINT "PledgeState_pkey" PRIMARY KEY ("pledgeId","stateIso3")
);

-- CreateIndex
CREATE UNIQUE INDEX "Actor_stateIso3_key" ON "Actor"("stateIso3");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_organisationId_key" ON "Actor"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Meeting_startDate_idx" ON "Meeting"("startDate");

-- CreateIndex
CREATE INDEX "Session_meetingId_position_idx" ON "Session"("meetingId", "position");

-- CreateIndex
CREATE INDEX "Statement_sessionId_position_idx" ON "Statement"("sessionId", "position");

-- CreateIndex
CREATE INDEX "Statement_speakerId_idx" ON "Statement"("speakerId");

-- CreateIndex
CREATE INDEX "Quote_statementId_position_idx" ON "Quote"("statementId", "position");

-- CreateIndex
CREATE INDEX "StatementState_stateIso3_idx" ON "StatementState"("stateIso3");

-- CreateIndex
CREATE INDEX "Pledge_status_dueLatest_idx" ON "Pledge"("status", "dueLatest");

-- CreateIndex
CREATE INDEX "Pledge_actorId_idx" ON "Pledge"("actorId");

-- CreateIndex
CREATE INDEX "Pledge_meetingId_idx" ON "Pledge"("meetingId");

-- CreateIndex
CREATE INDEX "PledgeState_stateIso3_idx" ON "PledgeState"("stateIso3");

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_stateIso3_fkey" FOREIGN KEY ("stateIso3") REFERENCES "State"("iso3") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "Treaty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChair" ADD CONSTRAINT "SessionChair_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChair" ADD CONSTRAINT "SessionChair_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementState" ADD CONSTRAINT "StatementState_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementState" ADD CONSTRAINT "StatementState_stateIso3_fkey" FOREIGN KEY ("stateIso3") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeState" ADD CONSTRAINT "PledgeState_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeState" ADD CONSTRAINT "PledgeState_stateIso3_fkey" FOREIGN KEY ("stateIso3") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;
