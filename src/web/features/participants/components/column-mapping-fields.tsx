import { Select, SimpleGrid, Table, Text } from '@mantine/core';
import { importFields, type ImportField, type ImportPreview } from '../../../../shared/api/participants';
import { useT } from '../../../lib/use-t';
import { columnLetter, fieldLabelId } from './import-labels';

export type DraftMapping = Record<ImportField, number | null>;

type Props = { preview: ImportPreview; mapping: DraftMapping; onChange: (mapping: DraftMapping) => void; error?: string };

/**
 * One select per field, set to the suggested column; the person corrects it when their headings
 * differ. Below, the first rows as they will be read with the chosen columns.
 */
export function ColumnMappingFields({ preview, mapping, onChange, error }: Props) {
  const t = useT();
  const options = preview.headers.map((h, i) => ({
    value: String(i),
    label: t('participants.import.columnOption', { letter: columnLetter(i), header: h || t('participants.import.noHeader') }),
  }));
  const cell = (row: string[], field: ImportField) => {
    const column = mapping[field];
    return column === null ? '' : (row[column] ?? '');
  };
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {importFields.map((field) => (
          <Select
            key={field}
            label={t(fieldLabelId[field])}
            placeholder={t('participants.import.skipColumn')}
            data={options}
            value={mapping[field] === null ? null : String(mapping[field])}
            onChange={(v) => onChange({ ...mapping, [field]: v === null ? null : Number(v) })}
            clearable={field !== 'name'}
            required={field === 'name'}
            error={field === 'name' ? error : undefined}
          />
        ))}
      </SimpleGrid>
      {preview.sampleRows.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="sm">
            {t('participants.import.sampleTitle')}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing={4} fz="xs" aria-label={t('participants.import.sampleTitle')}>
              <Table.Thead>
                <Table.Tr>
                  {importFields.map((f) => (
                    <Table.Th key={f}>{t(fieldLabelId[f])}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.sampleRows.map((row, i) => (
                  <Table.Tr key={i}>
                    {importFields.map((f) => (
                      <Table.Td key={f}>{cell(row, f)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </>
  );
}
