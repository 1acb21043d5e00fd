-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "StateNote" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';
