// One production instance of the app (`next start` on the current build) for the benchmark.
import { spawn, type ChildProcess } from "node:child_process";
import { waitUntilServing } from "@/tests/reliability/support/stack";

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
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/root",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: BENCH_SECRET,
      NEXTAUTH_URL: baseUrl,
      ...extraEnv,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c));
  child.stderr?.on("data", (c: Buffer) => (output += c));
  const exited = new Promise((r) => child.once("exit", r));
  await waitUntilServing(`${baseUrl}/signin`, 180_000);
  return {
    baseUrl,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
