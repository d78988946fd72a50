import { Text } from '@mantine/core';
import type { Conference } from '../../../../../shared/api/conferences';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { useProvinceCommunes } from '../../api/list-province-communes';
import { formatCount, formatDateRange } from '../conference-text';
import { StatusBadge } from '../status-badge';
import { ThemeBadges } from '../theme-badges';
import { DetailSection } from './detail-section';
import { FactsList, type Fact } from './facts-list';

/** Thông tin chung: when, where, who organised it, how many attended, and what about. */
export function ConferenceOverview({ conference: c }: { conference: Conference }) {
  const t = useT();
  const communes = useProvinceCommunes(c.communeCode ? (c.province?.code ?? null) : null).data;
  const communeName = communes?.find((x) => x.code === c.communeCode)?.fullName ?? c.communeCode;
  const names = (role: 'organizer' | 'co_organizer') =>
    c.organisers.filter((o) => o.role === role).map((o) => (o.shortName ? `${o.name} (${o.shortName})` : o.name));

  const when = [
    c.partOfDay ? t(`conferences.partOfDay.${c.partOfDay}`) : null,
    formatDateRange(c.startDate, c.endDate),
    c.startTime ? t('conferences.detail.atTime', { time: c.startTime }) : null,
  ].filter(Boolean);
  const place = [
    c.province?.name ?? t('common.national'),
    // A province that was not merged (Cao Bằng) is its own "old province": no need to say so.
    c.legacyProvince && c.legacyProvince.name !== c.province?.name ? t('conferences.legacySuffix', { province: c.legacyProvince.name }) : null,
    c.communeCode ? `– ${communeName}` : null,
  ].filter(Boolean);
  const total = c.participantsActual ?? c.participantsPlanned;
  const participants = [
    total !== null ? t('conferences.detail.delegates', { count: formatCount(t, total, c.participantsQualifier) }) : null,
    c.participantsActual !== null && c.participantsPlanned !== null ? t('conferences.detail.plannedWas', { count: formatNumber(c.participantsPlanned) }) : null,
  ].filter(Boolean);

  const facts: Fact[] = [
    { label: t('conferences.detail.when'), value: when.join(' ') },
    { label: t('conferences.field.level'), value: t(`conferences.level.${c.level}`) },
    { label: t('conferences.detail.place'), value: place.join(' ') },
    { label: t('conferences.field.format'), value: c.format ? t(`conferences.format.${c.format}`) : '—' },
    { label: t('conferences.field.venue'), value: c.venue ?? '—' },
    { label: t('conferences.field.status'), value: <StatusBadge status={c.status} /> },
    { label: t('conferences.organiserRole.organizer'), value: names('organizer').join('; ') || '—' },
    { label: t('conferences.organiserRole.co_organizer'), value: names('co_organizer').join('; ') || '—' },
    { label: t('conferences.detail.participants'), value: participants.join(' ') || '—' },
    { label: t('conferences.field.audiences'), value: c.audiences.join('; ') || '—' },
    { label: t('conferences.agenda.themes'), value: c.themes.length ? <ThemeBadges themes={c.themes} /> : '—' },
  ];

  return (
    <DetailSection title={t('conferences.section.general')}>
      <FactsList facts={facts} />
      {c.summary && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {c.summary}
        </Text>
      )}
    </DetailSection>
  );
}
