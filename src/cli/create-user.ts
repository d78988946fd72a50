import { z } from 'zod';
import { roles, type Role } from '../shared/auth/permissions.js';
import { createAccount } from '../server/features/accounts/service.js';
import { AppError } from '../server/errors.js';
import { parseCommandArgs } from './args.js';
import { cliActor } from './cli-actor.js';
import { CliError } from './cli-error.js';
import { openConfiguredDatabase } from './open-configured-database.js';

export async function run(args: string[]): Promise<void> {
  const { values } = parseCommandArgs(args, {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'viewer' },
    province: { type: 'string' },
  });
  if (!values.email || !values.name) {
    throw new CliError(
      `cần --email và --name. Ví dụ: npx rights-desk create-user --email can.bo@tinh.gov.vn --name "Nguyễn Văn A" --role provincial_secretariat --province 19\nVai trò: ${roles.join(', ')}`,
    );
  }
  if (!roles.includes(values.role as Role)) throw new CliError(`vai trò không hợp lệ: ${values.role}. Chọn một trong: ${roles.join(', ')}`);
  const { database } = await openConfiguredDatabase();
  try {
    const { account, oneTimePassword } = await createAccount(database.db, cliActor, {
      email: values.email,
      fullName: values.name,
      role: values.role as Role,
      provinceCode: values.province ?? null,
    });
    console.log(`Đã tạo tài khoản / account created: ${account.email} (${account.role}${account.provinceCode ? `, tỉnh ${account.provinceCode}` : ''})`);
    console.log(`Mật khẩu dùng một lần / one-time password: ${oneTimePassword}`);
    console.log('Người dùng phải đổi mật khẩu ở lần đăng nhập đầu tiên.');
  } catch (error) {
    if (error instanceof z.ZodError) throw new CliError(error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    if (error instanceof AppError) throw new CliError(error.extra.errors?.map((e) => `${e.path}: ${e.message}`).join('; ') || error.message);
    throw error;
  } finally {
    await database.close();
  }
}
