-- The contact form's pledge picker searches pledge texts with ILIKE '%…%': a trigram index answers it without
-- reading all of them. pg_trgm ships with PostgreSQL and is a trusted extension (the database's owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Pledge_text_idx" ON "Pledge" USING GIN ("text" gin_trgm_ops);
