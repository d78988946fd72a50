import { Box, Button, Container, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDate } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useConference } from '../api/get-conference';
import { usePlan } from '../api/get-plan';
import { useCodes } from '../api/list-codes';
import { publicTestUrl } from '../components/phases-section';
import { QrImage } from '../components/qr-image';

/**
 * /training/:id/awareness/codes — the slips to print and cut: each with its code in large type and
 * a QR whose address pre-fills it. Up to 200 slips a page (the API's page size); larger runs
 * print page by page, or from the Excel sheet.
 */
export function CodeSheetRoute() {
  const t = useT();
  const id = useParams().id ?? '';
  const conference = useConference(id);
  const plan = usePlan(id);
  const codes = useCodes(id, { page: 1, pageSize: 200 });
  if (conference.isPending || plan.isPending || codes.isPending) return <PageLoader />;
  const error = conference.error ?? plan.error ?? codes.error;
  if (error) return <ProblemAlert error={error} />;
  const token = plan.data!.publicToken;
  const conferenceTitle = conference.data!.title;
  const conferenceDate = conference.data!.startDate;
  const items = codes.data!.items;
  return (
    <Container size="lg" py="md">
    {/* Printed without the buttons; the page sits outside the app shell so nothing else prints. */}
    <style>{'@media print { .no-print { display: none !important; } @page { size: A4; margin: 10mm; } }'}</style>
    <Stack gap="md">
      <Box className="no-print">
        <PageHeader
          title={t('awareness.codes.sheetTitle')}
          description={conference.data!.title}
          crumbs={[{ label: t('awareness.page.title'), to: `/training/${id}/awareness` }]}
          actions={<Button onClick={() => window.print()}>{t('awareness.codes.printNow')}</Button>}
        />
        {codes.data!.total > items.length && (
          <Text size="sm" c="orange.8">
            {t('awareness.codes.sheetPartial', { shown: items.length, total: codes.data!.total })}
          </Text>
        )}
      </Box>
      {!token || items.length === 0 ? (
        <Text c="dimmed">{t('awareness.codes.empty')}</Text>
      ) : (
        <SimpleGrid cols={3} spacing={0} verticalSpacing={0}>
          {items.map((c) => (
            // Room on every side of a slip (the cut runs along the dashed line), and the conference
            // and its date on each, so a slip found on a table later says what it is for.
            <Box key={c.code} px={14} py={10} style={{ border: '1px dashed #868e96', breakInside: 'avoid', overflow: 'hidden' }}>
              <Text size="xs" fw={600} lineClamp={2} mb={4}>
                {conferenceTitle}
              </Text>
              <Group gap="sm" wrap="nowrap" align="center">
                <QrImage value={`${publicTestUrl(token)}?c=${c.code}`} size={84} label={c.code} />
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="xs">{t('awareness.codes.slipHint')}</Text>
                  <Text ff="monospace" fw={700} fz={18} style={{ letterSpacing: '0.08em', whiteSpace: 'nowrap' }}>
                    {c.code}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {[formatDate(conferenceDate), c.connectionPointName].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
              </Group>
            </Box>
          ))}
        </SimpleGrid>
      )}
    </Stack>
    </Container>
  );
}
