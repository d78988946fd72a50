import { can } from '../../../shared/auth/permissions.js';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import { notFound } from '../../errors.js';
import { attachment } from '../../http/attachment.js';
import type { App } from '../../http/route-types.js';
import { FILE_UPLOAD_CONTENT_TYPE, materialExtensions, materialLimits, storedFileSchema } from '../../../shared/api/files.js';
import { FILE_NAME_HEADER } from '../../../shared/api/participants.js';
import { formatViNumber } from '../../../shared/text/index.js';
import { AppError } from '../../errors.js';
import { guardRequest } from '../auth/guard.js';
import { canReadFile } from './access.js';
import { checkOfficeArchive } from './archive-check.js';
import { extensionRules, sniffKind } from './sniff.js';
import { saveAuditedUpload } from '../audit/uploads.js';
import { findStoredFile } from './store.js';
import type { UploadReadLimits } from './upload-limits.js';
import { closeUploadWorkers } from './worker-pool.js';

const megabytes = (bytes: number) => formatViNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 });

function fileNameOf(header: unknown): string | null {
  if (typeof header !== 'string' || !header) return null;
  try {
    return decodeURIComponent(header).normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255) || null;
  } catch {
    return null;
  }
}

/** Office Open XML kinds: zips, whose inflated size is checked before they are stored. */
const ZIPPED_KINDS = new Set(['docx', 'xlsx', 'pptx']);

/**
 * Refuses a material whose extension is not allowed, whose bytes are not what the extension says,
 * or, for Office files, that is a zip bomb (checked in a worker, see archive-check.ts).
 */
async function checkMaterial(fileName: string, bytes: Buffer, limits: UploadReadLimits) {
  const extension = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
  const rule = extensionRules[extension];
  if (!rule) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Không nhận tệp «${fileName}»: chỉ nhận ${materialExtensions.map((e) => '.' + e).join(', ')}.`);
  }
  if (bytes.length === 0) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Tệp «${fileName}» trống.`);
  if (sniffKind(bytes) !== rule.kind) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Tệp «${fileName}» mang đuôi .${extension} nhưng nội dung không phải ${rule.label}. Hãy mở lại tệp và lưu đúng định dạng.`);
  }
  if (ZIPPED_KINDS.has(rule.kind)) await checkOfficeArchive(bytes, fileName, limits);
  return rule.mediaType;
}

export async function fileRoutes(app: App) {
  const { db, config } = app.deps;
  app.addHook('onClose', async () => closeUploadWorkers());

  app.addContentTypeParser(FILE_UPLOAD_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: materialLimits.uploadBytes }, (_request, body, done) => done(null, body));
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (!(request.headers['content-type'] ?? '').startsWith(FILE_UPLOAD_CONTENT_TYPE)) return payload;
    await guardRequest(request, db);
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > materialLimits.uploadBytes) {
      throw new AppError('PAYLOAD_TOO_LARGE', `Tệp nặng ${megabytes(length)} MB, vượt giới hạn ${megabytes(materialLimits.uploadBytes)} MB. Hãy nén hoặc gửi đường dẫn thay cho tệp.`);
    }
    return payload;
  });

  app.post(
    '/files',
    {
      // Conference materials, and the files of follow-up progress (the Standing Office's officers record progress but manage no conference).
      config: { access: 'authenticated' },
      schema: {
        tags: ['files'],
        summary: 'Tải lên tài liệu hội nghị hoặc tệp kèm tiến độ theo dõi thực hiện (PDF, Word, Excel, PowerPoint, ảnh, video MP4)',
        description:
          'Cần quyền quản lý hội nghị hoặc ghi nhận tiến độ theo dõi thực hiện (403). Tệp lớn hơn giới hạn, hoặc tệp Office giải nén ra quá lớn (zip bomb): 413; đuôi không được nhận hoặc nội dung không đúng đuôi: 415.',
        consumes: [FILE_UPLOAD_CONTENT_TYPE],
        headers: z.object({ [FILE_NAME_HEADER]: z.string().max(1000).describe('Tên tệp, mã hóa phần trăm (encodeURIComponent)') }),
        body: z.any().meta({ type: 'string', format: 'binary' }),
        response: { 201: storedFileSchema },
      },
    },
    async (request, reply) => {
      const role = request.actor!.role;
      if (!can(role, 'conferences.manage') && !can(role, 'followup.progress')) throw new AppError('FORBIDDEN', 'Tài khoản của bạn không có quyền tải tệp lên.');
      const fileName = fileNameOf(request.headers[FILE_NAME_HEADER]);
      if (!fileName) throw new AppError('VALIDATION', 'Thiếu tên tệp.');
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const mediaType = await checkMaterial(fileName, bytes, config.uploadLimits);
      const actor = request.actor!;
      const id = await saveAuditedUpload(db, actor, { purpose: 'material', fileName, mediaType, bytes, provinceCode: actor.provinceCode, uploadedBy: actor.id });
      return reply.code(201).send({ id, fileName, mediaType, sizeBytes: bytes.length });
    },
  );
  app.get(
    '/files/:id',
    {
      config: { access: 'conferences.read' },
      schema: {
        tags: ['files'],
        summary: 'Tải tệp gốc đã lưu (tài liệu nguồn, tài liệu hội nghị)',
        params: idParamsSchema,
        response: { 200: z.any().describe('Nội dung tệp').meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (request, reply) => {
      // A file the actor may not read answers as one that does not exist.
      const file = (await canReadFile(db, request.actor!, request.params.id)) ? await findStoredFile(db, request.params.id) : null;
      if (!file) throw notFound('Tệp');
      const dot = file.fileName.lastIndexOf('.');
      const [name, extension] = dot > 0 ? [file.fileName.slice(0, dot), file.fileName.slice(dot + 1)] : [file.fileName, 'bin'];
      return reply
        .type(file.mediaType)
        .header('content-disposition', attachment(name, extension.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin'))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
