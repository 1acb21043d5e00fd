import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { type SignedInUser, type Mutation } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { MUTATIONS, mutationNamed } from "@/platform/mutations/registry";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
const ROLES: Role[] = ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"];

/** Who may run what. A mutation missing here fails the test: adding an action means deciding this. */
const ALLOWED: Record<string, Role[]> = {
  "treatyStatus.update": ["COORDINATOR", "ADMIN"],
  "domesticStep.update": ["COORDINATOR", "ADMIN"],
  "domesticPath.start": ["COORDINATOR", "ADMIN"],
  "domesticStep.add": ["COORDINATOR", "ADMIN"],
  "domesticStep.move": ["COORDINATOR", "ADMIN"],
  "domesticStep.remove": ["COORDINATOR", "ADMIN"],
  "stateNote.add": ["CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "settings.stalledAfterMonths": ["ADMIN"],
  "settings.session": ["ADMIN"],
  "meeting.create": ["COORDINATOR", "ADMIN"],
  "meeting.update": ["COORDINATOR", "ADMIN"],
  "session.add": ["COORDINATOR", "ADMIN"],
  "statement.add": ["CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "statement.update": ["COORDINATOR", "ADMIN"],
  "pledge.create": ["COORDINATOR", "ADMIN"],
  "pledge.update": ["COORDINATOR", "ADMIN"],
  "pledge.status": ["COORDINATOR", "ADMIN"],
  "pledge.bulkStatus": ["COORDINATOR", "ADMIN"],
  "article7.record": ["COORDINATOR", "ADMIN"],
  "article7.import": ["COORDINATOR", "ADMIN"],
  "settings.article7RecordsComplete": ["ADMIN"],
  "user.create": ["ADMIN"],
  "user.changeRole": ["ADMIN"],
  "user.deactivate": ["ADMIN"],
  "user.reactivate": ["ADMIN"],
  "user.resetPassword": ["ADMIN"],
  "user.signOutEverywhere": ["ADMIN"],
  "user.setWriteRegions": ["ADMIN"],
  "account.changePassword": ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "account.signOutEverywhere": ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "account.setLocale": ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  // Contributors log contacts and change their own (checked in the mutation); only an administrator restores.
  "contact.create": ["CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "contact.update": ["CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "contact.done": ["CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "contact.delete": ["CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "contact.restore": ["ADMIN"],
  "meeting.import": ["COORDINATOR", "ADMIN"],
  // Personal tokens: everyone makes and revokes their own (the mutation touches only the user's own rows).
  "apiToken.create": ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "apiToken.revoke": ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
  "calendarFeed.set": ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"],
};

/**
 * How each mutation meets writers limited to regions (lib/domain/region-scope.ts): "states" = it says which states
 * the input touches and each must be in the writer's regions; "shared" = data of every region, refused to them;
 * "unscoped" = not region data (one's own account, administrator-only changes). A mutation missing here fails.
 */
const SCOPE: Record<string, "states" | "shared" | "unscoped"> = {
  "treatyStatus.update": "states",
  "domesticStep.update": "states",
  "domesticPath.start": "states",
  "domesticStep.add": "states",
  "domesticStep.move": "states",
  "domesticStep.remove": "states",
  "stateNote.add": "states",
  "settings.stalledAfterMonths": "unscoped",
  "settings.session": "unscoped",
  "meeting.create": "shared",
  "meeting.update": "shared",
  "session.add": "shared",
  "meeting.import": "shared",
  "statement.add": "states",
  "statement.update": "states",
  "pledge.create": "states",
  "pledge.update": "states",
  "pledge.status": "states",
  "pledge.bulkStatus": "states",
  "article7.record": "states",
  "article7.import": "states",
  "settings.article7RecordsComplete": "unscoped",
  "user.create": "unscoped",
  "user.changeRole": "unscoped",
  "user.deactivate": "unscoped",
  "user.reactivate": "unscoped",
  "user.resetPassword": "unscoped",
  "user.signOutEverywhere": "unscoped",
  "user.setWriteRegions": "unscoped",
  "account.changePassword": "unscoped",
  "account.signOutEverywhere": "unscoped",
  "account.setLocale": "unscoped",
  "apiToken.create": "unscoped",
  "apiToken.revoke": "unscoped",
  "calendarFeed.set": "unscoped",
  "contact.create": "states",
  "contact.update": "states",
  "contact.done": "states",
  "contact.delete": "states",
  "contact.restore": "states",
};

const usersByRole = new Map<Role, SignedInUser>();
const mutations = Object.values(MUTATIONS) as unknown as Mutation[];

describe("authorisation matrix: every action × (no session, each role)", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    for (const role of ROLES) usersByRole.set(role, await createSignedInUser(prisma, role));
  });
  afterAll(() => prisma.$disconnect());

  it("covers every mutation, and every Server Action goes through a listed mutation", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(mutations.map((m) => m.name).sort());
    // One Server Action runs them all, by registry name: nothing else in the app is a "use server" module.
    const serverModules = ["app", "components", "lib", "features", "platform"]
      .filter((dir) => existsSync(dir))
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
      .filter((file) => /\.tsx?$/.test(file) && /^["']use server["']/m.test(readFileSync(file, "utf8")));
    expect(serverModules).toEqual(["platform/actions/mutate.ts"]);
    const source = readFileSync(path.join(process.cwd(), "platform/actions/mutate.ts"), "utf8");
    expect([...source.matchAll(/^export (async function|const|function|class|let) (\w+)/gm)].map((m) => m[2])).toEqual(["mutate"]);
    for (const name of Object.keys(MUTATIONS)) expect(mutationNamed(name), name).toBe(MUTATIONS[name as keyof typeof MUTATIONS]);
    for (const forged of ["toString", "__proto__", "constructor", "hasOwnProperty", "", "createContact ", "CreateContact", 42, null, {}]) {
      expect(mutationNamed(forged), String(forged)).toBeUndefined();
    }
  });

  it("declares region scope for every mutation; no data a contributor or coordinator may write escapes it", () => {
    expect(Object.keys(SCOPE).sort()).toEqual(mutations.map((m) => m.name).sort());
    for (const mutation of mutations) {
      const declared = typeof mutation.scope === "function" ? "states" : mutation.scope;
      expect(declared, mutation.name).toBe(SCOPE[mutation.name]);
      const writers = mutation.roles.some((r) => r === "CONTRIBUTOR" || r === "COORDINATOR");
      // Only one's own account (password, sessions, API tokens, calendar feed) is outside region scope among the changes limited writers can make.
      if (writers && declared === "unscoped")
        expect(mutation.name, "unscoped mutation open to limited writers").toMatch(/^(account|apiToken|calendarFeed)\./);
    }
  });

  for (const mutation of mutations) {
    it(`${mutation.name}: refused without a session`, async () => {
      const result = await executeMutation(prisma, mutation, null, {});
      expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
    });
    for (const role of ROLES) {
      const allowed = (ALLOWED[mutation.name] ?? []).includes(role);
      it(`${mutation.name}: ${allowed ? "allowed" : "refused"} for ${role}`, async () => {
        const auditsBefore = await prisma.auditEvent.count();
        // Empty input: an allowed role gets as far as validation, a refused one is stopped before it.
        const result = await executeMutation(prisma, mutation, usersByRole.get(role)!, {});
        expect(result.ok).toBe(false);
        if (allowed) expect(result).toMatchObject({ code: "invalid" });
        else expect(result).toMatchObject({ code: "forbidden" });
        expect(await prisma.auditEvent.count()).toBe(auditsBefore);
      });
    }
  }
});
