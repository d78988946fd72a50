import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { defaultUploadReadLimits, type UploadReadLimits } from './features/files/upload-limits.js';
import { defaultIntakeLimits, type IntakeLimits } from './features/intake/read/limits.js';

/**
 * Every setting rights-desk reads from the environment, parsed once.
 * Nothing else in the code reads `process.env`: a newcomer finds all knobs here,
 * and the README's settings table is written from this list.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional(),
  ADMIN_EMAIL: z.email('ADMIN_EMAIL không phải địa chỉ email hợp lệ').optional(),
  ADMIN_PASSWORD: z.string().min(10, 'ADMIN_PASSWORD cần ít nhất 10 ký tự').optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
  /**
   * Behind a reverse proxy: how far X-Forwarded-* is believed. `false`, a number of proxy hops
   * (`true` is one hop), or the proxies' addresses and CIDR ranges. See `parseTrustProxy`.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((raw, ctx) => {
      const parsed = parseTrustProxy(raw);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
  /** Public origin (scheme://host[:port]) used for the Origin check when behind a proxy. */
  PUBLIC_ORIGIN: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  NODE_ENV: z.string().default('production'),
  /** Document intake: what one uploaded document may cost (see features/intake/read/limits.ts). */
  INTAKE_MAX_FILE_BYTES: z.coerce.number().int().min(1024).default(defaultIntakeLimits.maxFileBytes),
  INTAKE_MAX_INFLATED_BYTES: z.coerce.number().int().min(1024 * 1024).default(defaultIntakeLimits.maxInflatedBytes),
  INTAKE_MAX_PAGES: z.coerce.number().int().min(1).default(defaultIntakeLimits.maxPages),
  INTAKE_MAX_TEXT_CHARS: z.coerce.number().int().min(1000).default(defaultIntakeLimits.maxTextChars),
  INTAKE_TIME_LIMIT_MS: z.coerce.number().int().min(1000).default(defaultIntakeLimits.timeLimitMs),
  INTAKE_WORKER_MEMORY_MB: z.coerce.number().int().min(64).default(defaultIntakeLimits.workerMemoryMb),
  /** Participant lists and materials: what reading one Office file may cost (see features/files/upload-limits.ts). */
  IMPORT_MAX_INFLATED_BYTES: z.coerce.number().int().min(1024 * 1024).default(defaultUploadReadLimits.importMaxInflatedBytes),
  MATERIAL_MAX_INFLATED_BYTES: z.coerce.number().int().min(1024 * 1024).default(defaultUploadReadLimits.materialMaxInflatedBytes),
  UPLOAD_TIME_LIMIT_MS: z.coerce.number().int().min(1000).default(defaultUploadReadLimits.timeLimitMs),
  UPLOAD_WORKER_MEMORY_MB: z.coerce.number().int().min(64).default(defaultUploadReadLimits.workerMemoryMb),
  /** Follow-up reminders by e-mail: the SMTP server (`smtp://user:pass@host:587` or `smtps://…:465`); without it nothing is e-mailed. */
  SMTP_URL: z
    .string()
    .refine((raw) => {
      try {
        const url = new URL(raw);
        return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
      } catch {
        return false;
      }
    }, 'SMTP_URL phải có dạng smtp://người-dùng:mật-khẩu@máy-chủ:587 hoặc smtps://máy-chủ:465')
    .optional(),
  /** The sender of the reminders: `can.bo@tinh.gov.vn` or `Văn phòng BCĐ <can.bo@tinh.gov.vn>`. */
  MAIL_FROM: z
    .string()
    .trim()
    .refine((raw) => z.email().safeParse(/<([^<>]+)>\s*$/.exec(raw)?.[1] ?? raw).success, 'MAIL_FROM phải là một địa chỉ email, ví dụ "Văn phòng BCĐ <bcd@tinh.gov.vn>"')
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  sessionTtlHours: number;
  trustProxy: TrustProxy;
  publicOrigin: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  bodyLimitBytes: number;
  isProduction: boolean;
  intakeLimits: IntakeLimits;
  uploadLimits: UploadReadLimits;
  /** E-mailed reminders; null when SMTP_URL is not set (the app still flags items due and overdue). */
  mail: { smtpUrl: string; from: string } | null;
};

