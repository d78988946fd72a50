import { Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PublicForm } from '../../../../shared/api/awareness';
import { ProblemAlert } from '../../../components/problem-alert';
import { useT } from '../../../lib/use-t';

type Props = {
  questions: PublicForm['questions'];
  loading: boolean;
  error: unknown;
  onSubmit: (answers: Record<string, number[]>) => void;
};

/**
 * The test on a phone: one card per question, each option a full-width touch target. A question
 * with several right answers says so and takes checkboxes. Leaving a question out is allowed
 * (it counts as wrong), but the button says how many are left first.
 */
export function TestForm({ questions, loading, error, onSubmit }: Props) {
  const t = useT();
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const answered = questions.filter((q) => (answers[q.id]?.length ?? 0) > 0).length;
  const [warned, setWarned] = useState(false);
  const set = (id: string, chosen: number[]) => setAnswers((a) => ({ ...a, [id]: chosen }));

  const submit = () => {
    if (answered < questions.length && !warned) {
      setWarned(true);
      return;
    }
    onSubmit(answers);
  };

  return (
    <Stack gap="lg">
      {questions.map((q, i) => (
        <Stack key={q.id} gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={600} size="lg" mb="xs">
            {t('awareness.public.test.question', { n: i + 1, total: questions.length })} {q.text}
          </Text>
          {q.multiple && (
            <Text size="sm" c="dimmed">
              {t('awareness.public.test.multiple')}
            </Text>
          )}
          {q.multiple ? (
            <Checkbox.Group value={(answers[q.id] ?? []).map(String)} onChange={(v) => set(q.id, v.map(Number))}>
              <Stack gap="xs">
                {q.options.map((o, k) => (
                  <Checkbox.Card key={k} value={String(k)} radius="md" p="md">
                    <Group wrap="nowrap" align="flex-start">
                      <Checkbox.Indicator size="md" />
                      <Text size="md">{o}</Text>
                    </Group>
                  </Checkbox.Card>
                ))}
              </Stack>
            </Checkbox.Group>
          ) : (
            <Radio.Group value={answers[q.id]?.[0] === undefined ? null : String(answers[q.id]![0])} onChange={(v) => set(q.id, [Number(v)])}>
              <Stack gap="xs">
                {q.options.map((o, k) => (
                  <Radio.Card key={k} value={String(k)} radius="md" p="md">
                    <Group wrap="nowrap" align="flex-start">
                      <Radio.Indicator size="md" />
                      <Text size="md">{o}</Text>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </Radio.Group>
          )}
        </Stack>
      ))}
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('awareness.public.test.progress', { answered, total: questions.length })}
      </Text>
      {warned && answered < questions.length && (
        <Text size="sm" c="orange.8" role="status">
          {t('awareness.public.test.unanswered', { count: questions.length - answered })}
        </Text>
      )}
      {error ? <ProblemAlert error={error} /> : null}
      <Button size="lg" onClick={submit} loading={loading}>
        {t(warned && answered < questions.length ? 'awareness.public.test.submitAnyway' : 'awareness.public.test.submit')}
      </Button>
    </Stack>
  );
}
