import { defineConfig } from "vitest/config";
const root = "/work/main";
export default defineConfig({
  root,
  resolve: { alias: [{ find: /^@\/lib\/domain\//, replacement: "/tmp/mut/lib/domain/" }, { find: /^@\//, replacement: root + "/" }] },
  test: { include: ["tests/unit/**/*.test.ts"], environment: "node" },
});
