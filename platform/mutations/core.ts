// The single path every change takes: authenticate → authorise → validate → transaction (+ audit) → result.
// Pure of Next.js so that it can be tested against a real database; platform/actions/mutate.ts is the one Server Action.
import { z } from "zod";
import { Prisma, type PrismaClient, type Region, type Role } from "@prisma/client";
import { recordAudit, type AuditEntry } from "@/platform/audit";
import { isRegionLimited, scopeRefusal } from "@/lib/domain/region-scope";
import { fieldsWithNul } from "@/lib/domain/nul";
import { say, type Message } from "@/lib/domain/message";
import { messageOfIssue } from "@/platform/i18n/render-message";
import { tagsForChange, type TouchedEntity } from "@/platform/cache/tags";
import { invalidateTags } from "@/platform/cache/data-cache";

export interface SignedInUser {
  id: string;
  name: string;
  role: Role;
  /** Regions whose states this user may change; empty or absent means every region (see lib/domain/region-scope). */
  writeRegions?: readonly Region[];
  /** The session the change comes from, when it comes from a browser (see changeOwnPassword). */
  sessionId?: string;
  /** The language the user reads in: what they type is recorded as written in it unless they say otherwise. */
  locale?: string | null;
}

export type FailureCode = "unauthenticated" | "forbidden" | "invalid" | "conflict" | "not-found" | "confirm" | "unavailable" | "failed";

/** Records a failure points to, e.g. the contacts a new one would overlap with. */
export interface RelatedLink {
  id?: string;
  href: string;
  label: Message;
}

export interface BrowserCookie {
  name: string;
  value: string;
  maxAge: number;
}

export type ActionResult =
  | { ok: true; message: Message; secret?: string; redirectTo?: string; cookie?: BrowserCookie }
  | { ok: false; code: FailureCode; message: Message; fieldErrors?: Record<string, Message>; currentVersion?: number; related?: RelatedLink[] };

/**
 * A refusal the user can act on; its message is shown as it is. "confirm" means: nothing is wrong, but the
 * user should look at `related` first and submit again to go ahead.
 */
export class ActionError extends Error {
  constructor(
    readonly code: Exclude<FailureCode, "unauthenticated" | "unavailable" | "failed">,
    readonly said: Message,
    readonly fieldErrors?: Record<string, Message>,
    readonly currentVersion?: number,
    readonly related?: RelatedLink[],
  ) {
    super(typeof said === "string" ? said : said.key);
  }
}

export interface MutationContext<I> {
  tx: Prisma.TransactionClient;
  user: SignedInUser;
  input: I;
  /** Every change writes its audit row in the same transaction; a mutation that writes none is a bug. */
  audit: (entry: Omit<AuditEntry, "userId">) => Promise<void>;
}

/** What a change touches, for region-limited writers: state codes, and regions named without a state. */
export interface ScopeTouch {
  states: readonly string[];
  regions?: readonly Region[];
}

/**
 * How a mutation meets region-limited writers (every mutation must say, see the registry test):
 * - "unscoped": not region data — one's own account, or administrator-only changes (administrators are never limited);
 * - "shared": data of every region (meetings, sessions): a region-limited writer is refused;
 * - a function: the states (and regions) the validated input touches, read in the mutation's transaction before it
 *   runs; each must be in the writer's regions. It returns null when the record is not found (or not visible to this
 *   user), so that the mutation itself reports it.
 */
export type MutationScope<I> =
  "unscoped" | "shared" | ((args: { tx: Prisma.TransactionClient; input: I; user: SignedInUser }) => Promise<ScopeTouch | null>);

export interface Mutation<S extends z.ZodType = z.ZodType> {
  name: string;
  /** Roles allowed to run it; everyone else is refused before the input is even read. */
  roles: readonly Role[];
  /** Region scope: checked after validation, before `run`, in the same transaction. */
  scope: MutationScope<z.infer<S>>;
  schema: S;
  /** `secret`: a value shown to the user once and never stored (a new API token); never put it in the audit row.
   *  `redirectTo`: where the browser goes after success (e.g. the sign-in page after signing out everywhere). */
  run: (ctx: MutationContext<z.infer<S>>) => Promise<{ message: Message; secret?: string; redirectTo?: string }>;
  /**
   * False for a form whose page shows none of the data it changes (e.g. /contacts/new): the page is then not rendered
   * again into the action's response. Every read sees the change through the data cache's tags either way.
   */
  rerendersPage?: boolean;
  /** A cookie the browser keeps after success, e.g. the reader's language for the pages read signed out. */
  cookie?: (input: z.infer<S>) => BrowserCookie;
}

export function defineMutation<S extends z.ZodType>(mutation: Mutation<S>): Mutation<S> {
  return mutation;
}

// P2024/P2028: no connection or transaction could be had in time — the database is overloaded or away.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "57P01",
  "57P02",
  "57P03",
  "08006",
  "08001",
  "08003",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "P2028",
]);
// Under load, writers queue for a pooled connection; a short wait would refuse saves the database could take.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

// How the pg driver adapter names a lost or refused connection. Prisma reports a raw query's failure as P2010 and
// says why only here (a model query's as P1001, P1017, …).
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);

