import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { IntakeReport, SaveReport } from '../../../../shared/api/intake-reports';
import { ProblemAlert } from '../../../components/problem-alert';
import { useT } from '../../../lib/use-t';
import { useSaveReport } from '../api/save-report';
import { FiguresReview, initialFigureChoice, typedNumber, type FigureChoice } from './figures-review';
import { FollowupsReview, followupChoiceBlocked, initialFollowupChoice, type FollowupChoice } from './followups-review';

/**
 * Uncertain figures first (a value its indicator cannot take), then the proposed ones (table cells,
 * then sentences), then those matching no indicator, and last those repeating a figure already
 * proposed: the reviewer's attention goes where it is needed.
 */
const order = (f: IntakeReport['proposal']['figures'][number]) => (f.repeats ? 4 : !f.indicatorCode ? 3 : f.warning ? 0 : f.evidence.kind === 'table' ? 1 : 2);
/** Rows shown at first, and added per click: a 100-page report proposes over a thousand figures. */
const PAGE = 60;

/**
 * A provincial report's review: where its figures go (the unit's draft report for the period, or
 * why they cannot), the figures with their evidence, and the limitations and directions to follow
 * up. One save writes the ticked figures and items together, or nothing.
 */
export function ReportReview({ doc }: { doc: IntakeReport }) {
  const t = useT();
  const p = doc.proposal;
  const [shown, setShown] = useState(PAGE);
  const all = [...p.figures].sort((a, b) => order(a) - order(b));
  // A long report states hundreds of numbers, most repeating one already proposed: they wait behind
  // a button, so the screen stays quick and the reviewer reads the proposed ones first.
  const figures = all.slice(0, shown);
  const hidden = all.length - figures.length;
  const [figureChoices, setFigureChoices] = useState<Record<string, FigureChoice>>(() => Object.fromEntries(p.figures.map((f) => [f.key, initialFigureChoice(f)])));
  const [followupChoices, setFollowupChoices] = useState<Record<string, FollowupChoice>>(() => Object.fromEntries(p.followups.map((f) => [f.key, initialFollowupChoice(f)])));
  const save = useSaveReport(doc.id);
  const done = doc.status !== 'ready';
  const refusal = doc.target?.refusal ?? null;
  const itemRefusal = doc.followupRefusal;
  const tickedFigures = all.filter((f) => figureChoices[f.key]!.ticked && figureChoices[f.key]!.indicatorCode);
  const tickedItems = itemRefusal ? [] : p.followups.filter((f) => followupChoices[f.key]!.ticked);
  const badNumber = tickedFigures.some((f) => typedNumber(figureChoices[f.key]!.value) === null);
  const badItem = tickedItems.some((f) => followupChoiceBlocked(followupChoices[f.key]!, p));

  const submit = () => {
    const body: SaveReport = {
      version: doc.version,
      figures: refusal
        ? []
        : tickedFigures.map((f) => {
            const c = figureChoices[f.key]!;
            return { key: f.key, indicatorCode: c.indicatorCode!, value: typedNumber(c.value)!, target: typedNumber(c.target) };
          }),
      followups: tickedItems.map((f) => {
        const c = followupChoices[f.key]!;
        return { key: f.key, text: c.text, nature: f.nature, kind: c.kind, dueDate: c.dueDate || null };
      }),
    };
    save.mutate(body);
  };

  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <Group gap="xl" align="start">
          <Field label={t('intakeReports.review.unit')} value={p.provinceName ? `${p.provinceName}${p.unitKind === 'legacy_province' ? ` ${t('intakeReports.review.legacy')}` : ''}` : '—'} />
          <Field label={t('intakeReports.review.period')} value={p.periodLabel ?? '—'} />
          <Field label={t('intakeReports.review.number')} value={p.reportNumber ?? '—'} />
          <Field label={t('intakeReports.review.form')} value={doc.target ? `${doc.target.formCode}` : '—'} />
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('intakeReports.review.targetReport')}
            </Text>
            {doc.target?.reportId ? (
              <Anchor component={Link} to={`/indicators/reports/${doc.target.reportId}`} size="sm">
                {t(`intakeReports.reportStatus.${(doc.target.status ?? 'draft') as 'draft'}`)}
              </Anchor>
            ) : (
              <Text size="sm">{t('intakeReports.review.newDraft')}</Text>
            )}
          </Stack>
        </Group>
        {refusal && (
          <Alert color="orange" mt="md" title={t('intakeReports.review.cannotSaveFigures')}>
            {refusal}
          </Alert>
        )}
        {p.warnings.map((w) => (
          <Alert key={w} color="yellow" mt="sm">
            {w}
          </Alert>
        ))}
      </Card>

      <Card withBorder padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('intakeReports.figures.heading', { count: p.figures.length })}</Title>
          <Badge variant="light">{t('intakeReports.figures.ticked', { count: tickedFigures.length })}</Badge>
        </Group>
        {p.figures.length === 0 ? (
          <Text c="dimmed">{t('intakeReports.figures.none')}</Text>
        ) : (
          <FiguresReview figures={figures} indicators={doc.target?.indicators ?? []} choices={figureChoices} onChange={(key, c) => setFigureChoices((s) => ({ ...s, [key]: c }))} disabled={done || Boolean(refusal)} />
        )}
        {hidden > 0 && (
          <Button variant="subtle" size="xs" mt="xs" onClick={() => setShown((n) => n + 200)}>
            {t('intakeReports.figures.showMore', { count: Math.min(hidden, 200), left: hidden })}
          </Button>
        )}
      </Card>

      <Card withBorder padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('intakeReports.followups.heading', { count: p.followups.length })}</Title>
          <Badge variant="light">{t('intakeReports.followups.ticked', { count: tickedItems.length })}</Badge>
        </Group>
        {p.followups.length === 0 ? (
          <Text c="dimmed">{t('intakeReports.followups.none')}</Text>
        ) : (
          <FollowupsReview followups={p.followups} report={p} choices={followupChoices} onChange={(key, c) => setFollowupChoices((s) => ({ ...s, [key]: c }))} disabled={done || Boolean(itemRefusal)} />
        )}
        {itemRefusal && !done && (
          <Alert color="orange" mt="sm" title={t('intakeReports.followups.cannotSave')}>
            {itemRefusal}
          </Alert>
        )}
      </Card>

      {save.error && <ProblemAlert error={save.error} />}
      {(save.data || doc.status === 'saved') && (
        <Alert color="green" title={t('intakeReports.saved.title')}>
          <Stack gap={4}>
            {save.data && <Text size="sm">{t('intakeReports.saved.summary', { values: save.data.values, items: save.data.itemIds.length })}</Text>}
            <Group gap="md">
              {(save.data?.reportId ?? doc.savedReportId) && (
                <Anchor component={Link} to={`/indicators/reports/${save.data?.reportId ?? doc.savedReportId}`}>
                  {t('intakeReports.saved.openReport')}
                </Anchor>
              )}
              <Anchor component={Link} to="/follow-up">
                {t('intakeReports.saved.openFollowup')}
              </Anchor>
            </Group>
          </Stack>
        </Alert>
      )}
      {!done && (
        <Group>
          <Button onClick={submit} loading={save.isPending} disabled={(refusal ? 0 : tickedFigures.length) + tickedItems.length === 0 || (!refusal && badNumber) || badItem}>
            {t('intakeReports.review.save', { values: refusal ? 0 : tickedFigures.length, items: tickedItems.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </Stack>
  );
}
