import { Button, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { indicatorRuleInputSchema, ruleOperators, ruleSeverities, type Indicator } from '../../../../shared/api/indicators';
import { ConfirmButton } from '../../../components/confirm-button';
import { EmptyNotice } from '../../../components/empty-notice';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useFormState } from '../../../lib/form-state';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useCreateRule, useDeleteRule, useIndicatorRules } from '../api/indicator-rules';

const blank = { leftCode: '', operator: '<=', rightCode: '', factor: 1 as number | string, severity: 'error', message: '' };

/** The rules a report's values are checked against, and (for national admins) adding and deleting them. */
export function RulesSection({ indicators, canEdit }: { indicators: Indicator[]; canEdit: boolean }) {
  const t = useT();
  const toast = useToast();
  const rules = useIndicatorRules();
  const creating = useCreateRule();
  const deleting = useDeleteRule();
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const form = useFormState(blank);
  const { values: v, errors, setField } = form;
  const nameOf = new Map(indicators.map((i) => [i.code, i.nameVi]));
  const choices = indicators.filter((i) => i.active).map((i) => ({ value: i.code, label: `${i.code} — ${i.nameVi}` }));

  const add = () => {
    const input = form.validate(indicatorRuleInputSchema, { ...v, factor: v.factor === '' ? 1 : Number(v.factor) });
    if (!input) return;
    creating.mutate(input, {
      onSuccess: () => {
        toast(t('indicators.rules.added'));
        form.setValues(blank);
      },
      onError: (error) => form.applyProblem(error),
    });
  };

  return (
    <Paper withBorder p="md" radius="md" mt="lg">
      <Title order={3} size="h4">
        {t('indicators.rules.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('indicators.rules.description')}
      </Text>
      {rules.isPending ? (
        <PageLoader />
      ) : rules.isError ? (
        <ProblemAlert error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.data.items.length === 0 ? (
        <EmptyNotice title={t('indicators.rules.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('indicators.rules.left')}</Table.Th>
                <Table.Th>{t('indicators.rules.operator')}</Table.Th>
                <Table.Th>{t('indicators.rules.right')}</Table.Th>
                <Table.Th>{t('indicators.rules.severity')}</Table.Th>
                <Table.Th>{t('indicators.rules.message')}</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td title={nameOf.get(r.leftCode)}>{r.leftCode}</Table.Td>
                  <Table.Td>{r.operator}</Table.Td>
                  <Table.Td title={nameOf.get(r.rightCode)}>
                    {r.rightCode}
                    {r.factor !== 1 && ` × ${formatNumber(r.factor)}`}
                  </Table.Td>
                  <Table.Td>{t(`indicators.rules.severity.${r.severity}`)}</Table.Td>
                  <Table.Td>{r.message}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <ConfirmButton
                        title={t('indicators.rules.deleteConfirm')}
                        message={r.message}
                        confirmLabel={t('indicators.rules.delete')}
                        color="red"
                        variant="subtle"
                        loading={deleting.isPending && deletingId === r.id}
                        onConfirm={() => {
                          setDeletingId(r.id);
                          deleting.mutate(r.id, { onSuccess: () => toast(t('indicators.rules.deleted')) });
                        }}
                      >
                        {t('indicators.rules.delete')}
                      </ConfirmButton>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {deleting.error && <ProblemAlert error={deleting.error} />}
      {canEdit && (
        <Stack gap="xs" mt="md">
          {creating.error && !Object.keys(errors).length && <ProblemAlert error={creating.error} />}
          <Group align="flex-start" grow>
            <Select label={t('indicators.rules.left')} data={choices} value={v.leftCode || null} onChange={(x) => setField('leftCode', x ?? '')} error={errors.leftCode} searchable />
            <Select label={t('indicators.rules.operator')} data={[...ruleOperators]} value={v.operator} onChange={(x) => setField('operator', x ?? '<=')} error={errors.operator} allowDeselect={false} maw={110} />
            <Select label={t('indicators.rules.right')} data={choices} value={v.rightCode || null} onChange={(x) => setField('rightCode', x ?? '')} error={errors.rightCode} searchable />
            <NumberInput label={t('indicators.rules.factor')} value={v.factor} onChange={(x) => setField('factor', x)} decimalSeparator="," thousandSeparator="." error={errors.factor} maw={120} />
          </Group>
          <Group align="flex-start" grow>
            <Select
              label={t('indicators.rules.severity')}
              data={ruleSeverities.map((s) => ({ value: s, label: t(`indicators.rules.severity.${s}`) }))}
              value={v.severity}
              onChange={(x) => setField('severity', x ?? 'error')}
              allowDeselect={false}
              maw={260}
            />
            <TextInput label={t('indicators.rules.message')} value={v.message} onChange={(e) => setField('message', e.currentTarget.value)} error={errors.message} />
          </Group>
          <Group justify="flex-end">
            <Button onClick={add} loading={creating.isPending}>
              {t('indicators.rules.add')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
