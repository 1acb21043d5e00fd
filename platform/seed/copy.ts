// Bulk loading with PostgreSQL's COPY (text format): one statement per table, rows streamed as they are generated.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | boolean | Date | null | undefined | string[] | { [key: string]: unknown };

/** A text-format COPY field: backslash, tab, newline and carriage return escaped; null as \N. */
function escapeText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  if (typeof value === "object") return escapeText(JSON.stringify(value));
  return escapeText(value);
}

export function copyLine(values: CopyValue[]): string {
  return `${values.map(copyField).join("\t")}\n`;
}

const CHUNK_ROWS = 2_000;

/** Streams rows into `table` with one COPY; returns the number of rows written. */
export async function copyRows(client: pg.PoolClient | pg.Client, table: string, columns: string[], rows: Iterable<CopyValue[]>): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let buffer: string[] = [];
    for (const row of rows) {
      if (row.length !== columns.length) throw new Error(`${table}: ${row.length} values for ${columns.length} columns`);
      buffer.push(copyLine(row));
      count += 1;
      if (buffer.length >= CHUNK_ROWS) {
        yield buffer.join("");
        buffer = [];
      }
    }
    if (buffer.length > 0) yield buffer.join("");
  }
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  const target = client.query(copyFrom(sql));
  await pipeline(Readable.from(chunks()), target);
  return count;
}
