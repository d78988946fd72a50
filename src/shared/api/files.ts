import { z } from 'zod';

/** Uploaded conference materials: raw body (`application/octet-stream`), the name in `X-File-Name`. */
export const FILE_UPLOAD_CONTENT_TYPE = 'application/octet-stream';
export const materialLimits = { uploadBytes: 20 * 1024 * 1024 };

/** What a material file may be, by extension; the bytes must agree (checked on the server). */
export const materialExtensions = ['pdf', 'docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt', 'jpg', 'jpeg', 'png', 'mp4', 'txt'] as const;

export const storedFileSchema = z
  .object({ id: z.uuid(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() })
  .meta({ id: 'StoredFile' });
export type StoredFile = z.infer<typeof storedFileSchema>;
