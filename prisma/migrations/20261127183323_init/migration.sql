-- CreateEnum
CREATE TYPE "Region" AS ENUM ('Africa', 'Americas', 'Asia', 'Europe', 'Oceania');

-- CreateEnum
CREATE TYPE "InstrumentType" AS ENUM ('RATIFICATION', 'ACCESSION', 'ACCEPTANCE', 'APPROVAL');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'CONTRIBUTOR', 'VIEWER');

-- CreateTable
CREATE TABLE "State" (
    "iso3" VARCHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "region" "Region" NOT NULL,
    "aliases" TEXT[],

    CONSTRAINT "State_pkey" PRIMARY KEY ("iso3")
);

-- CreateTable
CREATE TABLE "Treaty" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "openedForSignature" DATE NOT NULL,
    "entryIntoForce" DATE NOT NULL,

    CONSTRAINT "Treaty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatyStatus" (
    "id" SERIAL NOT NULL,
    "stateIso3" VARCHAR(3) NOT NULL,
    "treatyId" INTEGER NOT NULL,
    "signed" DATE,
    "deposited" DATE,
    "instrument" "InstrumentType",
    "entryIntoForce" DATE,
    "withdrawalEffective" DATE,
    "sourceNote" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TreatyStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "State_region_idx" ON "State"("region");

-- CreateIndex
CREATE UNIQUE INDEX "Treaty_code_key" ON "Treaty"("code");

-- CreateIndex
CREATE INDEX "TreatyStatus_treatyId_idx" ON "TreatyStatus"("treatyId");

-- CreateIndex
CREATE UNIQUE INDEX "TreatyStatus_stateIso3_treatyId_key" ON "TreatyStatus"("stateIso3", "treatyId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_at_idx" ON "AuditEvent"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "TreatyStatus" ADD CONSTRAINT "TreatyStatus_stateIso3_fkey" FOREIGN KEY ("stateIso3") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatyStatus" ADD CONSTRAINT "TreatyStatus_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "Treaty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
