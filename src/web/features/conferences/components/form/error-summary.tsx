import { Alert, Anchor, List } from '@mantine/core';
import type { FieldErrors } from '../../../../lib/form-state';
import type { MessageId } from '../../../../lib/messages';
import { useT } from '../../../../lib/use-t';
import type { ConferenceFormValues, RowListKey } from './form-values';

const lists: Record<Exclude<RowListKey, 'outcomes'>, { section: string; row: MessageId }> = {
  organisers: { section: 'conference-organisers', row: 'conferences.organisers.row' },
  connectionPoints: { section: 'conference-points', row: 'conferences.points.row' },
  officials: { section: 'conference-officials', row: 'conferences.officials.row' },
  agenda: { section: 'conference-agenda', row: 'conferences.agenda.row' },
  materials: { section: 'conference-materials', row: 'conferences.materials.row' },
  sources: { section: 'conference-sources', row: 'conferences.sources.row' },
};
const participantFields = ['participantsPlanned', 'participantsActual', 'participantsQualifier', 'audiences'];

/**
 * Every problem of a refused save at the top of the long form, each naming its row ("Điểm cầu 2:
 * …") and linking to its section, since the field itself may be far down the page.
 */
export function ErrorSummary({ errors, values }: { errors: FieldErrors; values: ConferenceFormValues }) {
  const t = useT();
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (entries.length === 0) return null;

  const describe = (path: string): { section: string; prefix: string | null } => {
    const [list, index] = path.split('.');
    const n = Number(index);
    if (list === 'outcomes') {
      const row = values.outcomes[n];
      const local = row ? values.outcomes.filter((o) => o.kind === row.kind).indexOf(row) : -1;
      const prefix = row && local >= 0 ? t(`conferences.outcomes.${row.kind}.row`, { n: local + 1 }) : null;
      return { section: 'conference-outcomes', prefix };
    }
    const known = lists[list as keyof typeof lists];
    if (known) return { section: known.section, prefix: Number.isInteger(n) ? t(known.row, { n: n + 1 }) : null };
    return { section: participantFields.includes(list!) ? 'conference-participants' : 'conference-general', prefix: null };
  };

  return (
    <Alert color="red" variant="light" title={t('conferences.form.errorsTitle', { count: entries.length })} role="alert">
      <List size="sm" spacing={2}>
        {entries.map(([path, message]) => {
          const { section, prefix } = describe(path);
          return (
            <List.Item key={path}>
              <Anchor href={`#${section}`} size="sm" c="red.9">
                {prefix ? `${prefix}: ${message}` : message}
              </Anchor>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
