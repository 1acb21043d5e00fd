import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/platform/auth/authenticate";
import { hashPassword } from "@/platform/auth/password";
import { testPrisma, uniqueEmail } from "../support/db";

const prisma = testPrisma();
const PASSWORD = "correct horse battery staple";

async function createUser(active = true) {
  const email = uniqueEmail("auth");
  const user = await prisma.user.create({
    data: { email, name: "Test User", role: "COORDINATOR", active, passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, email: true },
  });
  return user;
}

// Each test signs in from its own address, so that the per-address throttle of one test does not touch another.
const from = () => ({ ip: `test-${randomUUID()}` });

const auditCount = (userId: string, action: string) => prisma.auditEvent.count({ where: { userId, action } });

describe("authenticate (real argon2id, real database)", () => {
  afterAll(() => prisma.$disconnect());

  it("stores an argon2id hash, never the password", async () => {
    const user = await createUser();
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  it("accepts the right password whatever the case of the email, and records the sign-in", async () => {
    const user = await createUser();
    const result = await authenticate(prisma, { email: `  ${user.email.toUpperCase()} `, password: PASSWORD }, from());
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "COORDINATOR" } });
    expect(await auditCount(user.id, "auth.sign-in")).toBe(1);
  });

  it("refuses a wrong password and records the failure", async () => {
    const user = await createUser();
    expect(await authenticate(prisma, { email: user.email, password: "wrong password!" }, from())).toEqual({ ok: false, reason: "invalid" });
    expect(await auditCount(user.id, "auth.sign-in-failed")).toBe(1);
    expect(await auditCount(user.id, "auth.sign-in")).toBe(0);
  });

  it("refuses a deactivated account even with the right password", async () => {
    const user = await createUser(false);
    expect(await authenticate(prisma, { email: user.email, password: PASSWORD }, from())).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses unknown accounts and malformed input without throwing", async () => {
    const refused = { ok: false, reason: "invalid" };
    expect(await authenticate(prisma, { email: uniqueEmail("nobody"), password: PASSWORD }, from())).toEqual(refused);
    expect(await authenticate(prisma, { email: 42, password: null }, from())).toEqual(refused);
    expect(await authenticate(prisma, { email: "a@b.c", password: "x".repeat(5000) }, from())).toEqual(refused);
  });
});
