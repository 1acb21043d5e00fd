// `npm run db:seed`: loads the reference data (and demo users with SEED_DEMO=1) into DATABASE_URL. Never overwrites.
import { toolEnv } from "@/platform/env";
import { createPrismaClient } from "@/platform/db/client";
import { seed } from "@/platform/seed/seed";
import { fail, runMain } from "./lib/cli";
import { ensureServerReachable } from "./lib/database";

runMain(async () => {
  const env = toolEnv();
  if (!env.DATABASE_URL) fail("DATABASE_URL is not set: point it at the database to seed (npm start seeds the embedded one itself).");
  await ensureServerReachable(env.DATABASE_URL);
  const prisma = createPrismaClient(env.DATABASE_URL, { max: 2 });
  try {
    const result = await seed(prisma, { demoUsers: env.SEED_DEMO });
    console.log(
      `Seeded: ${result.statesCreated} states, ${result.contactsCreated} contacts and ${result.demoUsersCreated} demo users created (existing rows left as they were).`,
    );
  } finally {
    await prisma.$disconnect();
  }
});
