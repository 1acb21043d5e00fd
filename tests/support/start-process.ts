import { spawn, type ChildProcess } from "node:child_process";

export interface StartedProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  waitFor: (text: string, timeoutMs: number) => Promise<void>;
}

/**
 * Runs `npm start`'s script as a user would, with exactly the environment given (plus PATH and HOME). In one process,
 * as `npm start` does: tsx's CLI wrapper relays a signal and SIGKILLs its child when no answer comes within 60 ms, which
 * on a busy machine killed the app mid-shutdown and left its database running.
 */
export function startApp(env: Record<string, string>): StartedProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/root", NEXT_TELEMETRY_DISABLED: "1", ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c));
  child.stderr.on("data", (c: Buffer) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = async (text: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes(text)) {
      if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before "${text}":\n${output}`);
      if (Date.now() > deadline) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, output: () => output, exited, waitFor };
}
