import { Anchor, List, Text } from '@mantine/core';
import type { Conference } from '../../../../../shared/api/conferences';
import { formatDate } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { DetailSection } from './detail-section';

/** A stored original (served by GET /api/files/:id). */
const storedFileUrl = (fileId: string) => `/api/files/${encodeURIComponent(fileId)}`;

const linkOrText = (url: string | null, text: string) =>
  url ? (
    <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm">
      {text}
    </Anchor>
  ) : (
    <Text span size="sm">
      {text}
    </Text>
  );

/** Tài liệu: what was handed out or shown, linked where there is an address. */
export function MaterialsList({ conference: c }: { conference: Conference }) {
  const t = useT();
  return (
    <DetailSection title={t('conferences.section.materials')}>
      <List spacing="xs" size="sm">
        {c.materials.map((m, i) => (
          <List.Item key={i}>
            <Text span size="sm" c="dimmed">{`${t(`conferences.materialKind.${m.kind}`)}: `}</Text>
            {linkOrText(m.url ?? (m.fileId ? storedFileUrl(m.fileId) : null), m.title)}
            {m.agendaItemIndex !== null && c.agenda[m.agendaItemIndex] && (
              <Text span size="xs" c="dimmed">{` (${t('conferences.agenda.row', { n: m.agendaItemIndex + 1 })})`}</Text>
            )}
          </List.Item>
        ))}
      </List>
    </DetailSection>
  );
}

/** Nguồn tin: the articles this record was taken from, for anyone who wants to check it. */
export function SourcesList({ conference: c }: { conference: Conference }) {
  const t = useT();
  return (
    <DetailSection title={t('conferences.section.sources')}>
      <List spacing="xs" size="sm">
        {c.sources.filter((s) => s.url || s.title || s.publisher || s.fileId).map((s, i) => {
          const meta = [s.publisher, s.publishedDate && formatDate(s.publishedDate)].filter(Boolean).join(', ');
          return (
            <List.Item key={i}>
              {(s.url || s.title) && linkOrText(s.url, s.title ?? s.url ?? '')}
              {meta && <Text span size="sm" c="dimmed">{s.url || s.title ? ` — ${meta}` : meta}</Text>}
              {/* The article or report as it was uploaded through intake, for checking the record against it. */}
              {s.fileId && (
                <>
                  {(s.url || s.title || meta) && ' · '}
                  <Anchor href={storedFileUrl(s.fileId)} download size="sm">
                    {t('conferences.detail.downloadOriginal')}
                  </Anchor>
                </>
              )}
            </List.Item>
          );
        })}
      </List>
    </DetailSection>
  );
}
