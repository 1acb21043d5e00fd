// The README's layout section is the map a newcomer reads first: it must name what is there, and only that.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const section = readme.slice(
  readme.indexOf("## How the code is laid out"),
  readme.indexOf("\n## ", readme.indexOf("## How the code is laid out") + 1),
);
const block = section.slice(section.indexOf("```") + 3, section.lastIndexOf("```"));
const listed = block
  .split("\n")
  .map((line) => /^(\S+\/)\s+\S/.exec(line)?.[1])
  .filter((entry): entry is string => Boolean(entry));

const folders = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((name) => statSync(path.join(root, dir, name)).isDirectory())
    .map((name) => `${dir}/${name}/`);

describe("the README's layout section", () => {
  it("lists only folders that exist", () => {
    expect(listed.length).toBeGreaterThan(10);
    for (const entry of listed) expect(existsSync(path.join(root, entry)), entry).toBe(true);
  });

  it("lists every feature and every part of the platform", () => {
    for (const folder of [...folders("features"), ...folders("platform")]) expect(listed, folder).toContain(folder);
  });

  it("lists every top-level folder of the project", () => {
    const topLevel = readdirSync(root)
      .filter((name) => !name.startsWith(".") && name !== "node_modules" && name !== "test-results" && name !== "playwright-report")
      .filter((name) => statSync(path.join(root, name)).isDirectory())
      .map((name) => `${name}/`);
    for (const folder of topLevel)
      expect(
        listed.some((entry) => entry === folder || entry.startsWith(folder)),
        folder,
      ).toBe(true);
  });
});
