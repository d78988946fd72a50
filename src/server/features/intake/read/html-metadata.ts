/**
 * What a saved web page says about its article besides the text: canonical address, publication
 * date, site name, title. Read before Readability runs, because Readability edits the DOM.
 */
export interface HtmlMetadata {
  title: string | null;
  canonicalUrl: string | null;
  /** As the page writes it (ISO instant, ISO date…); see `toVietnamDate`. */
  publishedRaw: string | null;
  siteName: string | null;
}

type Doc = { querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null };

function attr(doc: Doc, selector: string, name: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function readHtmlMetadata(doc: Doc): HtmlMetadata {
  return {
    title: attr(doc, 'meta[property="og:title"]', 'content') ?? (doc.querySelector('title')?.textContent?.trim() || null),
    canonicalUrl: httpUrl(attr(doc, 'link[rel="canonical"]', 'href')) ?? httpUrl(attr(doc, 'meta[property="og:url"]', 'content')),
    publishedRaw:
      attr(doc, 'meta[property="article:published_time"]', 'content') ??
      attr(doc, 'meta[itemprop="datePublished"]', 'content') ??
      attr(doc, 'meta[name="pubdate"]', 'content') ??
      attr(doc, 'time[datetime]', 'datetime'),
    siteName: attr(doc, 'meta[property="og:site_name"]', 'content') ?? attr(doc, 'meta[name="application-name"]', 'content'),
  };
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * A publication date as the calendar date in Vietnam (`yyyy-mm-dd`), or `yyyy-mm` when only the
 * month is known. An instant with an offset ("2023-06-13T22:30:00Z") is shifted to UTC+07:00 first:
 * an article published at 05:30 in Hà Nội carries the previous day in UTC.
 */
export function toVietnamDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const instant = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/iu.exec(s);
  if (instant) {
    const ms = Date.parse(s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/u, '$1:$2'));
    if (!Number.isNaN(ms)) return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  }
  const date = /^(\d{4})-(\d{2})(?:-(\d{2}))?/u.exec(s);
  if (!date) return null;
  return date[3] ? `${date[1]}-${date[2]}-${date[3]}` : `${date[1]}-${date[2]}`;
}
