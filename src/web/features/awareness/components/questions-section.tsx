import { Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AwarenessPlan } from '../../../../shared/api/awareness';
import { EmptyNotice } from '../../../components/empty-notice';
import { useT } from '../../../lib/use-t';
import { QuestionPicker } from './question-picker';
import { Section } from './section';

/** The test's questions (the same for before and after), with the right answers for the organiser. */
export function QuestionsSection({ plan, canManage, themes }: { plan: AwarenessPlan; canManage: boolean; themes: readonly string[] }) {
  const t = useT();
  const [picking, setPicking] = useState(false);
  const choose = canManage && !plan.locked && (
    <Button variant={plan.questions.length ? 'default' : 'filled'} onClick={() => setPicking(true)}>
      {t('awareness.questions.pick.open')}
    </Button>
  );
  return (
    <Section
      id="awareness-questions"
      title={t('awareness.questions.title', { count: plan.questions.length })}
      description={plan.locked ? t('awareness.questions.locked') : t('awareness.questions.description')}
      actions={
        <>
          <Anchor component={Link} to="/training/questions" size="sm">
            {t('awareness.bank.title')}
          </Anchor>
          {choose}
        </>
      }
    >
      {plan.questions.length === 0 ? (
        <EmptyNotice title={t('awareness.questions.empty')} description={t('awareness.questions.emptyHint')} action={choose} />
      ) : (
        <List type="ordered" spacing="sm">
          {plan.questions.map((q) => (
            <List.Item key={q.id}>
              <Text size="sm">{q.text}</Text>
              <Group gap={4} mt={2}>
                <Badge size="xs" variant="light">
                  {t(`conferences.theme.${q.theme}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('awareness.questions.answer', { answer: q.correct.map((i) => q.options[i]).join('; ') })}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {picking && <QuestionPicker plan={plan} startTheme={themes[0] ?? null} onClose={() => setPicking(false)} />}
    </Section>
  );
}
