import { Button, Group, Notification, Portal, Stack, Text } from '@mantine/core';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type ToastAction, type ToastKind, type ToastOptions } from './toast-context';

type Toast = { id: number; message: string; kind: ToastKind; action?: ToastAction };

const visibleMs = 5000;

/** Renders the toasts; a tiny stand-in for @mantine/notifications, which we do not need more of. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (message: string, kind: ToastKind = 'success', options: ToastOptions = {}) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-2), { id, message, kind, ...(options.action ? { action: options.action } : {}) }]);
      window.setTimeout(() => dismiss(id), options.durationMs ?? visibleMs);
    },
    [dismiss],
  );

  return (
    <ToastContext.Provider value={show}>
      {children}
      <Portal>
        <Stack
          gap="xs"
          role="status"
          aria-live="polite"
          style={{ position: 'fixed', right: 16, bottom: 16, zIndex: 1000, maxWidth: 'calc(100vw - 32px)', width: 360 }}
        >
          {toasts.map((t) => (
            <Notification key={t.id} color={t.kind === 'success' ? 'teal' : 'red'} onClose={() => dismiss(t.id)} withBorder>
              {t.action ? (
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Text size="sm">{t.message}</Text>
                  <Button
                    size="compact-sm"
                    variant="light"
                    style={{ flexShrink: 0 }}
                    onClick={() => {
                      dismiss(t.id);
                      t.action!.onClick();
                    }}
                  >
                    {t.action.label}
                  </Button>
                </Group>
              ) : (
                t.message
              )}
            </Notification>
          ))}
        </Stack>
      </Portal>
    </ToastContext.Provider>
  );
}
