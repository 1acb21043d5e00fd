// Captures the SQL a piece of code sends through Prisma, and asks PostgreSQL how it would run each statement.
import pg from "pg";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

export function capturingPrisma(url: string): { prisma: PrismaClient; captured: CapturedQuery[] } {
  const captured: CapturedQuery[] = [];
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (e) => {
    captured.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] });
  });
  return { prisma, captured };
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

function* nodes(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* nodes(child);
}

/** The tables each statement would read with a sequential scan. */
export async function sequentialScans(client: pg.Client, query: CapturedQuery): Promise<string[]> {
  const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.params);
  const plan = rows[0]["QUERY PLAN"][0].Plan;
  return [...nodes(plan)].filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"] ?? "?");
}

export async function planText(client: pg.Client, query: CapturedQuery): Promise<string> {
  const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query.sql}`, query.params);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}