/** The database cannot be reached or is restarting: the request failed, and nothing was saved. */
export function isUnavailable(error: unknown): boolean {
  const e = error as {
    code?: string;
    cause?: { code?: string };
    message?: string;
    meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
  };
  if (e?.code && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e?.cause?.code && UNAVAILABLE_CODES.has(e.cause.code)) return true;
  const adapter = e?.meta?.driverAdapterError?.cause;
  if (adapter?.kind && UNAVAILABLE_KINDS.has(adapter.kind)) return true;
  if (adapter?.originalCode && UNAVAILABLE_CODES.has(adapter.originalCode)) return true;
  return /connect|connection terminated|server closed the connection|can't reach database server|database system is (starting up|shutting down)/i.test(
    e?.message ?? "",
  );
}

export const UNAVAILABLE: ActionResult = {
  ok: false,
  code: "unavailable",
  message: "mutations.databaseTemporarilyUnavailableNothingSaved",
};

function fieldErrorsOf(error: z.ZodError): Record<string, Message> {
  const errors: Record<string, Message> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= messageOfIssue(issue.message, issue.code);
  }
  return errors;
}

export async function executeMutation<S extends z.ZodType>(
  prisma: PrismaClient,
  mutation: Mutation<S>,
  user: SignedInUser | null,
  raw: unknown,
): Promise<ActionResult> {
  if (!user) return { ok: false, code: "unauthenticated", message: "mutations.yourSessionHasEndedSign" };
  if (!mutation.roles.includes(user.role)) {
    return { ok: false, code: "forbidden", message: say("mutations.yourRoleRoleCannotDo", { role: { key: `labels.role.${user.role}` } }) };
  }
  const withNul = fieldsWithNul(raw);
  if (withNul.length > 0) {
    const message = "mutations.removeInvisibleNulCharacterFrom";
    return {
      ok: false,
      code: "invalid",
      message: "mutations.someFieldsNeedAttentionNothing",
      fieldErrors: Object.fromEntries(withNul.map((k) => [k, message])),
    };
  }
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    parsed = mutation.schema.safeParse(raw);
  } catch (error) {
    // A schema that throws on some input is a bug, but the input is refused all the same.
    console.error(`[mutation ${mutation.name}] validation threw`, error);
    return { ok: false, code: "invalid", message: "mutations.someFieldsCouldNotRead" };
  }
  if (!parsed.success) {
    return { ok: false, code: "invalid", message: "mutations.someFieldsNeedAttentionNothing", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  let touched: TouchedEntity[] = [];
  let result: ActionResult;
  try {
    result = await prisma.$transaction(async (tx) => {
      touched = [];
      await checkScope(tx, mutation, user, parsed.data);
      const done = await mutation.run({
        tx,
        user,
        input: parsed.data,
        audit: async (entry) => {
          touched.push(entry);
          await recordAudit(tx, { ...entry, userId: user.id });
        },
      });
      if (touched.length === 0) throw new Error(`Mutation ${mutation.name} wrote no audit event`);
      return { ok: true as const, ...done, cookie: mutation.cookie?.(parsed.data) };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof ActionError) {
      return {
        ok: false,
        code: error.code,
        message: error.said,
        fieldErrors: error.fieldErrors,
        currentVersion: error.currentVersion,
        related: error.related,
      };
    }
    if (isUnavailable(error)) return UNAVAILABLE;
    // P2003: a reference to a record that does not exist (a forged id or code, or one removed meanwhile).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      return { ok: false, code: "not-found", message: "mutations.somethingChangeRefersDoesNot" };
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      return { ok: false, code: "not-found", message: "mutations.recordNoLongerExistsMay" };
    }
    console.error(`[mutation ${mutation.name}]`, error);
    return { ok: false, code: "failed", message: "mutations.somethingWentWrongNothingSaved" };
  }
  // After the commit, so that a read missing the cache finds the change; the change is saved even if this fails.
  try {
    await invalidateTags(prisma, tagsForChange(touched));
  } catch (error) {
    console.error(`[mutation ${mutation.name}] saved, but the data cache could not be invalidated`, error);
  }
  return result;
}

/** Refuses, with the states named, a change outside a region-limited writer's regions; nothing is written before. */
async function checkScope<S extends z.ZodType>(
  tx: Prisma.TransactionClient,
  mutation: Mutation<S>,
  user: SignedInUser,
  input: z.infer<S>,
): Promise<void> {
  if (mutation.scope === "unscoped" || !isRegionLimited(user)) return;
  let refusal: Message | null;
  if (mutation.scope === "shared") {
    refusal = scopeRefusal(user, "shared");
  } else {
    const touched = await mutation.scope({ tx, input, user });
    if (!touched) return;
    const codes = [...new Set(touched.states)];
    const states =
      codes.length === 0
        ? []
        : await tx.state.findMany({ where: { iso3: { in: codes } }, select: { iso3: true, name: true, region: true }, orderBy: { name: "asc" } });
    // Codes of no known state are left to the mutation's own validation ("Some state codes are unknown").
    if (codes.length > 0 && states.length === 0 && (touched.regions?.length ?? 0) === 0) return;
    refusal = scopeRefusal(user, { states, regions: touched.regions });
  }
  if (refusal) throw new ActionError("forbidden", refusal);
}
