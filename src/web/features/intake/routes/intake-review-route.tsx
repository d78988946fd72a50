import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useIntakeDocument } from '../api/get-document';
import type { RenderDraftForm } from '../components/review/draft-form';
import { ReviewPage } from '../components/review/review-page';

type Props = {
  /** Filled by the app shell with the conferences feature's form (features do not import each other). */
  conferenceForm: RenderDraftForm;
};

/** One document under review; the page restarts from the server's state when a newer version loads. */
export function IntakeReviewRoute({ conferenceForm }: Props) {
  const id = useParams().id ?? '';
  const { data: doc, error, isPending, refetch } = useIntakeDocument(id);
  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  return <ReviewPage key={`${doc.id}:${doc.version}`} doc={doc} renderForm={conferenceForm} />;
}
