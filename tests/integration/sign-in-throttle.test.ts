import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/platform/auth/authenticate";
import { hashPassword } from "@/platform/auth/password";
import { MAX_FAILURES, WINDOW_MS } from "@/platform/auth/throttle";
import { testPrisma, uniqueEmail } from "../support/db";

const prisma = testPrisma();
const PASSWORD = "correct horse battery staple";
const MINUTE = 60_000;

async function createUser() {
  const email = uniqueEmail("throttle");
  return prisma.user.create({
    data: { email, name: "Throttle Test", role: "VIEWER", passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, email: true },
  });
}

const address = () => `test-${randomUUID()}`;
/** A clock the test moves by hand: the window passes without waiting for it. */
const at = (start: number, offsetMs: number) => ({ now: () => new Date(start + offsetMs) });

async function failures(count: number, email: string, ip: () => string, start: number) {
  for (let i = 0; i < count; i++) {
    expect(await authenticate(prisma, { email, password: `wrong-${i}` }, { ip: ip(), ...at(start, i * 1000) })).toEqual({
      ok: false,
      reason: "invalid",
    });
  }
}

describe("sign-in throttling (stored in PostgreSQL)", () => {
  afterAll(() => prisma.$disconnect());

  it(`after ${MAX_FAILURES} failures for an account, even the right password is refused until the window has passed`, async () => {
    const user = await createUser();
    const start = Date.now();
    await failures(MAX_FAILURES, user.email, address, start);

    const during = await authenticate(prisma, { email: user.email, password: PASSWORD }, { ip: address(), ...at(start, 5 * MINUTE) });
    expect(during).toEqual({ ok: false, reason: "throttled", retryAt: new Date(start + WINDOW_MS) });
    const throttled = await prisma.auditEvent.findFirstOrThrow({
      where: { userId: user.id },
      orderBy: { id: "desc" },
      select: { action: true, after: true },
    });
    expect(throttled).toMatchObject({ action: "auth.sign-in-failed", after: { reason: "throttled" } });
    // A refused attempt is not counted, so waiting is enough: it does not push the end of the window back.
    expect(await prisma.signInAttempt.count({ where: { email: user.email } })).toBe(MAX_FAILURES);

    const justBefore = await authenticate(prisma, { email: user.email, password: PASSWORD }, { ip: address(), ...at(start, WINDOW_MS - 1) });
    expect(justBefore).toMatchObject({ ok: false, reason: "throttled" });
    const after = await authenticate(prisma, { email: user.email, password: PASSWORD }, { ip: address(), ...at(start, WINDOW_MS + 1000) });
    expect(after).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("counts the account whatever the case of the email it is typed in", async () => {
    const user = await createUser();
    const start = Date.now();
    for (let i = 0; i < MAX_FAILURES; i++) {
      const email = i % 2 ? user.email.toUpperCase() : ` ${user.email}`;
      await authenticate(prisma, { email, password: "wrong" }, { ip: address(), ...at(start, i) });
    }
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD }, { ip: address(), ...at(start, MINUTE) })).toMatchObject({
      reason: "throttled",
    });
  });

  it(`after ${MAX_FAILURES} failures from one address, that address is refused for every account, other addresses are not`, async () => {
    const user = await createUser();
    const attacker = address();
    const start = Date.now();
    for (let i = 0; i < MAX_FAILURES; i++) {
      await authenticate(prisma, { email: uniqueEmail("guess"), password: "guess" }, { ip: attacker, ...at(start, i * 1000) });
    }
    const fromAttacker = await authenticate(prisma, { email: user.email, password: PASSWORD }, { ip: attacker, ...at(start, MINUTE) });
    expect(fromAttacker).toEqual({ ok: false, reason: "throttled", retryAt: new Date(start + WINDOW_MS) });
    const fromElsewhere = await authenticate(prisma, { email: user.email, password: PASSWORD }, { ip: address(), ...at(start, MINUTE) });
    expect(fromElsewhere).toMatchObject({ ok: true });
    const later = await authenticate(prisma, { email: uniqueEmail("guess"), password: PASSWORD }, { ip: attacker, ...at(start, WINDOW_MS + 1000) });
    expect(later).toEqual({ ok: false, reason: "invalid" });
  });

  it("failures older than the window do not count", async () => {
    const user = await createUser();
    const start = Date.now();
    await failures(MAX_FAILURES - 1, user.email, address, start);
    // The fifth failure comes after the first has left the window: four in the window, not five.
    await failures(1, user.email, address, start + WINDOW_MS + 1000);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD }, { ip: address(), ...at(start, WINDOW_MS + 2000) })).toMatchObject({
      ok: true,
    });
  });

  it("a successful sign-in clears the account's count but not the address's", async () => {
    const user = await createUser();
    const ip = address();
    const start = Date.now();
    await failures(MAX_FAILURES - 1, user.email, () => ip, start);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD }, { ip: address(), ...at(start, 10_000) })).toMatchObject({
      ok: true,
    });
    await failures(MAX_FAILURES - 1, user.email, address, start + 20_000);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD }, { ip: address(), ...at(start, 40_000) })).toMatchObject({
      ok: true,
    });
    // The address had four failures and then one more: five, whatever happened to the account in between.
    await authenticate(prisma, { email: user.email, password: "wrong" }, { ip, ...at(start, 50_000) });
    expect(await authenticate(prisma, { email: uniqueEmail("other"), password: PASSWORD }, { ip, ...at(start, 60_000) })).toMatchObject({
      reason: "throttled",
    });
  });

  it("holds across instances: failures seen by one server count on another", async () => {
    const otherInstance = testPrisma();
    try {
      const user = await createUser();
      const start = Date.now();
      await failures(MAX_FAILURES, user.email, address, start);
      const result = await authenticate(otherInstance, { email: user.email, password: PASSWORD }, { ip: address(), ...at(start, MINUTE) });
      expect(result).toMatchObject({ ok: false, reason: "throttled" });
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it(`parallel guesses cannot get more than ${MAX_FAILURES} passwords checked`, async () => {
    const user = await createUser();
    const start = Date.now();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        authenticate(prisma, { email: user.email, password: `guess-${i}` }, { ip: address(), ...at(start, 1000) }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(12 - MAX_FAILURES);
    const reasons = await prisma.auditEvent.findMany({ where: { userId: user.id, action: "auth.sign-in-failed" }, select: { after: true } });
    expect(reasons.filter((r) => (r.after as { reason: string }).reason === "wrong-password")).toHaveLength(MAX_FAILURES);
  });
});
