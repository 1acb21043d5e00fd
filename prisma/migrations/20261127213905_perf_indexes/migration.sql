-- DropIndex
DROP INDEX "Contact_deletedAt_date_idx";

-- DropIndex
DROP INDEX "ContactState_stateIso3_idx";

-- DropIndex
DROP INDEX "Pledge_status_dueLatest_idx";

-- DropIndex
DROP INDEX "PledgeState_stateIso3_idx";

-- CreateIndex
CREATE INDEX "Contact_date_createdAt_id_idx" ON "Contact"("date" DESC, "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Contact_status_date_idx" ON "Contact"("status", "date");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_sensitivity_idx" ON "Contact"("deletedAt", "sensitivity");

-- CreateIndex
CREATE INDEX "ContactState_stateIso3_contactId_idx" ON "ContactState"("stateIso3", "contactId");

-- CreateIndex
CREATE INDEX "Pledge_dueLatest_createdAt_id_idx" ON "Pledge"("dueLatest", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Pledge_status_dueLatest_createdAt_id_idx" ON "Pledge"("status", "dueLatest", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Pledge_kind_dueLatest_idx" ON "Pledge"("kind", "dueLatest");

-- CreateIndex
CREATE INDEX "PledgeState_stateIso3_pledgeId_idx" ON "PledgeState"("stateIso3", "pledgeId");
