import { z } from 'zod';
import { roles } from '../auth/permissions.js';

export const loginRequestSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email('Email không hợp lệ')),
    password: z.string().min(1, 'Nhập mật khẩu').max(200),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const currentUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    fullName: z.string(),
    role: z.enum(roles),
    provinceCode: z.string().nullable(),
    organisationId: z.string().nullable(),
    mustChangePassword: z.boolean().describe('Người dùng phải đổi mật khẩu trước khi dùng các chức năng khác'),
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionResponseSchema = z.object({ user: currentUserSchema }).meta({ id: 'SessionResponse' });

export const changePasswordRequestSchema = z
  .object({
    currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(200),
    newPassword: z.string().min(10, 'Mật khẩu mới cần ít nhất 10 ký tự').max(200, 'Mật khẩu dài tối đa 200 ký tự'),
  })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
