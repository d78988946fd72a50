import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createGunzip } from 'node:zlib';
import {
  BackupError,
  backupFormat,
  backupFormatVersion,
  backupHeaderSchema,
  backupTrailerSchema,
  corruptFile,
  rowLinePrefix,
  type BackupHeader,
} from './format.js';

export type ReadOptions = {
  /** Refuse the file once more than this many bytes have been inflated (decompression-bomb guard). */
  maxInflatedBytes?: number;
  /** Refuse a single line longer than this (a row is held whole in memory). */
  maxLineBytes?: number;
  /** Rows per yielded batch, and the batch's size cap in characters. */
  batchRows?: number;
  batchChars?: number;
  /** False: check every row but yield none (verification only, so nothing accumulates). */
  yieldRows?: boolean;
};

/**
 * 20 GiB. The largest installation we plan for (5 million participants at ~1 kB of JSON each, plus
 * everything else) inflates to about 5–6 GB, so this leaves 3–4× headroom, while a crafted file
 * inflating without end is stopped after minutes of reading, not after filling memory or disk
 * (nothing is held in memory or written while verifying). `restore --max-inflated-gib` raises it.
 */
export const defaultMaxInflatedBytes = 20 * 1024 ** 3;
/** 256 MiB: well above any row the application writes, well below V8's longest string (~512 MiB). */
export const defaultMaxLineBytes = 256 * 1024 ** 2;

export type BackupRecord = { kind: 'header'; header: BackupHeader } | { kind: 'rows'; table: string; rows: string[] };
export type ReadResult = { header: BackupHeader; rows: number; compressedBytes: number; inflatedBytes: number };

const newline = 0x0a;
const closeBrace = 0x7d;
const gib = (bytes: number) => `${+(bytes / 1024 ** 3).toFixed(2)} GiB`;

/**
 * Streams a backup file, checking everything format.ts promises as it goes: gzip integrity,
 * header, every line's JSON and table, row counts, the SHA-256 in the trailer, and the trailer
 * itself (a truncated file has none). Yields the header, then rows in batches of one table, each
 * row the exact `row_to_json` text. Throws `BackupError` at the first problem; a caller that acts
 * on the rows must therefore do so in a transaction it can roll back, or read the file twice.
 */
export async function* readBackup(file: string, opts: ReadOptions = {}): AsyncGenerator<BackupRecord, ReadResult> {
  const maxInflated = opts.maxInflatedBytes ?? defaultMaxInflatedBytes;
  const maxLine = opts.maxLineBytes ?? defaultMaxLineBytes;
  const compressedBytes = await checkFile(file, maxInflated);
  const parser = new BackupParser(opts.batchRows ?? 1000, opts.batchChars ?? 4 * 1024 ** 2, opts.yieldRows ?? true);

  const input = fs.createReadStream(file);
  const inflated = createGunzip();
  input.on('error', (err) => inflated.destroy(err));
  input.pipe(inflated);
  let inflatedBytes = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of inflated as AsyncIterable<Buffer>) {
      inflatedBytes += chunk.length;
      if (inflatedBytes > maxInflated) {
        throw new BackupError(
          `dữ liệu giải nén vượt quá ${gib(maxInflated)} (chống bom giải nén); nếu tệp là thật, tăng --max-inflated-gib / inflated data exceeds ${gib(maxInflated)} (decompression-bomb guard); raise --max-inflated-gib if the file is genuine`,
        );
      }
      let start = 0;
      for (let end = chunk.indexOf(newline, start); end !== -1; end = chunk.indexOf(newline, start)) {
        const piece = chunk.subarray(start, end + 1);
        parser.take(pendingBytes ? Buffer.concat([...pending, piece]) : piece);
        pending = [];
        pendingBytes = 0;
        start = end + 1;
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
        if (pendingBytes > maxLine) {
          throw corruptFile(`dòng ${parser.lineNumber + 1} dài quá ${gib(maxLine)}`, `line ${parser.lineNumber + 1} is longer than ${gib(maxLine)}`);
        }
      }
      yield* parser.drain();
    }
  } catch (err) {
    throw asBackupError(err);
  } finally {
    input.destroy();
    inflated.destroy();
  }
  if (pendingBytes > 0) {
    throw corruptFile('dòng cuối bị cắt cụt (thiếu ký tự xuống dòng)', 'the last line is cut short (no final newline)');
  }
  parser.finish();
  yield* parser.drain();
  return { header: parser.header!, rows: parser.total, compressedBytes, inflatedBytes };
}

