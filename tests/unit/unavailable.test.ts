import { renderMessage } from "@/platform/i18n/render-message";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { isUnavailable, UNAVAILABLE } from "@/platform/mutations/core";
import { fieldsWithNul, hasNulCharacter } from "@/lib/domain/nul";

describe("a database outage is told apart from other errors", () => {
  it("recognises a refused or dropped connection and a server that is shutting down or starting", () => {
    expect(isUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isUnavailable({ message: "terminating connection due to administrator command", code: "57P01" })).toBe(true);
    expect(isUnavailable({ message: "driver error", cause: { code: "57P03" } })).toBe(true);
    expect(isUnavailable(new Error("the database system is starting up"))).toBe(true);
    expect(isUnavailable({ code: "P1001", message: "Can't reach database server" })).toBe(true);
  });

  it("recognises a raw query's failure to reach the server, as Prisma's pg adapter reports it (seen when the session check failed)", async () => {
    // A port nothing listens on: the real error, not a copy of its shape.
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:9/adhere_nowhere", connectionTimeoutMillis: 2_000 }),
    });
    const raw = await prisma.$queryRaw`SELECT 1`.then(
      () => null,
      (error: unknown) => error,
    );
    expect(raw).toMatchObject({ code: "P2010" });
    expect(isUnavailable(raw)).toBe(true);
    expect(
      isUnavailable({
        code: "P2010",
        message: "Raw query failed. Code: `42P01`.",
        meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "42P01" } } },
      }),
    ).toBe(false);
    expect(isUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } } })).toBe(true);
    expect(isUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } })).toBe(true);
  });

  it("leaves real bugs and refusals alone", () => {
    expect(isUnavailable(new Error("Mutation x wrote no audit event"))).toBe(false);
    expect(isUnavailable({ code: "P2002", message: "Unique constraint failed on the fields: (`email`)" })).toBe(false);
    expect(isUnavailable(undefined)).toBe(false);
  });

  it("tells the user that nothing was saved", () => {
    expect(UNAVAILABLE).toMatchObject({ ok: false, code: "unavailable" });
    expect(renderMessage(UNAVAILABLE.message, "en")).toBe(
      "The database is temporarily unavailable. Nothing was saved; please try again in a moment.",
    );
  });
});

describe("NUL characters, which PostgreSQL text cannot hold", () => {
  it("are found in an address, percent-encoded or not", () => {
    expect(hasNulCharacter("/contacts/export.csv?q=a%00b")).toBe(true);
    expect(hasNulCharacter("/contacts/a\u0000")).toBe(true);
    expect(hasNulCharacter("/contacts?q=100%25")).toBe(false);
  });

  it("are found in the fields of a form, under the field's name", () => {
    expect(fieldsWithNul({ summary: "a\u0000b", targets: ["GEO", "Z\u0000"], place: "Tbilisi" })).toEqual(["summary", "targets"]);
    expect(fieldsWithNul({ nested: { deeper: "\u0000" } })).toEqual(["nested"]);
    expect(fieldsWithNul("\u0000")).toEqual(["form"]);
    expect(fieldsWithNul({ summary: "Côte d’Ivoire 👍" })).toEqual([]);
  });
});
