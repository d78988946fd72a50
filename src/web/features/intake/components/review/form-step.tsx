import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { ConferenceData, ConferenceInput } from '../../../../../shared/api/conferences';
import { ConfirmButton } from '../../../../components/confirm-button';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import type { UnmatchedOrganiser } from './accepted-draft';
import type { RenderDraftForm } from './draft-form';

type Props = {
  /** Hidden, not unmounted, on the review step: the form keeps what was typed. */
  visible: boolean;
  /** Changes when the form is rebuilt from the ticks. */
  generation: number;
  kept: { draft: Partial<ConferenceInput>; unmatched: UnmatchedOrganiser[] };
  figureCount: number;
  /** The ticks changed after the form was edited, so they were not filled in. */
  ticksNotApplied: boolean;
  onBack: () => void;
  onRefill: () => void;
  renderForm: RenderDraftForm;
  saveNew: (conference: ConferenceData) => Promise<{ id: string }>;
  onSaved: (saved: { id: string }) => void;
  /** The form's fields, and the first touch of them (see useFieldChanges). */
  fieldsRef: RefObject<HTMLDivElement | null>;
  onTouch: () => void;
};

/** Step 2: the conference form filled with what was kept, and the way back to the review. */
export function FormStep({ visible, generation, kept, figureCount, ticksNotApplied, onBack, onRefill, renderForm, saveNew, onSaved, fieldsRef, onTouch }: Props) {
  const t = useT();
  // The hidden form would otherwise re-render with the whole page at every tick of the review
  // (slow with its many sections); its element is rebuilt only when it is refilled.
  const latest = useRef({ saveNew, onSaved, onBack });
  useLayoutEffect(() => {
    latest.current = { saveNew, onSaved, onBack };
  });
  const submitLabel = t('intake.form.submit');
  const form = useMemo(
    () =>
      renderForm({
        draft: kept.draft,
        suggestedOrganisers: kept.unmatched,
        saveNew: (conference) => latest.current.saveNew(conference),
        submitLabel,
        onSaved: (saved) => latest.current.onSaved(saved),
        onCancel: () => latest.current.onBack(),
      }),
    [renderForm, kept, submitLabel],
  );
  return (
    <Stack gap="sm" display={visible ? undefined : 'none'}>
      <Alert color="blue" variant="light">
        <Text size="sm">{t('intake.form.hint', { figures: formatNumber(figureCount) })}</Text>
        <Button variant="subtle" size="compact-sm" mt={4} onClick={onBack}>
          {t('intake.form.back')}
        </Button>
      </Alert>
      {ticksNotApplied && (
        <Alert color="yellow" variant="light" role="status">
          <Text size="sm">{t('intake.form.staleTicks')}</Text>
          <Group mt={6}>
            <ConfirmButton title={t('intake.form.refill')} message={t('intake.form.refillConfirm')} confirmLabel={t('intake.form.refill')} color="orange" variant="light" onConfirm={onRefill}>
              {t('intake.form.refill')}
            </ConfirmButton>
          </Group>
        </Alert>
      )}
      <div key={generation} ref={fieldsRef} onFocusCapture={onTouch} onPointerDownCapture={onTouch}>
        {form}
      </div>
    </Stack>
  );
}
