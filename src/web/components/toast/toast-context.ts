import { createContext, useContext } from 'react';

export type ToastKind = 'success' | 'error';
export type ShowToast = (message: string, kind?: ToastKind) => void;

export const ToastContext = createContext<ShowToast>(() => {});

/** A short message in the corner after an action succeeds ("Đã lưu"), gone after a few seconds. */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}
