import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "@/platform/db/client";
import { toolEnv } from "@/platform/env";

/** The integration database prepared by `npm test` (recreated and migrated before each run). */
export function testPrisma(): PrismaClient {
  const url = toolEnv().TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run integration tests through `npm run test:integration`.");
  return createPrismaClient(url, { max: 4 });
}

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@adhere.test`;
}
