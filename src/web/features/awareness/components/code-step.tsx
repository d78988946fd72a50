import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CODE_LENGTH, codeInputSchema } from '../../../../shared/api/awareness';
import { ApiError } from '../../../lib/api-client';
import { ProblemAlert } from '../../../components/problem-alert';
import { useT } from '../../../lib/use-t';

type Props = { initialCode: string; loading: boolean; error: unknown; onSubmit: (code: string) => void };

/** "Nhập mã phiếu": the code printed on the slip, typed in capitals whatever the keyboard sends. */
export function CodeStep({ initialCode, loading, error, onSubmit }: Props) {
  const t = useT();
  const [code, setCode] = useState(initialCode);
  const [mistyped, setMistyped] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = codeInputSchema.safeParse(code);
    setMistyped(!parsed.success);
    if (parsed.success) onSubmit(parsed.data);
  };
  // A code the server finds malformed gets the same advice beside the field, not a technical alert.
  const serverMistyped = error instanceof ApiError && error.code === 'VALIDATION' && (error.problem.errors ?? []).some((e) => e.path === 'code');
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          size="lg"
          label={t('awareness.public.code.label')}
          description={t('awareness.public.code.hint', { length: CODE_LENGTH })}
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value.toUpperCase());
            setMistyped(false);
          }}
          error={mistyped || serverMistyped ? t('awareness.public.code.invalid', { length: CODE_LENGTH }) : undefined}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={CODE_LENGTH + 4}
          styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.2em', fontSize: 24 } }}
        />
        {error && !serverMistyped ? <ProblemAlert error={error} /> : null}
        <Button type="submit" size="lg" loading={loading} disabled={code.trim().length < CODE_LENGTH}>
          {t('awareness.public.code.submit')}
        </Button>
      </Stack>
    </form>
  );
}
