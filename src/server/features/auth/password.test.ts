import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordProblems, verifyPassword, weakPasswordMessage } from './password.js';

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

describe('common and trivially weak passwords', () => {
  it.each([
    'Password123!',
    'password1234',
    '1qaz2wsx3edc',
    'qwertyuiop12',
    'iloveyou2024',
    'Matkhau@123',
    'Mậtkhẩu@2024',
    'Admin@12345',
    'Nhanquyen@2025',
    'abcd1234abcd',
    '0123456789',
  ])('refuses %s with a Vietnamese reason', (password) => {
    expect(passwordProblems(password, 'can.bo@tinh.gov.vn')).toEqual([weakPasswordMessage]);
  });

  it.each(['mat-khau-moi-an-toan-2025', 'bút-xanh-mưa-sớm-2025', 'tau hoa chay qua cau long bien', 'bench-admin-password-2025'])(
    'accepts a long passphrase: %s',
    (password) => {
      expect(passwordProblems(password, 'can.bo@tinh.gov.vn')).toEqual([]);
    },
  );

  it('judges a 200-character password quickly (only its first 64 characters are estimated)', () => {
    const started = performance.now();
    const long = Array.from({ length: 30 }, (_, i) => `tu${(i * 7919) % 1000}`).join('-').slice(0, 200);
    expect(passwordProblems(long, 'a@b.vn')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
