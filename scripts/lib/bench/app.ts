// One production instance of the app (`next start` on the current build) for the benchmark.
import type { ChildProcess } from "node:child_process";
import { waitUntilServing } from "@/tests/reliability/support/stack";
import { spawnNextStart } from "../next-server";

export interface BenchApp {
  baseUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

// Stopped when the benchmark ends, however it ends: a failed run must not leave servers behind.
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGTERM");
});

export const BENCH_SECRET = "bench-secret-that-is-long-enough-for-the-run";

export async function startBenchApp(port: number, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<BenchApp> {
  const server = spawnNextStart(port, { databaseUrl, secret: BENCH_SECRET, env: extraEnv });
  running.add(server.child);
  server.child.once("exit", () => running.delete(server.child));
  await waitUntilServing(`${server.baseUrl}/signin`, 180_000);
  return { baseUrl: server.baseUrl, output: server.output, stop: server.stop };
}
