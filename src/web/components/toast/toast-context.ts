import { createContext, useContext } from 'react';

export type ToastKind = 'success' | 'error';
/** A button in the toast ("Hoàn tác"); the toast closes when it is pressed. */
export type ToastAction = { label: string; onClick: () => void };
export type ToastOptions = { action?: ToastAction; durationMs?: number };
export type ShowToast = (message: string, kind?: ToastKind, options?: ToastOptions) => void;

export const ToastContext = createContext<ShowToast>(() => {});

/**
 * A short message in the corner after an action succeeds ("Đã lưu"), gone after a few seconds;
 * with an action, it offers one more step for as long as it shows ("Đã xóa … · Hoàn tác").
 */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}
