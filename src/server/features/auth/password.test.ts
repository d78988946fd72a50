import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';
import { generatePassword, hashPassword, passwordProblems, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one; hashes are salted', async () => {
    const a = await hashPassword('mật-khẩu-có-dấu-123');
    const b = await hashPassword('mật-khẩu-có-dấu-123');
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('mật-khẩu-có-dấu-123', a)).toBe(true);
    // The same password typed in decomposed Unicode (as some keyboards send it) still matches.
    expect(await verifyPassword('mật-khẩu-có-dấu-123'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('mat-khau-co-dau-123', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });

  it('generates readable one-time passwords that pass the rules', () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    expect(passwords.size).toBe(50);
    for (const p of passwords) expect(passwordProblems(p)).toEqual([]);
  });

  it.each([
    ['ngan', 'Mật khẩu cần ít nhất 10 ký tự.'],
    ['aaaaaaaaaaaa', 'Mật khẩu không được lặp một ký tự.'],
    ['nguyenvana-2025', 'Mật khẩu không được chứa tên đăng nhập.'],
  ])('rejects %s', (password, problem) => {
    expect(passwordProblems(password, 'nguyenvana@tinh.gov.vn')).toContain(problem);
  });
});

describe('login throttle', () => {
  it('locks after five failures within a minute and forgives after the window', () => {
    let now = 0;
    const throttle = new LoginThrottle(5, 60_000, () => now);
    for (let i = 0; i < 4; i++) throttle.recordFailure('k');
    expect(throttle.retryAfterSeconds('k')).toBe(0);
    throttle.recordFailure('k');
    expect(throttle.retryAfterSeconds('k')).toBe(60);
    expect(throttle.retryAfterSeconds('other')).toBe(0);
    now = 30_000;
    expect(throttle.retryAfterSeconds('k')).toBe(30);
    now = 60_001;
    expect(throttle.retryAfterSeconds('k')).toBe(0);
  });
});
