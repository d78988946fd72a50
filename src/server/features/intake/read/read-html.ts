import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtmlMetadata, toVietnamDate } from './html-metadata.js';
import { htmlParagraphs } from './html-paragraphs.js';
import { IntakeReadError } from './read-error.js';
import type { ReadDocument } from './read-document-types.js';

/** Fewer letters than this after Readability: a home page, a category list, a login wall. */
const MIN_ARTICLE_LETTERS = 80;

/**
 * A saved web page → its article. Readability drops menus, related links and footers; the
 * article's title opens the text (as in the seed articles) unless the body already starts with it.
 */
export function readHtml(html: string): Omit<ReadDocument, 'kind' | 'warnings'> {
  const { document } = parseHTML(html);
  const meta = readHtmlMetadata(document as never);
  // linkedom's document is close enough to the DOM for Readability; the types differ.
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const body = article?.content ? htmlParagraphs(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document as never) : '';
  if ((body.match(/\p{L}/gu)?.length ?? 0) < MIN_ARTICLE_LETTERS) {
    throw new IntakeReadError(
      'no_article',
      'Không tìm thấy bài viết trong trang web này (có thể là trang chủ, trang danh mục hoặc trang cần đăng nhập). Hãy mở đúng bài báo rồi lưu lại, hoặc dán nội dung bài.',
    );
  }
  const title = cleanTitle(article?.title) ?? cleanTitle(meta.title);
  const startsWithTitle = title !== null && body.slice(0, title.length + 20).includes(title);
  return {
    text: title && !startsWithTitle ? `${title}\n\n${body}` : body,
    title,
    sourceUrl: meta.canonicalUrl,
    published: toVietnamDate(meta.publishedRaw ?? article?.publishedTime ?? null),
    siteName: meta.siteName ?? article?.siteName ?? null,
    rejoinLines: false,
  };
}

function cleanTitle(title: string | null | undefined): string | null {
  const t = title?.replace(/\s+/gu, ' ').trim();
  return t ? t : null;
}
