import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import { saveStoredFile, sha256Hex, type NewStoredFile } from '../files/store.js';
import { recordAudit } from './record.js';

/**
 * Keeps an uploaded file and records the upload in the audit log, in one transaction (a
 * savepoint when `db` is already one): a file is never kept without its record. The entry is
 * action `upload` on `stored_file`, under the province the file is kept for, and holds what
 * identifies the file (name, type, size, SHA-256) but never its content.
 */
export async function saveAuditedUpload(db: Db, actor: Pick<Actor, 'id' | 'email'>, file: NewStoredFile): Promise<string> {
  return db.transaction(async (tx) => {
    const id = await saveStoredFile(tx, file);
    await recordAudit(tx, actor, {
      action: 'upload',
      entityType: 'stored_file',
      entityId: id,
      provinceCode: file.provinceCode,
      after: { purpose: file.purpose, fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.bytes.byteLength, sha256: sha256Hex(file.bytes) },
    });
    return id;
  });
}