/**
 * Who may say where a request came from, in the form Fastify's `trustProxy` takes:
 * - `false`: nobody; the client is the socket's peer and X-Forwarded-* is ignored.
 * - hops: the last `hops` addresses of the chain (the peer, then X-Forwarded-For from the right)
 *   are proxies; the client is the next one to the left. Entries further left were written by
 *   the client and are never believed, so a forged `X-Forwarded-For: 1.2.3.4` in front of what
 *   the proxy appends changes nothing.
 * - addresses: only these peers (IP, CIDR, or proxy-addr's `loopback`, `linklocal`,
 *   `uniquelocal`) are proxies; the client is the first address from the right that is not one.
 *   Safer than hops: a client reaching the server directly, around the proxy, is not believed.
 * Fastify 5 itself treats a bare number as "trust nobody", hence the function.
 */
export type TrustedHops = ((address: string, hop: number) => boolean) & { readonly hops: number };
export type TrustProxy = false | TrustedHops | string[];

const trustHops = (hops: number): TrustedHops => Object.assign((_address: string, hop: number) => hop < hops, { hops });

const proxyAddrNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (proxyAddrNames.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  if (extra !== undefined) return false;
  const family = net.isIP(address);
  if (!family) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** `TRUST_PROXY` as Fastify's `trustProxy`, or the problem in Vietnamese. `true` keeps its old meaning of one proxy. */
export function parseTrustProxy(raw: string): TrustProxy | string {
  const value = raw.trim().toLowerCase();
  if (value === 'false' || value === '0') return false;
  if (value === 'true') return trustHops(1);
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 10 ? trustHops(hops) : 'TRUST_PROXY: số bước proxy tối đa là 10';
  }
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  const wrong = entries.filter((e) => !isAddressOrRange(e));
  if (!entries.length || wrong.length) {
    return `TRUST_PROXY phải là false, số bước proxy (true = 1) hoặc danh sách địa chỉ IP/CIDR của proxy, ngăn bởi dấu phẩy; không hiểu: ${wrong.join(', ') || raw}`;
  }
  return entries;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment, listing every problem at once rather than the first one. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.SMTP_URL && !e.MAIL_FROM) throw new ConfigError(['MAIL_FROM: cần đặt địa chỉ người gửi khi đã đặt SMTP_URL']);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminEmail: e.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: e.ADMIN_PASSWORD,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    trustProxy: e.TRUST_PROXY,
    publicOrigin: e.PUBLIC_ORIGIN,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    isProduction: e.NODE_ENV === 'production',
    intakeLimits: {
      ...defaultIntakeLimits,
      maxFileBytes: e.INTAKE_MAX_FILE_BYTES,
      maxInflatedBytes: e.INTAKE_MAX_INFLATED_BYTES,
      maxPages: e.INTAKE_MAX_PAGES,
      maxTextChars: e.INTAKE_MAX_TEXT_CHARS,
      timeLimitMs: e.INTAKE_TIME_LIMIT_MS,
      workerMemoryMb: e.INTAKE_WORKER_MEMORY_MB,
    },
    uploadLimits: {
      ...defaultUploadReadLimits,
      importMaxInflatedBytes: e.IMPORT_MAX_INFLATED_BYTES,
      materialMaxInflatedBytes: e.MATERIAL_MAX_INFLATED_BYTES,
      timeLimitMs: e.UPLOAD_TIME_LIMIT_MS,
      workerMemoryMb: e.UPLOAD_WORKER_MEMORY_MB,
    },
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : null,
  };
}

/** Settings documented in the README, in the order they appear there. */
export const documentedSettings = Object.keys(envSchema.shape);
