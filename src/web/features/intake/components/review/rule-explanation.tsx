import { Text } from '@mantine/core';
import { useT } from '../../../../lib/use-t';
import { ruleMessageId } from './rule-text';

/** Why the reader proposed a value, in words; the rule's own name stays available on hover. */
export function RuleExplanation({ rule }: { rule: string | null }) {
  const t = useT();
  if (!rule) {
    return (
      <Text size="xs" c="dimmed" fs="italic">
        {t('intake.rule.none')}
      </Text>
    );
  }
  const id = ruleMessageId(rule);
  return (
    <Text size="xs" c="dimmed" fs="italic" title={rule}>
      {id ? t(id) : t('intake.rule.raw', { rule })}
    </Text>
  );
}
