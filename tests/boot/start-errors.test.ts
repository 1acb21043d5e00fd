import net from "node:net";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toolEnv } from "@/platform/env";
import { findFreePort } from "@/scripts/lib/ports";
import { startApp } from "../support/start-process";

const scratch = mkdtempSync(path.join(tmpdir(), "adhere-errors-"));

/** The whole error: one line starting with ✖, no stack trace. */
async function failureOf(env: Record<string, string>): Promise<string> {
  const app = startApp(env);
  expect(await app.exited).toBe(1);
  const output = app.output();
  expect(output).not.toMatch(/\n\s+at /);
  const lines = output.split("\n").filter((l) => l.startsWith("✖"));
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe("npm start with bad configuration says what to do in one line", () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("when the port is in use", async () => {
    const blocker = net.createServer().listen(0, "0.0.0.0");
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const line = await failureOf({ PORT: String(port), ADHERE_DATA_DIR: path.join(scratch, "port") });
      expect(line).toContain(`Port ${port} is already in use`);
      expect(line).toContain("PORT=");
    } finally {
      blocker.close();
    }
  });

  it("when DATABASE_URL points at a server that does not answer", async () => {
    const deadPort = await findFreePort();
    const line = await failureOf({
      PORT: String(await findFreePort()),
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${deadPort}/adhere`,
      NEXTAUTH_SECRET: "x".repeat(32),
    });
    expect(line).toContain(`Cannot reach PostgreSQL at 127.0.0.1:${deadPort}`);
    expect(line).toContain("DATABASE_URL");
  });

  it("when NEXTAUTH_SECRET is missing with a real database server", async () => {
    const url = toolEnv().TEST_DATABASE_URL!;
    const line = await failureOf({ PORT: String(await findFreePort()), DATABASE_URL: url });
    expect(line).toContain("NEXTAUTH_SECRET is not set");
    expect(line).toContain("openssl rand");
  });

  it("when the embedded database folder is damaged", async () => {
    const dataDir = path.join(scratch, "corrupt");
    mkdirSync(path.join(dataDir, "postgres"), { recursive: true });
    writeFileSync(path.join(dataDir, "postgres", "junk.txt"), "not a database");
    const line = await failureOf({ PORT: String(await findFreePort()), ADHERE_DATA_DIR: dataDir });
    expect(line).toContain("is not a PostgreSQL data directory");
    expect(line).toContain("rm -rf");
  });

  it("when an initialised embedded database folder is broken", async () => {
    const dataDir = path.join(scratch, "broken");
    mkdirSync(path.join(dataDir, "postgres"), { recursive: true });
    writeFileSync(path.join(dataDir, "postgres", "PG_VERSION"), "16\n");
    const line = await failureOf({ PORT: String(await findFreePort()), ADHERE_DATA_DIR: dataDir });
    expect(line).toContain("could not start");
    expect(line).toContain("delete it to start fresh");
  });
});
