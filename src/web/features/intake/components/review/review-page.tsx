import { Alert, Anchor, Button, Container, Grid, List, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ConferenceData } from '../../../../../shared/api/conferences';
import type { IntakeDocument } from '../../../../../shared/api/intake';
import { ConfirmButton } from '../../../../components/confirm-button';
import { PageHeader } from '../../../../components/page-header';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useProvinceName } from '../../../../components/province-select/use-provinces';
import { useToast } from '../../../../components/toast/toast-context';
import { formatDateTime, formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { useAttachDocument } from '../../api/attach-document';
import { useConfirmDocument } from '../../api/confirm-document';
import { useDropDocument } from '../../api/drop-document';
import { IntakeStatusBadge } from '../queue/intake-status-badge';
import { acceptedDraft } from './accepted-draft';
import { DocumentPane } from './document-pane';
import type { RenderDraftForm } from './draft-form';
import { evidenceMarks, idsForKey } from './evidence-marks';
import { extractionOf } from './extraction-of';
import { acceptedFigures, initiallyAcceptedFigures } from './figures';
import { flashEvidence } from './flash-evidence';
import { continueToForm, refilledForm, ticksNotApplied, type FormSession } from './form-session';
import { FormStep } from './form-step';
import { originalFileUrl } from './original-file';
import { withoutConferencePrefix } from './problem-paths';
import { DuplicatesAlert, MatchedConferenceAlert } from './related-records';
import { ReviewStep } from './review-step';
import { reviewRows } from './review-rows';
import { useFieldChanges } from './use-field-changes';

type Props = { doc: IntakeDocument; renderForm: RenderDraftForm };

/**
 * Side by side from 992px when reviewing. The form needs more room (its date row holds four
 * 150px inputs), so beside it the document takes a third of the width, and stacks above it
 * below 1200px.
 */
const reviewSpan = { base: 12, md: 6 };
const formSpans = { document: { base: 12, lg: 4, xl: 5 }, form: { base: 12, lg: 8, xl: 7 } };

const toggled = <T,>(set: ReadonlySet<T>, item: T, present: boolean) => {
  const next = new Set(set);
  if (present) next.add(item);
  else next.delete(item);
  return next;
};

/**
 * Reviewing one document: its text on the left with the evidence marked, the proposed fields on
 * the right to keep or drop, then the conference form filled with what was kept. Nothing is
 * saved until the person submits the form, attaches the document to a conference, or drops it.
 */
export function ReviewPage({ doc, renderForm }: Props) {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const provinceName = useProvinceName();
  const pane = useRef<HTMLDivElement>(null);
  const x = useMemo(() => extractionOf(doc), [doc]);
  const { keys, marks } = useMemo(() => evidenceMarks(x.evidence), [x]);
  const rows = reviewRows(doc, x.province, t, provinceName);
  const [dropped, setDropped] = useState<ReadonlySet<string>>(() => new Set());
  const [figures, setFigures] = useState<ReadonlySet<number>>(() => initiallyAcceptedFigures(x.indicators, x.evidence));
  const [step, setStep] = useState<'review' | 'form'>('review');
  // The form once opened stays mounted while the person goes back and forth; see form-session.ts.
  const [session, setSession] = useState<FormSession | null>(null);
  const formFields = useFieldChanges();
  const confirm = useConfirmDocument(doc.id);
  const attach = useAttachDocument(doc.id);
  const drop = useDropDocument(doc.id);
  const open = doc.status === 'ready';
  const original = originalFileUrl(doc);

  const showKey = useCallback((key: string | null) => key !== null && flashEvidence(pane.current, idsForKey(keys, key)), [keys]);
  const kept = () => acceptedDraft(doc, dropped);
  const figuresToSave = () => acceptedFigures(x.indicators, figures);

  const saveNew = async (conference: ConferenceData) => {
    try {
      const result = await confirm.mutateAsync({ mode: 'create', version: doc.version, conference, figures: figuresToSave() });
      return { id: result.conferenceId };
    } catch (error) {
      throw withoutConferencePrefix(error);
    }
  };
  const attachToMatched = () => {
    if (!doc.matchedConference) return;
    attach.mutate(
      { version: doc.version, conferenceId: doc.matchedConference.id, fill: kept().draft, figures: figuresToSave() },
      {
        onSuccess: (result) => {
          toast(t('intake.review.attached'));
          void navigate(`/training/${result.conferenceId}`);
        },
      },
    );
  };

  const actions = (
    <>
      {original && (
        <Button component="a" href={original} variant="default" download>
          {t('intake.review.downloadOriginal')}
        </Button>
      )}
      {open && (
        <ConfirmButton
          title={t('intake.review.dropTitle')}
          message={t('intake.review.dropConfirm', { name: doc.fileName })}
          confirmLabel={t('intake.review.dropAction')}
          color="red"
          variant="light"
          loading={drop.isPending}
          onConfirm={() =>
            drop.mutate(doc.version, {
              onSuccess: () => {
                toast(t('intake.review.dropped'));
                void navigate('/intake');
              },
            })
          }
        >
          {t('intake.review.dropAction')}
        </ConfirmButton>
      )}
    </>
  );

  const formDraft = useMemo(() => (session ? acceptedDraft(doc, session.dropped) : null), [doc, session]);
  const openForm = () => {
    setSession((s) => continueToForm(s, dropped));
    setStep('form');
  };
  const leaveForm = () => {
    const edited = formFields.changed();
    setSession((s) => (s ? { ...s, edited } : s));
    setStep('review');
  };
  const refillForm = () => {
    formFields.forget();
    setSession((s) => (s ? refilledForm(s, dropped) : s));
  };

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={doc.title ?? doc.fileName}
        description={t('intake.review.meta', { name: doc.fileName, kind: t(`intake.kind.${doc.kind}`), at: formatDateTime(doc.createdAt), fields: formatNumber(doc.fieldCount) })}
        crumbs={[{ label: t('intake.title'), to: '/intake' }]}
        actions={actions}
      />
      <Stack gap="md" mb="md">
        {!open && (
          <Alert color="gray" variant="light" title={<IntakeStatusBadge status={doc.status} size="md" />}>
            <Text size="sm">{t(`intake.review.closed.${doc.status}`)}</Text>
            {doc.conferenceId && (
              <Anchor component={Link} to={`/training/${doc.conferenceId}`} size="sm">
                {t('intake.queue.openConference')}
              </Anchor>
            )}
          </Alert>
        )}
        {x.warnings.length > 0 && (
          <Alert color="yellow" variant="light" title={t('intake.review.warnings')}>
            <List size="sm" spacing={2}>
              {x.warnings.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {drop.error ? <ProblemAlert error={drop.error} /> : null}
        {attach.error ? <ProblemAlert error={attach.error} /> : null}
        <DuplicatesAlert duplicates={doc.duplicates} />
        {doc.matchedConference && open && (
          <MatchedConferenceAlert matched={doc.matchedConference} canAttach={open} attaching={attach.isPending} onAttach={attachToMatched} />
        )}
      </Stack>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={step === 'form' ? formSpans.document : reviewSpan}>
          <DocumentPane ref={pane} text={doc.sourceText} marks={marks} />
        </Grid.Col>
        <Grid.Col span={step === 'form' ? formSpans.form : reviewSpan}>
          {step === 'review' && (
            <ReviewStep
              rows={rows}
              evidence={x.evidence}
              dropped={dropped}
              onToggleField={(path, keep) => setDropped((d) => toggled(d, path, !keep))}
              indicators={x.indicators}
              contextFigures={x.contextFigures}
              acceptedFigures={figures}
              onToggleFigure={(i, keep) => setFigures((f) => toggled(f, i, keep))}
              onShowKey={showKey}
              onContinue={open ? openForm : undefined}
            />
          )}
          {session && formDraft && (
            <FormStep
              visible={step === 'form'}
              generation={session.generation}
              kept={formDraft}
              figureCount={figures.size}
              ticksNotApplied={ticksNotApplied(session, dropped)}
              onBack={leaveForm}
              onRefill={refillForm}
              renderForm={renderForm}
              saveNew={saveNew}
              onSaved={(saved) => {
                toast(t('intake.form.saved'));
                void navigate(`/training/${saved.id}`, { replace: true });
              }}
              fieldsRef={formFields.root}
              onTouch={formFields.touch}
            />
          )}
        </Grid.Col>
      </Grid>
    </Container>
  );
}
