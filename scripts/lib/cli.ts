import { spawn, type SpawnOptions } from "node:child_process";

/** One clear line for the person at the terminal, then stop: no stack trace for an expected failure. */
export class UserFacingError extends Error {}

export function fail(message: string): never {
  throw new UserFacingError(message);
}

/** Runs a command-line entry point, printing user-facing errors as one line. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof UserFacingError) {
      console.error(`\n✖ ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}

export interface RunResult {
  code: number;
  output: string;
}

/** Runs a child process; its output is streamed (`inherit`) or captured for an error message. */
export function run(command: string, args: string[], options: SpawnOptions & { capture?: boolean } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
      ...options,
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

export const nodeBin = process.execPath;
