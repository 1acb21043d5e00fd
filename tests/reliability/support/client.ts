// A signed-in browser, reduced to HTTP: next-auth's sign-in, then Server Actions posted exactly as React posts a
// form given to useActionState (the action's id in the Next-Action header, the arguments as multipart form data).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FormState } from "@/platform/actions/form-state";
import type { MutationName } from "@/platform/mutations/registry";

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

/** The id of the one Server Action (platform/actions/mutate.ts), from the production build. */
export function mutateActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).filter(
    ([, entry]) => entry.exportedName === "mutate" && entry.filename.includes("platform/actions/mutate"),
  );
  if (found.length !== 1) throw new Error(`expected one "mutate" Server Action in the build, found ${found.length}`);
  return found[0][0];
}

export interface ActionResponse {
  status: number;
  /** What the form would show; undefined when the response carried no result (e.g. an error page). */
  state?: FormState;
  body: string;
}

/** The action's return value in an RSC response: the row the root's "a" field points to. */
export function parseActionResult(body: string): FormState | undefined {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    let value = root?.a;
    if (typeof value === "string" && value.startsWith("$@")) value = JSON.parse(rows.get(value.slice(2)) ?? "null");
    return value && typeof value === "object" && "status" in value ? (value as FormState) : undefined;
  } catch {
    return undefined;
  }
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

let mutateId: string | undefined;

export class Browser {
  private cookies = new Map<string, string>();
  /** Sign-in is throttled per address: each simulated person comes from their own, as a proxy would report it. */
  readonly address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;

  constructor(readonly baseUrl: string) {}

  private get mutateId(): string {
    mutateId ??= mutateActionId();
    return mutateId;
  }

  private keep(response: Response) {
    for (const pair of cookiesOf(response)) {
      const [name, ...rest] = pair.split("=");
      this.cookies.set(name, rest.join("="));
    }
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("x-forwarded-for", this.address);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader);
    const response = await fetch(`${this.baseUrl}${pathname}`, { ...init, headers, redirect: "manual" });
    this.keep(response);
    return response;
  }

  async signIn(email: string, password: string): Promise<void> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${this.baseUrl}/`, json: "true" }).toString(),
    });
    await response.text();
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) {
      throw new Error(`sign-in of ${email} failed (HTTP ${response.status})`);
    }
  }

  /** Posts a form to the Server Action for the mutation of this name, as the page at `pagePath` would. */
  async action(mutation: MutationName, pagePath: string, fields: Record<string, string | string[]>): Promise<ActionResponse> {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(`_1_${key}`, v);
    }
    // The root last, as React sends it: the server reads the form's fields before it resolves the arguments.
    // The mutation's name is the argument the form bound to the action; the previous state and the form follow.
    body.append("0", JSON.stringify([mutation, { status: "idle" }, "$K1"]));
    const response = await this.fetch(pagePath, {
      method: "POST",
      headers: { "next-action": this.mutateId, accept: "text/x-component", origin: this.baseUrl },
      body,
    });
    const text = await response.text();
    return { status: response.status, state: parseActionResult(text), body: text };
  }
}
