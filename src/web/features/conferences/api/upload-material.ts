import { useMutation } from '@tanstack/react-query';
import type { StoredFile } from '../../../../shared/api/files';
import { uploadFile } from '../../../lib/upload-file';

/** Uploads one material file; the server checks its size and that its bytes match its name. */
export function useUploadMaterial() {
  return useMutation({ mutationFn: (file: File) => uploadFile<StoredFile>('/api/files', file) });
}
