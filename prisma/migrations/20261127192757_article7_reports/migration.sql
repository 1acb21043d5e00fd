-- CreateEnum
CREATE TYPE "Article7Kind" AS ENUM ('INITIAL', 'ANNUAL');

-- CreateTable
CREATE TABLE "Article7Report" (
    "id" TEXT NOT NULL,
    "stateIso3" VARCHAR(3) NOT NULL,
    "kind" "Article7Kind" NOT NULL,
    "year" INTEGER,
    "submittedOn" DATE NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article7Report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Article7Report_stateIso3_idx" ON "Article7Report"("stateIso3");

-- CreateIndex
CREATE UNIQUE INDEX "Article7Report_stateIso3_kind_year_key" ON "Article7Report"("stateIso3", "kind", "year");

-- AddForeignKey
ALTER TABLE "Article7Report" ADD CONSTRAINT "Article7Report_stateIso3_fkey" FOREIGN KEY ("stateIso3") REFERENCES "State"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;
