import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/lib/ports";
import { startApp, type StartedProcess } from "../support/start-process";

const dataDir = mkdtempSync(path.join(tmpdir(), "adhere-boot-"));
// As root, PostgreSQL runs as the postgres user, which must be able to reach the data folder.
chmodSync(dataDir, 0o755);

const started: StartedProcess[] = [];

describe("npm start without DATABASE_URL", () => {
  afterAll(async () => {
    // A failed assertion must not leave the app and its database running.
    for (const app of started.filter((a) => a.child.exitCode === null)) {
      app.child.kill("SIGINT");
      await app.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts an embedded PostgreSQL, migrates, seeds, serves HTTP 200, stops cleanly and keeps the data", async () => {
    const port = await findFreePort();
    const env = { ADHERE_DATA_DIR: dataDir, PORT: String(port) };
    const first = startApp(env);
    started.push(first);
    // The last line start-up prints: the lines before it have all arrived.
    await first.waitFor("Press Ctrl-C to stop.", 180_000);
    expect(first.output()).toContain("Loaded 197 states");
    expect(first.output()).toContain("Demo sign-in: coordinator@adhere.test");
    const page = await fetch(`http://127.0.0.1:${port}/signin`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Sign in");
    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain("Stopped. Your data is kept");

    const second = startApp(env);
    started.push(second);
    await second.waitFor("Press Ctrl-C to stop.", 120_000);
    expect(second.output()).not.toContain("Loaded 197 states");
    expect(second.output()).not.toContain("Creating the embedded PostgreSQL");
    expect((await fetch(`http://127.0.0.1:${port}/signin`)).status).toBe(200);
    expect(second.output()).toContain("Embedded PostgreSQL is running");
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
  });
});
