import pg from 'pg';
import type { Db } from '../../db/client.js';

/**
 * `COPY … FROM STDIN` on either engine, for the bulk path of an import. node-postgres supports
 * COPY only through the pg-copy-streams package; what that package does for writing is three
 * calls on the connection (send the chunks, then CopyDone), so a small Query subclass does it
 * here rather than adding a dependency. PGlite takes the whole text as a blob (`FROM '/dev/blob'`).
 *
 * `copySql` is `copy <table> (<columns>) from stdin` written without the source; `chunks` are
 * lines in COPY's text format (tab-separated, `\N` for null, see `copyField`).
 */
export async function copyIn(tx: Db, copySql: string, chunks: string[]): Promise<void> {
  const client = (tx as unknown as { session: { client: unknown } }).session.client;
  if (client instanceof pg.Client) {
    await new Promise<void>((resolve, reject) => {
      const query = new CopyFromChunks(`${copySql} from stdin`, chunks);
      query.on('end', () => resolve());
      query.on('error', reject);
      void client.query(query as unknown as pg.Submittable);
    });
    return;
  }
  const lite = client as { query: (q: string, p: unknown[], o: { blob: Blob }) => Promise<unknown> };
  await lite.query(`${copySql} from '/dev/blob'`, [], { blob: new Blob(chunks) });
}

type CopyConnection = { sendCopyFromChunk: (b: Buffer) => void; endCopyFrom: () => void };

class CopyFromChunks extends pg.Query {
  constructor(
    text: string,
    private readonly chunks: string[],
  ) {
    super(text);
  }
  // Called by node-postgres when the server answers CopyInResponse.
  handleCopyInResponse(connection: CopyConnection): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
    connection.endCopyFrom();
  }
}

/** One field in COPY's text format: backslash, tab and line breaks escaped; null as `\N`. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  const s = String(value);
  return /[\\\t\n\r]/u.test(s) ? s.replace(/[\\\t\n\r]/gu, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!) : s;
}

/** Gathers COPY lines into chunks of about a megabyte. */
export class CopyBuffer {
  readonly chunks: string[] = [];
  private lines: string[] = [];
  private size = 0;
  rows = 0;
  push(fields: (string | number | null)[]): void {
    const line = fields.map(copyField).join('\t');
    this.lines.push(line);
    this.size += line.length + 1;
    this.rows += 1;
    if (this.size > 1_000_000) this.flush();
  }
  flush(): string[] {
    if (this.lines.length) this.chunks.push(`${this.lines.join('\n')}\n`);
    this.lines = [];
    this.size = 0;
    return this.chunks;
  }
}

/** Whole COPY lines (already escaped, each ending in a line break) gathered into chunks. */
export class LineChunks {
  private readonly chunks: string[] = [];
  private lines: string[] = [];
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length === 20_000) this.cut();
  }
  done(): string[] {
    this.cut();
    return this.chunks;
  }
  private cut(): void {
    if (this.lines.length) this.chunks.push(this.lines.join(''));
    this.lines = [];
  }
}
