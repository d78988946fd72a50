import { Badge, Button, Container, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Question } from '../../../../shared/api/awareness';
import { can, isNationalRole } from '../../../../shared/auth/permissions';
import { ConfirmButton } from '../../../components/confirm-button';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { PageHeader } from '../../../components/page-header';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useDeleteQuestion } from '../api/delete-question';
import { useQuestions, type QuestionListParams } from '../api/list-questions';
import { QuestionDialog } from '../components/question-dialog';
import { ThemeSelect } from '../components/theme-select';

const pageSize = 30;

/** /training/questions — the question bank: the national one and the province's own, by theme. */
export function QuestionBankRoute() {
  const t = useT();
  const toast = useToast();
  const user = useSignedInUser();
  const [filters, setFilters] = useState<Omit<QuestionListParams, 'page' | 'pageSize'>>({ q: '', theme: '', owner: '', province: '', active: '' });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const query = useQuestions({ ...filters, page, pageSize });
  const remove = useDeleteQuestion();
  const canWrite = can(user.role, 'conferences.manage');
  const change = (c: Partial<typeof filters>) => {
    setFilters((f) => ({ ...f, ...c }));
    setPage(1);
  };
  const filtered = Boolean(filters.q || filters.theme || filters.owner || filters.province || filters.active);
  // A province's accounts read only their own province's questions besides the national bank: nothing to choose.
  const choosesProvince = isNationalRole(user.role);
  const create = canWrite && <Button onClick={() => setEditing('new')}>{t('awareness.bank.create')}</Button>;

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('awareness.bank.title')} description={t('awareness.bank.description')} crumbs={[{ label: t('conferences.title'), to: '/training' }]} actions={create} />
      <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
        <TextInput label={t('awareness.bank.search')} placeholder={t('awareness.bank.searchHint')} value={filters.q} onChange={(e) => change({ q: e.currentTarget.value })} w={260} />
        <ThemeSelect label={t('awareness.bank.theme')} placeholder={t('common.all')} clearable value={filters.theme || null} onChange={(v) => change({ theme: v ?? '' })} w={260} />
        <Select
          label={t('awareness.bank.owner')}
          placeholder={t('common.all')}
          clearable
          value={filters.owner || null}
          onChange={(v) => change({ owner: (v ?? '') as QuestionListParams['owner'] })}
          data={[
            { value: 'national', label: t('awareness.bank.national') },
            { value: 'province', label: t('awareness.bank.provincial') },
          ]}
          w={200}
        />
        {choosesProvince && (
          <div style={{ width: 240, maxWidth: '100%' }}>
            <ProvinceSelect label={t('awareness.bank.province')} placeholder={t('common.all')} value={filters.province || null} onChange={(code) => change({ province: code ?? '' })} clearable />
          </div>
        )}
        <Select
          label={t('awareness.bank.status')}
          placeholder={t('common.all')}
          clearable
          value={filters.active || null}
          onChange={(v) => change({ active: (v ?? '') as QuestionListParams['active'] })}
          data={[
            { value: 'true', label: t('awareness.bank.activeYes') },
            { value: 'false', label: t('awareness.bank.activeNo') },
          ]}
          w={160}
        />
      </Group>
      {remove.error ? <ProblemAlert error={remove.error} /> : null}
      <ListState
        query={query}
        empty={<EmptyNotice title={t(filtered ? 'awareness.bank.empty' : 'awareness.bank.none')} description={t(filtered ? 'common.empty.searchHint' : 'awareness.bank.noneHint')} action={filtered ? undefined : create} />}
      >
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('awareness.bank.text')}</Table.Th>
                    <Table.Th>{t('awareness.bank.theme')}</Table.Th>
                    <Table.Th>{t('awareness.bank.owner')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((q) => (
                    <Table.Tr key={q.id} opacity={q.active ? 1 : 0.6}>
                      <Table.Td>
                        <Text size="sm">{q.text}</Text>
                        <Text size="xs" c="dimmed">
                          {t('awareness.questions.answer', { answer: q.correct.map((i) => q.options[i]).join('; ') })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" size="sm">
                          {t(`conferences.theme.${q.theme}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {q.province ? q.province.name : t('awareness.bank.national')}
                        {!q.active && (
                          <Text size="xs" c="dimmed">
                            {t('awareness.bank.activeNo')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {q.canEdit && (
                          <Group gap="xs" wrap="nowrap" justify="flex-end">
                            <Button size="xs" variant="subtle" onClick={() => setEditing(q)}>
                              {t('awareness.bank.edit')}
                            </Button>
                            <ConfirmButton
                              variant="subtle"
                              color="red"
                              title={t('awareness.bank.delete')}
                              message={t('awareness.bank.deleteConfirm')}
                              confirmLabel={t('awareness.bank.delete')}
                              loading={remove.isPending}
                              onConfirm={() => remove.mutate(q.id, { onSuccess: () => toast(t('awareness.bank.deleted')) })}
                            >
                              {t('awareness.bank.delete')}
                            </ConfirmButton>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </ListState>
      {editing && (
        <QuestionDialog
          question={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            toast(t('common.saved'));
          }}
        />
      )}
    </Container>
  );
}
