import { ActionIcon, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { DateField } from '../../../components/date-field';
import { OrganisationSelect } from '../../../components/organisation-select/organisation-select';
import type { FieldErrors } from '../../../lib/form-state';
import { useT } from '../../../lib/use-t';
import { emptyMember, emptyRecommendation, emptyUnit, type MemberRow, type RecommendationRow, type UnitRow } from './form-values';

/*
 * The repeated parts of a visit: units visited, members of the delegation, and recommendations.
 * Each row has a remove button; errors come at `<list>.<index>.<field>` as the server writes them.
 */

type ListProps<T> = { rows: T[]; onChange: (rows: T[]) => void; errors: FieldErrors; province: string | null; path: string };

function replaceAt<T>(rows: T[], index: number, row: T): T[] {
  return rows.map((r, i) => (i === index ? row : r));
}

function Section({ title, hint, children, addLabel, onAdd, empty }: { title: string; hint?: string; children: ReactNode; addLabel: string; onAdd: () => void; empty: string | null }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
      <Stack gap="sm">
        <div>
          <Title order={4}>{title}</Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {empty && (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {children}
        <Group>
          <Button variant="light" size="xs" onClick={onAdd}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RemoveButton({ onClick }: { onClick: () => void }) {
  const t = useT();
  return (
    <ActionIcon variant="subtle" color="red" aria-label={t('workingVisits.remove')} title={t('workingVisits.remove')} onClick={onClick} mt={{ base: 0, sm: 26 }}>
      ×
    </ActionIcon>
  );
}

export function UnitRows({ rows, onChange, errors, province, path }: ListProps<UnitRow>) {
  const t = useT();
  return (
    <Section title={t('workingVisits.units.title')} addLabel={t('workingVisits.units.add')} onAdd={() => onChange([...rows, emptyUnit()])} empty={rows.length ? null : t('workingVisits.units.none')}>
      {rows.map((row, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" gap="sm" data-testid="visited-unit">
          <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: 1 }}>
            <OrganisationSelect
              label={t('workingVisits.units.organisation')}
              province={province}
              value={row.organisationId}
              onChange={(id) => onChange(replaceAt(rows, i, { ...row, organisationId: id }))}
              error={errors[`${path}.${i}.organisationId`]}
            />
            <TextInput
              label={t('workingVisits.units.name')}
              value={row.name}
              onChange={(e) => onChange(replaceAt(rows, i, { ...row, name: e.currentTarget.value }))}
              error={errors[`${path}.${i}.name`]}
              disabled={row.organisationId !== null}
            />
          </SimpleGrid>
          <RemoveButton onClick={() => onChange(rows.filter((_, j) => j !== i))} />
        </Group>
      ))}
    </Section>
  );
}

export function MemberRows({ rows, onChange, errors, path }: ListProps<MemberRow>) {
  const t = useT();
  return (
    <Section
      title={t('workingVisits.members.title')}
      hint={t('workingVisits.members.hint')}
      addLabel={t('workingVisits.members.add')}
      onAdd={() => onChange([...rows, emptyMember()])}
      empty={rows.length ? null : t('workingVisits.members.none')}
    >
      {rows.map((row, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" gap="sm" data-testid="visit-member">
          <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
            <TextInput
              label={t('workingVisits.members.name')}
              value={row.name}
              onChange={(e) => onChange(replaceAt(rows, i, { ...row, name: e.currentTarget.value }))}
              error={errors[`${path}.${i}.name`]}
              required
            />
            <TextInput
              label={t('workingVisits.members.position')}
              value={row.position}
              onChange={(e) => onChange(replaceAt(rows, i, { ...row, position: e.currentTarget.value }))}
              error={errors[`${path}.${i}.position`]}
            />
            <OrganisationSelect
              label={t('workingVisits.members.organisation')}
              province={null}
              value={row.organisationId}
              onChange={(id) => onChange(replaceAt(rows, i, { ...row, organisationId: id }))}
              error={errors[`${path}.${i}.organisationId`]}
            />
          </SimpleGrid>
          <RemoveButton onClick={() => onChange(rows.filter((_, j) => j !== i))} />
        </Group>
      ))}
    </Section>
  );
}

export function RecommendationRows({ rows, onChange, errors, province, path }: ListProps<RecommendationRow>) {
  const t = useT();
  return (
    <Section
      title={t('workingVisits.recommendations.title')}
      hint={t('workingVisits.recommendations.hint')}
      addLabel={t('workingVisits.recommendations.add')}
      onAdd={() => onChange([...rows, emptyRecommendation()])}
      empty={null}
    >
      {rows.map((row, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" gap="sm" data-testid="visit-recommendation">
          <Stack gap="xs" style={{ flex: 1 }}>
            <SegmentedControl
              aria-label={t('workingVisits.recommendations.nature')}
              value={row.nature}
              onChange={(value) => onChange(replaceAt(rows, i, { ...row, nature: value as RecommendationRow['nature'] }))}
              data={(['recommendation', 'finding'] as const).map((n) => ({ value: n, label: t(`workingVisits.nature.${n}`) }))}
              style={{ alignSelf: 'flex-start' }}
            />
            <Textarea
              label={t('workingVisits.recommendations.text')}
              value={row.text}
              onChange={(e) => onChange(replaceAt(rows, i, { ...row, text: e.currentTarget.value }))}
              error={errors[`${path}.${i}.text`]}
              autosize
              minRows={2}
              required
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <OrganisationSelect
                label={t('workingVisits.recommendations.lead')}
                province={province}
                value={row.leadOrganisationId}
                onChange={(id) => onChange(replaceAt(rows, i, { ...row, leadOrganisationId: id }))}
                error={errors[`${path}.${i}.leadOrganisationId`]}
              />
              <DateField
                label={t('workingVisits.recommendations.dueDate')}
                value={row.dueDate}
                onChange={(iso) => onChange(replaceAt(rows, i, { ...row, dueDate: iso }))}
                error={errors[`${path}.${i}.dueDate`]}
              />
            </SimpleGrid>
          </Stack>
          <RemoveButton onClick={() => onChange(rows.filter((_, j) => j !== i))} />
        </Group>
      ))}
    </Section>
  );
}
