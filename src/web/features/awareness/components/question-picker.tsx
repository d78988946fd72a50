import { Badge, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { awarenessLimits, type AwarenessPlan } from '../../../../shared/api/awareness';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { ProblemAlert } from '../../../components/problem-alert';
import { useT } from '../../../lib/use-t';
import { useQuestions } from '../api/list-questions';
import { useSetPlanQuestions } from '../api/set-plan-questions';
import { ThemeSelect } from './theme-select';

const pageSize = 30;

/**
 * Chooses the test's questions from the bank (active ones only). The choice survives paging and
 * filtering; the order is the order of choosing, which is the order on the phone. It opens on the
 * rights theme of the conference's first topic, so the first questions offered fit what was taught.
 */
export function QuestionPicker({ plan, startTheme, onClose }: { plan: AwarenessPlan; startTheme: string | null; onClose: () => void }) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>(plan.questions.map((q) => q.id));
  const [q, setQ] = useState('');
  const [theme, setTheme] = useState<string | null>(startTheme);
  const [page, setPage] = useState(1);
  const query = useQuestions({ q, theme: theme ?? '', owner: '', province: '', active: 'true', page, pageSize });
  const save = useSetPlanQuestions(plan.conferenceId);
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));

  return (
    <Modal opened onClose={onClose} title={t('awareness.questions.pick.title')} size="xl">
      <Stack gap="md">
        <Group grow align="flex-end">
          <TextInput label={t('awareness.bank.search')} value={q} onChange={(e) => (setQ(e.currentTarget.value), setPage(1))} />
          <ThemeSelect label={t('awareness.bank.theme')} clearable value={theme} onChange={(v) => (setTheme(v), setPage(1))} />
        </Group>
        <ListState query={query} empty={<EmptyNotice title={t('awareness.bank.empty')} description={t('common.empty.searchHint')} />}>
          {(data) => (
            <Stack gap="xs">
              {data.items.map((item) => (
                <Checkbox
                  key={item.id}
                  checked={selected.includes(item.id)}
                  onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                  label={
                    <Stack gap={2}>
                      <Text size="sm">{item.text}</Text>
                      <Group gap={4}>
                        <Badge size="xs" variant="light">
                          {t(`conferences.theme.${item.theme}`)}
                        </Badge>
                        <Badge size="xs" variant="outline" color="gray">
                          {item.province ? item.province.name : t('awareness.bank.national')}
                        </Badge>
                      </Group>
                    </Stack>
                  }
                />
              ))}
              <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
            </Stack>
          )}
        </ListState>
        {save.error ? <ProblemAlert error={save.error} /> : null}
        <Group justify="space-between">
          <Text size="sm" c={selected.length > awarenessLimits.maxPlanQuestions ? 'red' : 'dimmed'}>
            {t('awareness.questions.pick.count', { count: selected.length, max: awarenessLimits.maxPlanQuestions })}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={selected.length === 0}
              loading={save.isPending}
              onClick={() => save.mutate({ questionIds: selected, version: plan.version }, { onSuccess: onClose })}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
