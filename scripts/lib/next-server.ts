// `next start` on the current build, as in production, with only the environment given here: for the benchmark and
// the reliability suite, which prepare their database themselves (unlike scripts/start.ts).
import { spawn, type ChildProcess } from "node:child_process";

export interface NextServer {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the server printed (its errors included). */
  output: () => string;
  stop: () => Promise<void>;
}

export function spawnNextStart(port: number, options: { databaseUrl: string; secret: string; env?: Record<string, string> }): NextServer {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/root",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: options.secret,
      NEXTAUTH_URL: baseUrl,
      ...options.env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c));
  child.stderr?.on("data", (c: Buffer) => (output += c));
  const exited = new Promise((r) => child.once("exit", r));
  return {
    baseUrl,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
