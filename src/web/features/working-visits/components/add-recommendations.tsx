import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { visitRecommendationsSchema } from '../../../../shared/api/working-visits';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useFormState } from '../../../lib/form-state';
import { useT } from '../../../lib/use-t';
import { useAddRecommendations } from '../api/visit-actions';
import { emptyRecommendation, recommendationInput, type RecommendationRow } from './form-values';
import { RecommendationRows } from './repeat-rows';

/** Adds recommendations or findings to a saved visit: each becomes a follow-up item. */
export function AddRecommendations({ visitId, provinceCode }: { visitId: string; provinceCode: string | null }) {
  const t = useT();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const form = useFormState<{ recommendations: RecommendationRow[] }>({ recommendations: [emptyRecommendation()] });
  const add = useAddRecommendations(visitId);

  if (!open) {
    return (
      <Group>
        <Button variant="light" onClick={() => setOpen(true)}>
          {t('workingVisits.recommendations.add')}
        </Button>
      </Group>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.reset();
    const input = { recommendations: form.values.recommendations.map(recommendationInput) };
    if (!form.validate(visitRecommendationsSchema, input)) return;
    add.mutate(input, {
      onSuccess: (result) => {
        toast(t('workingVisits.recommendations.saved', { count: result.itemIds.length }));
        form.setValues({ recommendations: [emptyRecommendation()] });
        setOpen(false);
      },
      onError: (error) => form.applyProblem(error),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {add.error && <ProblemAlert error={add.error} />}
        <RecommendationRows
          rows={form.values.recommendations}
          onChange={(rows) => form.setField('recommendations', rows)}
          errors={form.errors}
          province={provinceCode}
          path="recommendations"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('workingVisits.recommendations.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
