import { useMutation } from '@tanstack/react-query';
import type { StoredFile } from '../../../../shared/api/files';
import { uploadFile } from '../../../lib/upload-file';

/** Uploads a file to attach to a progress entry (the materials upload: size and content checked on the server). */
export function useUploadProgressFile() {
  return useMutation({ mutationFn: (file: File) => uploadFile<StoredFile>('/api/files', file) });
}
