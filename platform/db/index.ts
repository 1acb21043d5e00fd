import "server-only";
import type { PrismaClient } from "@prisma/client";
import { serverEnv } from "@/platform/env";
import { createPrismaClient } from "./client";

// One client per server process; development hot reloads would otherwise open a pool per reload.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(serverEnv().DATABASE_URL);
  return globalForPrisma.prisma;
}
