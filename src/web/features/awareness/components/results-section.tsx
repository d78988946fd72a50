import { Button, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { AwarenessResults, ScoreSummary } from '../../../../shared/api/awareness';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { surveySummaryUrl, useResults } from '../api/get-results';
import { BarChart } from './bar-chart';
import { CommentList } from './comment-list';
import { CommentsDialog } from './comments-dialog';
import type { ChartOption } from './echarts';
import { Section } from './section';

const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, { maximumFractionDigits: 1 }));
const gain = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${formatNumber(v, { maximumFractionDigits: 1 })}`);
const share = (v: number | null) => (v === null ? '—' : formatPercent(v * 100, { maximumFractionDigits: 1 }));

type Point = { id: string; name: string };

/**
 * Results of the tests and the survey, with charts and the Word and Excel summaries. Of the
 * comments, the newest few; the rest open page by page (a national conference gets thousands).
 */
export function ResultsSection({ conferenceId, points }: { conferenceId: string; points: Point[] }) {
  const t = useT();
  const query = useResults(conferenceId);
  const actions = (
    <>
      <Button component="a" href={surveySummaryUrl(conferenceId, 'docx')} variant="default" download>
        {t('awareness.results.word')}
      </Button>
      <Button component="a" href={surveySummaryUrl(conferenceId, 'xlsx')} variant="default" download>
        {t('awareness.results.excel')}
      </Button>
    </>
  );
  return (
    <Section id="awareness-results" title={t('awareness.results.title')} actions={actions}>
      {query.isPending ? <PageLoader /> : query.error ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : <ResultsBody r={query.data} points={points} />}
    </Section>
  );
}

function ResultsBody({ r, points }: { r: AwarenessResults; points: Point[] }) {
  const t = useT();
  const [allComments, setAllComments] = useState(false);
  const groups = useMemo(
    () => [
      { label: t('awareness.results.overall'), s: r.overall as ScoreSummary },
      ...r.byTheme.map((x) => ({ label: t(`conferences.theme.${x.theme}`), s: x as ScoreSummary })),
    ],
    [r, t],
  );
  const scoreChart = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v) => pct(typeof v === 'number' ? v : null) },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: groups.map((g) => g.label), axisLabel: { width: 160, overflow: 'truncate' } },
      series: [
        { type: 'bar', name: t('awareness.results.before'), data: groups.map((g) => g.s.meanBefore), itemStyle: { color: '#adb5bd' } },
        { type: 'bar', name: t('awareness.results.after'), data: groups.map((g) => g.s.meanAfter), itemStyle: { color: '#1c7ed6' } },
      ],
    }),
    [groups, t],
  );
  const ratingChart = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: r.survey.ratings.map((d) => t(`awareness.survey.item.${d.item}`)) },
      series: [1, 2, 3, 4, 5].map((v) => ({
        type: 'bar' as const,
        stack: 'ratings',
        name: t('awareness.results.points', { value: v }),
        data: r.survey.ratings.map((d) => d.counts[v - 1] ?? 0),
        itemStyle: { color: ['#fa5252', '#fd7e14', '#fab005', '#82c91e', '#2f9e44'][v - 1] },
      })),
    }),
    [r, t],
  );

  if (r.overall.preResponses + r.overall.postResponses + r.survey.responses === 0) {
    return <Text c="dimmed">{t('awareness.results.empty')}</Text>;
  }
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label={t('awareness.results.meanBefore')} value={pct(r.overall.meanBefore)} />
        <Figure label={t('awareness.results.meanAfter')} value={pct(r.overall.meanAfter)} />
        <Figure label={t('awareness.results.gain')} value={gain(r.overall.pairedGain)} hint={t('awareness.results.pairs', { count: r.overall.pairs })} />
        <Figure
          label={t('awareness.results.responseRate')}
          value={share(r.responseRate)}
          hint={t('awareness.results.codesUsed', { used: formatNumber(r.codesUsed), issued: formatNumber(r.codesIssued), attendance: share(r.attendanceRate) })}
        />
      </SimpleGrid>
      {r.questions > 0 && <BarChart option={scoreChart} height={80 + groups.length * 48} label={t('awareness.results.chartScores')} />}
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="awareness-score-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('awareness.results.group')}</Table.Th>
              <Table.Th ta="right">{t('awareness.results.preResponses')}</Table.Th>
              <Table.Th ta="right">{t('awareness.results.postResponses')}</Table.Th>
              <Table.Th ta="right">{t('awareness.results.before')}</Table.Th>
              <Table.Th ta="right">{t('awareness.results.after')}</Table.Th>
              <Table.Th ta="right">{t('awareness.results.gainShort')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[
              ...groups.slice(0, 1),
              ...r.byPoint.map((p) => ({ label: p.name ?? t('awareness.codes.wholeConference'), s: p as ScoreSummary })),
              ...groups.slice(1),
            ].map((g, i) => (
              <Table.Tr key={`${i}-${g.label}`}>
                <Table.Td fw={i === 0 ? 600 : undefined}>{g.label}</Table.Td>
                <Table.Td ta="right">{formatNumber(g.s.preResponses)}</Table.Td>
                <Table.Td ta="right">{formatNumber(g.s.postResponses)}</Table.Td>
                <Table.Td ta="right">{pct(g.s.meanBefore)}</Table.Td>
                <Table.Td ta="right">{pct(g.s.meanAfter)}</Table.Td>
                <Table.Td ta="right">{gain(g.s.pairedGain)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={4} fz="md">
        {t('awareness.results.survey', { count: r.survey.responses })}
      </Title>
      {r.survey.responses > 0 && <BarChart option={ratingChart} height={260} label={t('awareness.results.chartRatings')} />}
      {r.survey.responses > 0 && (
        // The average per criterion, as the Word report gives it: what a reader quotes.
        <Table.ScrollContainer minWidth={420}>
          <Table striped data-testid="awareness-rating-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('awareness.results.criterion')}</Table.Th>
                <Table.Th ta="right">{t('awareness.results.ratings')}</Table.Th>
                <Table.Th ta="right">{t('awareness.results.average')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.survey.ratings.map((d) => (
                <Table.Tr key={d.item}>
                  <Table.Td>{t(`awareness.survey.item.${d.item}`)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(d.counts.reduce((a, b) => a + b, 0))}</Table.Td>
                  <Table.Td ta="right">{d.mean === null ? '—' : t('awareness.results.outOfFive', { value: formatNumber(d.mean, { maximumFractionDigits: 1 }) })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {r.survey.commentCount > 0 && (
        <Stack gap="xs">
          <Title order={5} fz="sm">
            {t('awareness.comments.title', { total: formatNumber(r.survey.commentCount) })}
          </Title>
          <CommentList comments={r.survey.latestComments} />
          {r.survey.commentCount > r.survey.latestComments.length && (
            <Button variant="light" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => setAllComments(true)}>
              {t('awareness.comments.viewAll', { total: formatNumber(r.survey.commentCount) })}
            </Button>
          )}
        </Stack>
      )}
      {allComments && <CommentsDialog conferenceId={r.conference.id} points={points} onClose={() => setAllComments(false)} />}
    </Stack>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fz={24} fw={700}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