/** Size and magic-number checks before inflating anything; returns the file size. */
async function checkFile(file: string, maxInflated: number): Promise<number> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    throw new BackupError(`không tìm thấy tệp ${file} / file not found: ${file}`);
  }
  if (!stat.isFile()) throw new BackupError(`${file} không phải là tệp / ${file} is not a regular file`);
  if (stat.size === 0) throw corruptFile('tệp rỗng', 'the file is empty');
  if (stat.size > maxInflated) {
    throw new BackupError(`tệp lớn hơn giới hạn ${gib(maxInflated)}; tăng --max-inflated-gib / file exceeds the ${gib(maxInflated)} limit; raise --max-inflated-gib`);
  }
  const handle = await fs.promises.open(file, 'r');
  try {
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    if (bytesRead < 2 || magic[0] !== 0x1f || magic[1] !== 0x8b) throw corruptFile('không phải tệp gzip', 'not a gzip file');
  } finally {
    await handle.close();
  }
  return stat.size;
}

function asBackupError(err: unknown): unknown {
  if (err instanceof BackupError) return err;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    const detail = (err as Error).message;
    return code === 'Z_BUF_ERROR'
      ? corruptFile(`tệp bị cắt cụt (${detail})`, `the file is truncated (${detail})`)
      : corruptFile(`dữ liệu nén bị hỏng (${detail})`, `the compressed data is damaged (${detail})`);
  }
  return err;
}

/** The line-by-line checks, kept synchronous so that millions of rows cost no promise each. */
class BackupParser {
  header: BackupHeader | null = null;
  lineNumber = 0;
  total = 0;
  private ended = false;
  private readonly hash = createHash('sha256');
  private tableIndex = 0;
  private counts: number[] = [];
  private prefixes: Buffer[] = [];
  private columns: Array<Set<string>> = [];
  private batch: { table: string; rows: string[]; chars: number } | null = null;
  private ready: BackupRecord[] = [];

  constructor(
    private readonly batchRows: number,
    private readonly batchChars: number,
    private readonly yieldRows: boolean,
  ) {}

  /** One line, with its final "\n". */
  take(line: Buffer): void {
    this.lineNumber++;
    if (this.ended) throw corruptFile('có dữ liệu sau dòng kết thúc', 'data follows the trailer');
    if (this.lineNumber === 1) {
      this.takeHeader(line);
      this.hash.update(line);
    } else if (line[2] === 0x65 /* {"end" */) {
      this.takeTrailer(line);
    } else {
      this.takeRow(line);
      this.hash.update(line);
    }
  }

  *drain(): Generator<BackupRecord> {
    const out = this.ready;
    this.ready = [];
    yield* out;
  }

  finish(): void {
    if (!this.header) throw corruptFile('tệp không có dữ liệu', 'the file holds no data');
    if (!this.ended) throw corruptFile('thiếu dòng kết thúc, tệp bị cắt cụt', 'the trailer is missing, the file is truncated');
  }

  private parse(line: Buffer, what: string): unknown {
    try {
      return JSON.parse(line.toString('utf8', 0, line.length - 1));
    } catch {
      throw corruptFile(`dòng ${this.lineNumber} (${what}) không phải JSON hợp lệ`, `line ${this.lineNumber} (${what}) is not valid JSON`);
    }
  }

