import { INTAKE_UPLOAD_CONTENT_TYPE, type IntakeDocumentSummary } from '../../../../shared/api/intake';
import { uploadFile } from '../../../lib/upload-file';
import { intakeDocumentsPath } from './keys';

type UploadOptions = { batchId: string; sourceUrl?: string | null; signal?: AbortSignal };

/** Sends one document; the server finds its type from the bytes and answers with its queue entry. */
export function uploadDocument(file: File, { batchId, sourceUrl, signal }: UploadOptions): Promise<IntakeDocumentSummary> {
  return uploadFile<IntakeDocumentSummary>(intakeDocumentsPath, file, { contentType: INTAKE_UPLOAD_CONTENT_TYPE, query: { batchId, sourceUrl }, signal });
}
