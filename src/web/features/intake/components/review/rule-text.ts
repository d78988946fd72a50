import type { MessageId } from '../../../../lib/messages';

/**
 * The families of extraction rules the review screen can explain, by the prefix of the rule
 * name (`date.lead-phrase` → `date`). A rule of another family is shown by its raw name: new
 * rules appear before their explanation does, and a name is better than nothing.
 */
const explained: Record<string, MessageId> = {
  date: 'intake.rule.date',
  published: 'intake.rule.published',
  province: 'intake.rule.province',
  level: 'intake.rule.level',
  'event-name': 'intake.rule.eventName',
  title: 'intake.rule.title',
  organizer: 'intake.rule.organizer',
  format: 'intake.rule.format',
  venue: 'intake.rule.venue',
  participants: 'intake.rule.participants',
  'connection-points': 'intake.rule.connectionPoints',
  official: 'intake.rule.official',
  topic: 'intake.rule.topic',
  material: 'intake.rule.material',
  limitation: 'intake.rule.limitation',
  direction: 'intake.rule.direction',
  indicator: 'intake.rule.indicator',
};

/** The message explaining a rule, or null when its family is unknown (then show the rule itself). */
export function ruleMessageId(rule: string): MessageId | null {
  const family = rule.split('.')[0] ?? '';
  return explained[family] ?? explained[family.replace(/s$/, '')] ?? null;
}
