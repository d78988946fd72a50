import { Button, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { awarenessLimits, surveyItems, type SurveyItem } from '../../../../shared/api/awareness';
import { ProblemAlert } from '../../../components/problem-alert';
import { useT } from '../../../lib/use-t';

type Props = { loading: boolean; error: unknown; onSubmit: (ratings: Record<SurveyItem, number>, comment: string | null) => void };

/** The feedback survey: each item rated 1–5 on a wide segmented control, and a free comment. */
export function SurveyForm({ loading, error, onSubmit }: Props) {
  const t = useT();
  const [ratings, setRatings] = useState<Partial<Record<SurveyItem, number>>>({});
  const [comment, setComment] = useState('');
  const complete = surveyItems.every((item) => ratings[item] !== undefined);
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('awareness.public.survey.scale')}
      </Text>
      {surveyItems.map((item) => (
        <Stack key={item} gap={6}>
          <Text fw={600} size="lg" id={`rating-${item}`}>
            {t(`awareness.survey.item.${item}`)}
          </Text>
          <SegmentedControl
            fullWidth
            size="lg"
            aria-labelledby={`rating-${item}`}
            value={ratings[item] === undefined ? '' : String(ratings[item])}
            onChange={(v) => setRatings((r) => ({ ...r, [item]: Number(v) }))}
            data={['1', '2', '3', '4', '5']}
          />
        </Stack>
      ))}
      <Textarea
        size="lg"
        label={t('awareness.public.survey.comment')}
        autosize
        minRows={3}
        maxLength={awarenessLimits.comment}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      {error ? <ProblemAlert error={error} /> : null}
      <Button size="lg" disabled={!complete} loading={loading} onClick={() => onSubmit(ratings as Record<SurveyItem, number>, comment.trim() || null)}>
        {t('awareness.public.survey.submit')}
      </Button>
    </Stack>
  );
}
