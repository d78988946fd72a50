import path from 'node:path';
import { z } from 'zod';
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
  /** Behind a reverse proxy that terminates https, trust its X-Forwarded-* headers. */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
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
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  sessionTtlHours: number;
  trustProxy: boolean;
  publicOrigin: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  bodyLimitBytes: number;
  isProduction: boolean;
  intakeLimits: IntakeLimits;
};

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
  };
}

/** Settings documented in the README, in the order they appear there. */
export const documentedSettings = Object.keys(envSchema.shape);
