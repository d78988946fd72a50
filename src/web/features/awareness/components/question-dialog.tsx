import { ActionIcon, Button, Checkbox, Group, Modal, Radio, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { awarenessLimits, type Question, type QuestionInput } from '../../../../shared/api/awareness';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useSaveQuestion } from '../api/save-question';
import { QuestionOwnerSelect } from './question-owner-select';
import { ThemeSelect } from './theme-select';

type Props = { question?: Question; onClose: () => void; onSaved: (q: Question) => void };

/**
 * Adds or edits a question: the text, 2–6 options and which are right (one, or several: then
 * the phone asks for every right option). A province's account writes into its own bank (the
 * server holds it to that); a national administrator chooses the national bank or a province.
 */
export function QuestionDialog({ question, onClose, onSaved }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const save = useSaveQuestion();
  const [theme, setTheme] = useState<string | null>(question?.theme ?? null);
  const [text, setText] = useState(question?.text ?? '');
  const [options, setOptions] = useState<string[]>(question?.options ?? ['', '', '', '']);
  const [correct, setCorrect] = useState<number[]>(question?.correct ?? [0]);
  const [multiple, setMultiple] = useState((question?.correct.length ?? 1) > 1);
  const [active, setActive] = useState(question?.active ?? true);
  const choosesOwner = user.role === 'national_admin';
  const [provinceCode, setProvinceCode] = useState<string | null>(question ? (question.province?.code ?? null) : choosesOwner ? null : user.provinceCode);

  const setOption = (i: number, value: string) => setOptions((o) => o.map((x, k) => (k === i ? value : x)));
  const removeOption = (i: number) => {
    setOptions((o) => o.filter((_, k) => k !== i));
    setCorrect((c) => c.filter((k) => k !== i).map((k) => (k > i ? k - 1 : k)));
  };
  const submit = () => {
    const input: QuestionInput = { theme: theme as QuestionInput['theme'], text, options: options.map((o) => o.trim()), correct, active, provinceCode };
    save.mutate({ id: question?.id, version: question?.version, input }, { onSuccess: onSaved });
  };

  return (
    <Modal opened onClose={onClose} title={t(question ? 'awareness.bank.edit' : 'awareness.bank.create')} size="lg">
      <Stack gap="md">
        {choosesOwner && <QuestionOwnerSelect value={provinceCode} onChange={setProvinceCode} />}
        <ThemeSelect label={t('awareness.bank.theme')} required value={theme} onChange={setTheme} />
        <Textarea label={t('awareness.bank.text')} required autosize minRows={2} maxLength={awarenessLimits.questionText} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Switch
          label={t('awareness.bank.multiple')}
          checked={multiple}
          onChange={(e) => {
            setMultiple(e.currentTarget.checked);
            if (!e.currentTarget.checked) setCorrect((c) => c.slice(0, 1));
          }}
        />
        <Text size="sm" fw={500}>
          {t('awareness.bank.options')}
        </Text>
        <Radio.Group value={multiple ? null : String(correct[0] ?? '')} onChange={(v) => setCorrect([Number(v)])}>
          <Stack gap="xs">
            {options.map((o, i) => (
              <Group key={i} gap="xs" wrap="nowrap">
                {multiple ? (
                  <Checkbox
                    aria-label={t('awareness.bank.isCorrect', { n: i + 1 })}
                    checked={correct.includes(i)}
                    onChange={(e) => setCorrect((c) => (e.currentTarget.checked ? [...c, i] : c.filter((k) => k !== i)))}
                  />
                ) : (
                  <Radio value={String(i)} aria-label={t('awareness.bank.isCorrect', { n: i + 1 })} />
                )}
                <TextInput
                  style={{ flex: 1 }}
                  aria-label={t('awareness.bank.option', { n: i + 1 })}
                  placeholder={t('awareness.bank.option', { n: i + 1 })}
                  maxLength={awarenessLimits.optionText}
                  value={o}
                  onChange={(e) => setOption(i, e.currentTarget.value)}
                />
                <ActionIcon variant="subtle" color="gray" disabled={options.length <= awarenessLimits.minOptions} onClick={() => removeOption(i)} aria-label={t('awareness.bank.removeOption', { n: i + 1 })}>
                  ×
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="space-between">
          <Button variant="subtle" size="xs" disabled={options.length >= awarenessLimits.maxOptions} onClick={() => setOptions((o) => [...o, ''])}>
            {t('awareness.bank.addOption')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('awareness.bank.correctHint')}
          </Text>
        </Group>
        <Switch label={t('awareness.bank.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        {save.error ? <ProblemAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
