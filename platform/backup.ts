// Export and restore of all the data as JSON: every table of the schema (whatever tables later migrations add),
// in a form that is stable byte for byte, so that an export → restore → export round trip can be checked.
import pg from "pg";

export const BACKUP_FORMAT = "adhere-backup";
export const BACKUP_VERSION = 1;

/** A refusal with one line that says what to do. */
export class BackupError extends Error {}

interface Column {
  name: string;
  type: string;
  category: string;
}

interface Table {
  name: string;
  columns: Column[];
  primaryKey: string[];
  /** Tables this one refers to by foreign key. */
  references: string[];
  serials: string[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function readTables(client: pg.Client): Promise<Table[]> {
  const columns = await client.query<{ table: string; column: string; type: string; category: string }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, t.typcategory AS category
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
    ORDER BY c.relname, a.attname`);
  const keys = await client.query<{ table: string; column: string }>(`
    SELECT c.relname AS table, a.attname AS column
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE n.nspname = current_schema() AND i.indisprimary
    ORDER BY c.relname, k.position`);
  const references = await client.query<{ table: string; referenced: string }>(`
    SELECT DISTINCT c.relname AS table, r.relname AS referenced
    FROM pg_constraint f
    JOIN pg_class c ON c.oid = f.conrelid
    JOIN pg_class r ON r.oid = f.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND f.contype = 'f' AND c.oid <> r.oid`);
  const tables = new Map<string, Table>();
  for (const row of columns.rows) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [], primaryKey: [], references: [], serials: [] };
    table.columns.push({ name: row.column, type: row.type, category: row.category });
    tables.set(row.table, table);
  }
  for (const row of keys.rows) tables.get(row.table)?.primaryKey.push(row.column);
  for (const row of references.rows) tables.get(row.table)?.references.push(row.referenced);
  for (const table of tables.values()) {
    const serial = await client.query<{ column: string }>(
      `SELECT a.attname AS column FROM pg_attribute a
       WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND pg_get_serial_sequence($2, a.attname) IS NOT NULL`,
      [ident(table.name), ident(table.name)],
    );
    table.serials = serial.rows.map((r) => r.column);
  }
  return [...tables.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** How a column is read so that its JSON form is exact and does not depend on the machine's time zone. */
function selectExpression(column: Column): string {
  const c = ident(column.name);
  const fraction = /\(3\)/.test(column.type) ? "MS" : "US";
  if (column.type.startsWith("timestamp") && column.type.endsWith("without time zone"))
    return `to_char(${c}, 'YYYY-MM-DD"T"HH24:MI:SS.${fraction}"Z"')`;
  if (column.type.startsWith("timestamp")) return `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.${fraction}"Z"')`;
  if (column.type === "date") return `to_char(${c}, 'YYYY-MM-DD')`;
  if (column.category === "A") return `to_json(${c})`;
  if (
    ["boolean", "integer", "smallint", "text", "json", "jsonb"].includes(column.type) ||
    column.type.startsWith("character varying") ||
    column.category === "E"
  )
    return c;
  // bigint, numeric and anything else: the exact text PostgreSQL reads back.
  return `${c}::text`;
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`);
  if (!exists.rows[0].present) return [];
  const result = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return result.rows.map((r) => r.name);
}

/** The whole database as JSON text: tables by name, rows by primary key, keys in alphabetical order, one row a line. */
export async function exportDatabase(url: string): Promise<{ text: string; tables: number; rows: number }> {
  return withClient(url, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const migrations = await appliedMigrations(client);
      const tables = await readTables(client);
      const lines = [
        "{",
        `  "format": ${JSON.stringify(BACKUP_FORMAT)},`,
        `  "version": ${BACKUP_VERSION},`,
        `  "migrations": ${JSON.stringify(migrations)},`,
        `  "tables": {`,
      ];
      let rows = 0;
      for (const [index, table] of tables.entries()) {
        const columns = table.columns.map((c) => `${selectExpression(c)} AS ${ident(c.name)}`).join(", ");
        // Qualified, so that rows are ordered by the stored values, not by their text form selected under the same name.
        const order = (table.primaryKey.length ? table.primaryKey : table.columns.map((c) => c.name)).map((c) => `t.${ident(c)}`).join(", ");
        const result = await client.query(`SELECT ${columns} FROM ${ident(table.name)} AS t ORDER BY ${order}`);
        rows += result.rows.length;
        const last = index === tables.length - 1;
        if (result.rows.length === 0) {
          lines.push(`    ${JSON.stringify(table.name)}: []${last ? "" : ","}`);
          continue;
        }
        lines.push(`    ${JSON.stringify(table.name)}: [`);
        result.rows.forEach((row, i) => {
          const ordered = Object.fromEntries(table.columns.map((c) => [c.name, row[c.name]]));
          lines.push(`      ${JSON.stringify(ordered)}${i === result.rows.length - 1 ? "" : ","}`);
        });
        lines.push(`    ]${last ? "" : ","}`);
      }
      lines.push("  }", "}", "");
      return { text: lines.join("\n"), tables: tables.length, rows };
    } finally {
      await client.query("ROLLBACK");
    }
  });
}

interface Backup {
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError("The file is not a backup made by `npm run backup` (it is not valid JSON).");
  }
  const backup = data as { format?: unknown; version?: unknown; migrations?: unknown; tables?: unknown };
  if (backup?.format !== BACKUP_FORMAT || typeof backup.tables !== "object" || backup.tables === null || !Array.isArray(backup.migrations)) {
    throw new BackupError("The file is not a backup made by `npm run backup`.");
  }
  if (backup.version !== BACKUP_VERSION)
    throw new BackupError(`The backup is in format version ${String(backup.version)}; this version of Adhere reads version ${BACKUP_VERSION}.`);
  return backup as Backup;
}

/** Tables in an order that inserts every referenced row before the rows that refer to it. */
function insertionOrder(tables: Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: Table[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: Table) => {
    if (state.get(table.name) === "done") return;
    if (state.get(table.name) === "visiting")
      throw new BackupError(`Tables refer to each other in a cycle (${table.name}); this backup cannot be restored table by table.`);
    state.set(table.name, "visiting");
    for (const name of table.references) {
      const referenced = byName.get(name);
      if (referenced) visit(referenced);
    }
    state.set(table.name, "done");
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

const CHUNK = 1000;

/**
 * Loads a backup into a database whose schema is already migrated and which holds no data; all in one transaction,
 * so a failure leaves the database empty. Refuses a database with any row, and a backup of another schema version.
 */
export async function restoreDatabase(url: string, text: string): Promise<{ tables: number; rows: number }> {
  const backup = parseBackup(text);
  const database = new URL(url).pathname.replace(/^\//, "") || "postgres";
  return withClient(url, async (client) => {
    const migrations = await appliedMigrations(client);
    if (JSON.stringify(migrations) !== JSON.stringify(backup.migrations)) {
      const wanted = backup.migrations.at(-1) ?? "none";
      throw new BackupError(
        `The backup was made at database version ${wanted}, but ${database} is at ${migrations.at(-1) ?? "none"}: restore it with the version of Adhere that made it.`,
      );
    }
    const tables = await readTables(client);
    for (const table of tables) {
      const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(table.name)}`);
      if (Number(count.rows[0].n) > 0) {
        throw new BackupError(
          `The database ${database} is not empty (${count.rows[0].n} rows in ${table.name}): restore only into a new, empty database.`,
        );
      }
    }
    const known = new Map(tables.map((t) => [t.name, t]));
    for (const [name, rows] of Object.entries(backup.tables)) {
      const table = known.get(name);
      if (!table || !Array.isArray(rows)) throw new BackupError(`The backup has a table ${name} that the database does not have.`);
      const columns = new Set(table.columns.map((c) => c.name));
      const extra = rows.flatMap((row) => Object.keys(row)).find((key) => !columns.has(key));
      if (extra) throw new BackupError(`The backup has a column ${name}.${extra} that the database does not have.`);
    }

    let total = 0;
    await client.query("BEGIN");
    try {
      for (const table of insertionOrder(tables)) {
        const rows = backup.tables[table.name] ?? [];
        const columns = table.columns.map((c) => ident(c.name)).join(", ");
        for (let start = 0; start < rows.length; start += CHUNK) {
          const chunk = JSON.stringify(rows.slice(start, start + CHUNK));
          await client.query(
            `INSERT INTO ${ident(table.name)} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${ident(table.name)}, $1::jsonb)`,
            [chunk],
          );
        }
        total += rows.length;
        for (const column of table.serials) {
          // The next generated id must come after the restored ones.
          await client.query(
            `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${ident(column)}), 1), MAX(${ident(column)}) IS NOT NULL) FROM ${ident(table.name)}`,
            [ident(table.name), column],
          );
        }
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    return { tables: tables.length, rows: total };
  });
}
