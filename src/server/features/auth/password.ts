import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { minimumScore, passwordScore } from './password-strength.js';

// scrypt from Node's standard library: no native add-on to build, and the parameters
// (N=2^15, r=8, p=1, 64-byte key) follow OWASP's current recommendation for scrypt.
const params = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const keyLength = 64;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Returns a self-describing hash: `scrypt$N$r$p$salt$key` (base64url), so parameters can change later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: params.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A password a person can type from a printout: 4 groups of 4 from an alphabet without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export const weakPasswordMessage =
  'Mật khẩu này quá phổ biến hoặc dễ đoán (như 123456, matkhau@123, tên người, ngày tháng). Hãy ghép ba, bốn từ không liên quan, có thể thêm số.';

/**
 * The rules a new password must meet, stated in Vietnamese for the form; empty when acceptable.
 * `ownerInputs` are what an attacker would try first (the account's name, for instance).
 */
export function passwordProblems(password: string, email?: string, ownerInputs: string[] = []): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('Mật khẩu cần ít nhất 10 ký tự.');
  if (password.length > 200) problems.push('Mật khẩu dài tối đa 200 ký tự.');
  if (email && password.toLowerCase().includes(email.split('@')[0]!.toLowerCase())) {
    problems.push('Mật khẩu không được chứa tên đăng nhập.');
  }
  if (/^(.)\1+$/.test(password)) problems.push('Mật khẩu không được lặp một ký tự.');
  if (!problems.length && passwordScore(password, [...(email ? [email] : []), ...ownerInputs]) < minimumScore) {
    problems.push(weakPasswordMessage);
  }
  return problems;
}