  private takeHeader(line: Buffer) {
    const raw = this.parse(line, 'tiêu đề / header') as Record<string, unknown> | null;
    if (raw?.format !== backupFormat) throw corruptFile('không phải tệp sao lưu rights-desk', 'not a rights-desk backup');
    if (typeof raw.formatVersion === 'number' && raw.formatVersion > backupFormatVersion) {
      throw new BackupError(
        `tệp sao lưu dùng định dạng ${raw.formatVersion}, mới hơn phiên bản này hỗ trợ (${backupFormatVersion}); hãy cập nhật rights-desk / backup format ${raw.formatVersion} is newer than this version supports (${backupFormatVersion}); update rights-desk`,
      );
    }
    const parsed = backupHeaderSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
      throw corruptFile(`tiêu đề không hợp lệ (${where})`, `invalid header (${where})`);
    }
    if (parsed.data.tables.some((t) => t.cyclicRows > t.rows)) throw corruptFile('tiêu đề không hợp lệ (cyclicRows)', 'invalid header (cyclicRows)');
    const names = parsed.data.tables.map((t) => t.name);
    if (new Set(names).size !== names.length) throw corruptFile('tiêu đề lặp tên bảng', 'the header repeats a table');
    this.header = parsed.data;
    this.counts = names.map(() => 0);
    this.prefixes = names.map((n) => Buffer.from(rowLinePrefix(n)));
    this.columns = parsed.data.tables.map((t) => new Set(t.columns));
    this.ready.push({ kind: 'header', header: parsed.data });
  }

  private takeRow(line: Buffer) {
    const tables = this.header!.tables;
    while (this.tableIndex < tables.length && this.counts[this.tableIndex] === tables[this.tableIndex]!.rows) this.tableIndex++;
    const i = this.tableIndex;
    const prefix = this.prefixes[i];
    const end = line.length - 2;
    if (!prefix || line.length < prefix.length + 2 || line.compare(prefix, 0, prefix.length, 0, prefix.length) !== 0 || line[end] !== closeBrace) {
      const what = this.parse(line, 'dữ liệu / row') as { t?: unknown } | null;
      const table = String(what?.t);
      if (tables[i] && tables.findIndex((t) => t.name === table) > i) this.throwCountMismatch(i);
      throw corruptFile(
        `dòng ${this.lineNumber}: dòng của bảng ${table} không đúng chỗ hoặc vượt số dòng tiêu đề khai báo`,
        `line ${this.lineNumber}: a row of table ${table} is out of place or beyond the header's count`,
      );
    }
    const text = line.toString('utf8', prefix.length, end);
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch {
      throw corruptFile(`dòng ${this.lineNumber} không phải JSON hợp lệ`, `line ${this.lineNumber} is not valid JSON`);
    }
    if (!hasExactKeys(row, this.columns[i]!)) {
      throw corruptFile(`dòng ${this.lineNumber}: các cột khác với tiêu đề`, `line ${this.lineNumber}: columns differ from the header`);
    }
    const { name, rows, cyclicRows } = tables[i]!;
    // Rows in a parent cycle must travel in one statement: start their batch here, never split it.
    const cycleStart = cyclicRows > 0 ? rows - cyclicRows : Infinity;
    const position = this.counts[i]!++;
    this.total++;
    if (!this.yieldRows) return;
    if (this.batch && (this.batch.table !== name || position === cycleStart)) this.flush();
    this.batch ??= { table: name, rows: [], chars: 0 };
    this.batch.rows.push(text);
    this.batch.chars += text.length;
    if (position < cycleStart && (this.batch.rows.length >= this.batchRows || this.batch.chars >= this.batchChars)) this.flush();
  }

  private takeTrailer(line: Buffer) {
    const parsed = backupTrailerSchema.safeParse(this.parse(line, 'kết thúc / trailer'));
    if (!parsed.success) throw corruptFile(`dòng kết thúc không hợp lệ (dòng ${this.lineNumber})`, `invalid trailer (line ${this.lineNumber})`);
    for (const [i, t] of this.header!.tables.entries()) if (this.counts[i] !== t.rows) this.throwCountMismatch(i);
    if (parsed.data.rows !== this.total) {
      throw corruptFile(`tổng ${this.total} dòng, dòng kết thúc ghi ${parsed.data.rows}`, `${this.total} rows in all, the trailer says ${parsed.data.rows}`);
    }
    if (parsed.data.sha256 !== this.hash.digest('hex')) throw corruptFile('mã kiểm tra SHA-256 không khớp', 'SHA-256 checksum mismatch');
    this.ended = true;
    this.flush();
  }

  private throwCountMismatch(i: number): never {
    const t = this.header!.tables[i]!;
    throw corruptFile(`bảng ${t.name} có ${this.counts[i]} dòng, tiêu đề ghi ${t.rows}`, `table ${t.name} has ${this.counts[i]} rows, the header says ${t.rows}`);
  }

  private flush() {
    if (this.batch) this.ready.push({ kind: 'rows', table: this.batch.table, rows: this.batch.rows });
    this.batch = null;
  }
}

function hasExactKeys(row: unknown, columns: Set<string>): boolean {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  let n = 0;
  for (const key in row) {
    if (!columns.has(key)) return false;
    n++;
  }
  return n === columns.size;
}
