import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { AwarenessPhase, PublicForm, PublicReceipt } from '../../../../shared/api/awareness';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDate } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { usePublicAwareness, useStartWithCode, useSubmitResponse } from '../api/public-awareness';
import { CodeStep } from '../components/code-step';
import { PhonePage } from '../components/phone-page';
import { SurveyForm } from '../components/survey-form';
import { TestForm } from '../components/test-form';

/**
 * /k/:token — the awareness test and survey on a phone, without an account. The code comes from
 * the slip (typed, or in the QR's `?c=`); then the open phase the code has not yet answered;
 * then a thank-you with the person's own post-test score. Nothing asks who the person is.
 */
export function PublicTestRoute() {
  const t = useT();
  const token = useParams().token ?? '';
  const [params] = useSearchParams();
  const info = usePublicAwareness(token);
  const start = useStartWithCode(token);
  const submit = useSubmitResponse(token);
  const [code, setCode] = useState('');
  const [form, setForm] = useState<PublicForm | null>(null);
  const [phase, setPhase] = useState<AwarenessPhase | null>(null);
  const [receipt, setReceipt] = useState<PublicReceipt | null>(null);
  const prefilled = (params.get('c') ?? '').toUpperCase();
  const autoStarted = useRef(false);

  const begin = (value: string) => {
    setCode(value);
    start.mutate(value, {
      onSuccess: (f) => {
        setForm(f);
        const pending = f.phases.filter((p) => p.open && !p.submitted);
        setPhase(pending.length === 1 ? pending[0]!.phase : null);
      },
    });
  };
  // A code in the QR's address starts at once: one scan, straight to the questions.
  useEffect(() => {
    if (prefilled && !autoStarted.current && info.data) {
      autoStarted.current = true;
      begin(prefilled);
    }
  });

  if (info.isPending) return <PageLoader />;
  if (info.error) {
    return (
      <PhonePage title={t('awareness.public.title')}>
        <ProblemAlert error={info.error} />
      </PhonePage>
    );
  }
  const c = info.data;
  const subtitle = `${c.conferenceTitle} · ${formatDate(c.startDate)}`;
  const phaseTitle = (p: AwarenessPhase) => t(`awareness.phase.${p}`);

  if (receipt) {
    const next = form?.phases.find((p) => p.open && !p.submitted && p.phase !== receipt.phase);
    return (
      <PhonePage title={t('awareness.public.thanks.title')} subtitle={subtitle}>
        <Stack gap="md" align="stretch">
          <Text size="lg">{t('awareness.public.thanks.body', { phase: phaseTitle(receipt.phase) })}</Text>
          {receipt.phase === 'post' && receipt.score !== null && (
            <Alert color="green" variant="light" title={t('awareness.public.thanks.scoreTitle')}>
              <Text size="xl" fw={700}>
                {t('awareness.public.thanks.score', { score: receipt.score, max: receipt.maxScore ?? 0 })}
              </Text>
            </Alert>
          )}
          {next && (
            <Button
              size="lg"
              variant="light"
              onClick={() => {
                setForm((f) => f && { ...f, phases: f.phases.map((p) => (p.phase === receipt.phase ? { ...p, submitted: true } : p)) });
                setReceipt(null);
                submit.reset();
                setPhase(next.phase);
              }}
            >
              {t('awareness.public.thanks.next', { phase: phaseTitle(next.phase) })}
            </Button>
          )}
        </Stack>
      </PhonePage>
    );
  }

  if (!form) {
    return (
      <PhonePage title={t('awareness.public.title')} subtitle={subtitle}>
        {start.isPending && prefilled ? <PageLoader /> : <CodeStep initialCode={code || prefilled} loading={start.isPending} error={start.error} onSubmit={begin} />}
      </PhonePage>
    );
  }

  const pending = form.phases.filter((p) => p.open && !p.submitted);
  if (!phase) {
    return (
      <PhonePage title={t('awareness.public.title')} subtitle={subtitle}>
        <Stack gap="md">
          {pending.length === 0 ? (
            <Text size="lg">{form.phases.some((p) => p.open) ? t('awareness.public.phase.allDone') : t('awareness.public.phase.noneOpen')}</Text>
          ) : (
            <>
              <Title order={2} fz="lg">
                {t('awareness.public.phase.choose')}
              </Title>
              {pending.map((p) => (
                <Button key={p.phase} size="lg" variant="light" onClick={() => setPhase(p.phase)}>
                  {phaseTitle(p.phase)}
                </Button>
              ))}
            </>
          )}
        </Stack>
      </PhonePage>
    );
  }

  const done = (r: PublicReceipt) => setReceipt(r);
  return (
    <PhonePage title={phaseTitle(phase)} subtitle={subtitle}>
      {phase === 'survey' ? (
        <SurveyForm loading={submit.isPending} error={submit.error} onSubmit={(ratings, comment) => submit.mutate({ code, phase, ratings, comment }, { onSuccess: done })} />
      ) : (
        <TestForm questions={form.questions} loading={submit.isPending} error={submit.error} onSubmit={(answers) => submit.mutate({ code, phase, answers }, { onSuccess: done })} />
      )}
    </PhonePage>
  );
}
