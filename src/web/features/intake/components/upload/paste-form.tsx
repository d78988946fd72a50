import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { intakePasteSchema, type IntakeDocumentSummary } from '../../../../../shared/api/intake';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useFormState } from '../../../../lib/form-state';
import { useT } from '../../../../lib/use-t';
import { usePasteDocument } from '../../api/paste-document';

const blank = { text: '', format: 'text' as 'text' | 'html', sourceUrl: '' };

/**
 * "Dán văn bản": for an article copied from a web page or a report open in Word, or the HTML
 * of a saved page (read like an uploaded .html file). The source address is kept with it.
 */
export function PasteForm() {
  const t = useT();
  const form = useFormState(blank);
  const paste = usePasteDocument();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(intakePasteSchema, { ...form.values, sourceUrl: form.values.sourceUrl.trim() || null });
    if (!input) return;
    paste.mutate(input, { onSuccess: () => form.setValues(blank), onError: form.applyProblem });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SegmentedControl
          value={form.values.format}
          onChange={(v) => form.setField('format', v === 'html' ? 'html' : 'text')}
          data={[
            { value: 'text', label: t('intake.paste.formatText') },
            { value: 'html', label: t('intake.paste.formatHtml') },
          ]}
          aria-label={t('intake.paste.format')}
          w={{ base: '100%', xs: 'auto' }}
        />
        <Textarea
          label={t('intake.paste.text')}
          placeholder={t(form.values.format === 'html' ? 'intake.paste.htmlPlaceholder' : 'intake.paste.textPlaceholder')}
          autosize
          minRows={8}
          maxRows={20}
          value={form.values.text}
          onChange={(e) => form.setField('text', e.currentTarget.value)}
          error={form.errors.text}
          required
        />
        <TextInput
          label={t('intake.paste.sourceUrl')}
          description={t('intake.paste.sourceUrlHint')}
          placeholder="https://"
          type="url"
          value={form.values.sourceUrl}
          onChange={(e) => form.setField('sourceUrl', e.currentTarget.value)}
          error={form.errors.sourceUrl}
        />
        {paste.error && !form.errors.text && !form.errors.sourceUrl ? <ProblemAlert error={paste.error} /> : null}
        {paste.data && <PastedNotice summary={paste.data} />}
        <Group justify="flex-end">
          <Button type="submit" loading={paste.isPending}>
            {t('intake.paste.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PastedNotice({ summary }: { summary: IntakeDocumentSummary }) {
  const t = useT();
  return (
    <Alert color="teal" variant="light" role="status" title={t('intake.paste.done')}>
      <Anchor component={Link} to={`/intake/${summary.id}`} size="sm">
        {summary.title ? t('intake.upload.reviewNamed', { title: summary.title }) : t('intake.upload.review')}
      </Anchor>
    </Alert>
  );
}
