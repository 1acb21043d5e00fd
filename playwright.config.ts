import { defineConfig, devices } from "@playwright/test";
import { toolEnv } from "./platform/env";

const env = toolEnv();
const baseURL = `http://localhost:${env.E2E_PORT}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Our machines have 2 cores, often shared by several test runs: axe on the 197-state table alone can take 20 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: env.CI,
  outputDir: ".data/test-results/playwright",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `${baseURL}/signin`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: env.E2E_DATABASE_URL ?? "",
      PORT: String(env.E2E_PORT),
      NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-for-tests",
      NEXTAUTH_URL: baseURL,
      SEED_DEMO: "1",
    },
  },
});
