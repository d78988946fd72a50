import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { usePublicCheckIn, usePublicCheckInPoint } from '../api/public-check-in';
import { PhonePage } from '../components/phone-page';

/**
 * /d/:token — self check-in at one connection point, from the QR shown there. The person types
 * their name (and agency, to tell two namesakes apart); the server answers "checked in" or "not
 * on the list", and the page never sees the list itself.
 */
export function PublicCheckInRoute() {
  const t = useT();
  const token = useParams().token ?? '';
  const point = usePublicCheckInPoint(token);
  const checkIn = usePublicCheckIn(token);
  const [fullName, setFullName] = useState('');
  const [agency, setAgency] = useState('');

  if (point.isPending) return <PageLoader />;
  if (point.error) {
    return (
      <PhonePage title={t('awareness.checkIn.public.title')}>
        <ProblemAlert error={point.error} />
      </PhonePage>
    );
  }
  const p = point.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    checkIn.mutate({ fullName, agency: agency.trim() || null });
  };
  return (
    <PhonePage title={t('awareness.checkIn.public.title')} subtitle={`${p.conferenceTitle} · ${formatDate(p.startDate)}`}>
      {checkIn.data ? (
        <Alert color="green" variant="light" title={t('awareness.checkIn.public.done')}>
          <Text size="lg">{t('awareness.checkIn.public.where', { point: checkIn.data.pointName, at: formatDateTime(checkIn.data.at) })}</Text>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="lg" fw={600}>
              {t('awareness.checkIn.public.point', { point: p.pointName })}
            </Text>
            <TextInput size="lg" label={t('awareness.checkIn.public.name')} value={fullName} onChange={(e) => setFullName(e.currentTarget.value)} autoComplete="name" required />
            <TextInput
              size="lg"
              label={t('awareness.checkIn.public.agency')}
              description={t('awareness.checkIn.public.agencyHint')}
              value={agency}
              onChange={(e) => setAgency(e.currentTarget.value)}
              autoComplete="organization"
            />
            {checkIn.error ? <ProblemAlert error={checkIn.error} /> : null}
            <Button type="submit" size="lg" loading={checkIn.isPending} disabled={fullName.trim().length < 2}>
              {t('awareness.checkIn.public.submit')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('awareness.checkIn.public.privacy')}
            </Text>
          </Stack>
        </form>
      )}
    </PhonePage>
  );
}
