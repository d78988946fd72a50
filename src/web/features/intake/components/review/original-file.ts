import type { IntakeDocument } from '../../../../../shared/api/intake';

/**
 * Where to download the document as uploaded (GET /api/files/:id), or null. The document
 * contract says only `hasOriginal`; the stored file's id is read when the server sends it
 * (`fileId`), so the link appears as soon as the contract carries it.
 */
export function originalFileUrl(doc: IntakeDocument): string | null {
  if (!doc.hasOriginal) return null;
  const fileId = (doc as IntakeDocument & { fileId?: unknown }).fileId;
  return typeof fileId === 'string' && fileId ? `/api/files/${encodeURIComponent(fileId)}` : null;
}
