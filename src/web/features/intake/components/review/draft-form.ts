import type { ReactNode } from 'react';
import type { ConferenceData, ConferenceInput } from '../../../../../shared/api/conferences';
import type { UnmatchedOrganiser } from './accepted-draft';

/**
 * What the review hands the conference form. Features do not import each other, so the app
 * shell passes intake a function that renders the conferences feature's form with these props.
 */
export type DraftFormProps = {
  draft: Partial<ConferenceInput>;
  suggestedOrganisers: UnmatchedOrganiser[];
  saveNew: (input: ConferenceData) => Promise<{ id: string }>;
  submitLabel: string;
  onSaved: (saved: { id: string }) => void;
  onCancel: () => void;
};

export type RenderDraftForm = (props: DraftFormProps) => ReactNode;
