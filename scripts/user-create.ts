// `npm run user:create -- --email a@b.org --role ADMIN [--name "A. Person"]`: the first admin on a real server.
// The password is read from the terminal (hidden) or, when piped, from standard input.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { z } from "zod";
import { toolEnv } from "@/platform/env";
import { createPrismaClient } from "@/platform/db/client";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/platform/auth/password";
import { normalizeEmail } from "@/lib/domain/email";
import { ROLES } from "@/lib/domain/roles";
import { recordAudit } from "@/platform/audit";
import { fail, runMain } from "./lib/cli";
import { ensureServerReachable } from "./lib/database";

const argsSchema = z.object({
  email: z.string().trim().email("--email must be an email address"),
  role: z.enum(ROLES, { message: `--role must be one of ${ROLES.join(", ")}` }),
  name: z.string().trim().min(1).max(200).optional(),
});

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    return input.split(/\r?\n/)[0] ?? "";
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(prompt);
      const mute = rl as unknown as { _writeToOutput: (s: string) => void };
      mute._writeToOutput = () => {};
      rl.question("", (answer) => {
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const again = await ask("Repeat the password: ");
  rl.close();
  if (first !== again) fail("The two passwords differ; nothing was created.");
  return first;
}

runMain(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join("; "));
  const env = toolEnv();
  if (!env.DATABASE_URL) fail("DATABASE_URL is not set: point it at the server's database.");
  await ensureServerReachable(env.DATABASE_URL);
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) fail(`The password must have at least ${MIN_PASSWORD_LENGTH} characters; nothing was created.`);

  const email = normalizeEmail(parsed.data.email);
  const prisma = createPrismaClient(env.DATABASE_URL, { max: 1 });
  try {
    if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) fail(`A user with the email ${email} already exists.`);
    const passwordHash = await hashPassword(password);
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email, name: parsed.data.name ?? email, role: parsed.data.role, passwordHash },
        select: { id: true, email: true, role: true },
      });
      await recordAudit(tx, {
        userId: null,
        action: "user.create",
        entity: "User",
        entityId: created.id,
        after: { email, role: created.role, via: "cli" },
      });
      return created;
    });
    console.log(`Created ${user.role} ${user.email}. They can sign in now.`);
  } finally {
    await prisma.$disconnect();
  }
});
