import type { ExtractContext, ExtractedIndicator, ExtractedOfficial, ExtractedTopic, IntakeExtraction } from '../extraction.js';
import { prepareSourceText, type PreparedText } from '../source-text/index.js';
import { suggestThemes } from '../../conferences/theme-lexicon.js';
import { findAsides } from './asides.js';
import { findContextFigures } from './context-figures.js';
import { findCounts } from './counts.js';
import { draftWarnings, indicatorDoubts, participantDoubts } from './doubts.js';
import { findDates } from './dates.js';
import { EvidenceBook } from './evidence-book.js';
import { findEventName, yearOfEventName } from './event-name.js';
import { findDirections, findLimitations } from './findings.js';
import { findFormat } from './format.js';
import { findIndicators } from './indicators.js';
import { vietnameseWarning } from './language.js';
import { findLevel } from './level.js';
import { findOfficials } from './officials.js';
import { findOrganizers } from './organizers.js';
import { findProvince } from './province.js';
import { paragraphsOf, rangeAt, sentencesOf, type Range } from './segments.js';
import { findMaterials, findTopics } from './topics.js';
import { findTitle, findVenue } from './headline.js';
import { OFF_TOPIC_WARNING, speaksOfRights } from './relevance.js';

/**
 * Document intake's extractor: rules and lexicons (no model, no network) that turn an article or
 * report about a human-rights training conference into a draft record. Every proposed field carries
 * evidence — the SOURCE spans it was read from and the rule that proposed it — under its field path
 * (`event_date`, `officials[1].title`, `indicators[0].value`…). See each rule's module for what it
 * reads; `npm run eval:intake` measures the whole against labelled articles.
 */
export function extractConference(prepared: PreparedText, context: ExtractContext = {}): IntakeExtraction {
  const text = prepared.text;
  const book = new EvidenceBook(prepared.toSource);
  const sentences = sentencesOf(text);
  const warnings: string[] = [];
  const language = vietnameseWarning(text);
  if (language) warnings.push(language);

  const title = context.title ? null : findTitle(text, paragraphsOf(text));
  book.record('title', title);
  const eventName = findEventName(text);
  book.record('event_name', eventName);
  const dates = findDates(text, sentences, eventName ? yearOfEventName(eventName.value) : null, context.published);
  warnings.push(...dates.warnings);
  book.record('event_date', dates.eventDate, dates.doubts.map((warning) => ({ level: warning.startsWith('Hai ngày') ? 'low' : 'medium', warning })));
  book.record('event_end_date', dates.eventEndDate);
  book.record('published', dates.published);

  const leadEnd = sentences[Math.min(2, sentences.length - 1)]?.end ?? text.length;
  const province = findProvince(text, leadEnd, dates.eventDate?.value ?? dates.published?.value ?? null);
  book.record('province', province);
  book.record('province_code', province);

  const { organizers, coOrganizers } = findOrganizers(text, sentences);
  organizers.forEach((o, i) => book.record(`organizers[${i}]`, o));
  coOrganizers.forEach((o, i) => book.record(`co_organizers[${i}]`, o));
  const eventSentence = eventName ? sentences.find((s) => s.start <= eventName.spans[0]!.start && eventName.spans[0]!.start < s.end) : undefined;
  const level = findLevel(organizers, eventName, eventSentence ? text.slice(eventSentence.start, eventSentence.end) : '', province);
  book.record('level', level);

  const format = findFormat(text);
  book.record('format', format);
  const asides = findAsides(text);
  const contextFigures = findContextFigures(text, sentences).filter((c) => !asides.some((r) => c.spans[0]!.start < r.end && c.spans[0]!.end > r.start));
  const counts = findCounts(text, sentences, [...asides, ...contextFigures.flatMap((c) => c.spans)]);
  const participantsDoubt = participantDoubts(counts.rivalCount, counts.participants?.value.count);
  book.record('participants_count', counts.participants, participantsDoubt);
  book.record('participants_qualifier', counts.participants, participantsDoubt);
  book.record('connection_points_count', counts.connectionPoints);
  const venue = findVenue(text, dates.eventDate?.spans[0] ?? organizers[0]?.spans[0] ?? null, sentences);
  book.record('venue', venue);

  const officialFindings = findOfficials(text, sentences);
  const officials: ExtractedOfficial[] = officialFindings.map((o, i) => {
    book.record(`officials[${i}].name`, o.name, o.title ? [] : [{ level: 'medium', warning: 'Không tìm thấy chức vụ của người này trong bài.' }]);
    book.record(`officials[${i}].title`, o.title);
    book.record(`officials[${i}].rank`, o.rank);
    book.record(`officials[${i}].role`, o.role);
    return { name: o.name.value, title: o.title?.value ?? null, rank: o.rank?.value ?? null, role: o.role.value };
  });

  const topicFindings = findTopics(text, sentences);
  const topicDetails: ExtractedTopic[] = topicFindings.map((t, i) => {
    book.record(`topics[${i}]`, t);
    const speaker = t.presenter ? presenterIn(t.presenter, officialFindings) : speakerOf(t.cueAt, sentences, officialFindings);
    return { title: t.value, speaker, themes: suggestThemes(t.value) };
  });
  const materials = findMaterials(text);
  materials.forEach((m, i) => book.record(`materials[${i}]`, m));
  const limitations = findLimitations(text, sentences);
  limitations.forEach((l, i) => book.record(`limitations[${i}]`, l));
  const directions = findDirections(text, sentences);
  directions.forEach((d, i) => book.record(`directions[${i}]`, d));

  // Headlines repeat the body's figures ("Hơn 3.000 cán bộ … được tập huấn"); date lines carry view counters.
  contextFigures.forEach((c, i) => book.record(`context_figures[${i}]`, c, [{ level: 'medium', warning: 'Số liệu bối cảnh (dân số, số xã, tín đồ…): không đề xuất làm giá trị chỉ số.' }]));
  const skip: Range[] = [
    ...dates.dateLines, ...dates.allDates, ...counts.attendance, ...(title?.spans ?? []),
    ...contextFigures.flatMap((c) => c.spans), ...asides,
  ];
  const indicatorFindings = findIndicators(text, sentences, skip);
  const indicators: ExtractedIndicator[] = indicatorFindings.map((f, i) => {
    const doubts = indicatorDoubts(f.value, text, clauseAround(text, sentences, f.span.start), f.span, rangeAt(sentences, f.span.start) ?? undefined);
    for (const [field, found] of Object.entries(f.evidence)) book.record(`indicators[${i}].${field}`, found, [...doubts.value!, ...(doubts[field] && field !== 'value' ? doubts[field] : [])]);
    return f.value;
  });

  warnings.push(...draftWarnings({ indicators, officials, evidence: book.entries }));
  if (contextFigures.length) warnings.push(`Đã tách ${contextFigures.length} số liệu bối cảnh (dân số, số xã, tín đồ…); chúng không được đề xuất làm giá trị chỉ số.`);
  const nothing = !dates.eventDate && organizers.length === 0 && officials.length === 0 && topicFindings.length === 0;
  if (!language && !speaksOfRights(text)) return offTopic(context.title ?? title?.value ?? null, eventName?.value ?? null, dates.published?.value ?? null, book.entries, [...warnings, OFF_TOPIC_WARNING]);
  if (nothing) warnings.push('Không tìm thấy thông tin hội nghị (ngày, đơn vị tổ chức, đại biểu, chuyên đề); hãy kiểm tra đây có phải bài viết về hội nghị tập huấn không.');

  return {
    title: context.title ?? title?.value ?? null,
    event_name: eventName?.value ?? null,
    event_date: dates.eventDate?.value ?? null,
    event_end_date: dates.eventEndDate?.value ?? null,
    date_year_inferred: dates.yearInferred,
    year_source: dates.yearSource,
    published: dates.published?.value ?? null,
    province: province?.value.name ?? null,
    province_code: province?.value.code ?? null,
    province_era: province?.value.era ?? null,
    level: level?.value ?? null,
    organizers: organizers.length ? organizers.map((o) => o.value) : null,
    co_organizers: coOrganizers.length ? coOrganizers.map((o) => o.value) : null,
    format: format?.value ?? null,
    venue: venue?.value ?? null,
    participants_count: counts.participants?.value.count ?? null,
    participants_qualifier: counts.participants?.value.qualifier ?? null,
    connection_points_count: counts.connectionPoints?.value ?? null,
    connection_points: counts.pointsByLevel,
    officials,
    topics: topicDetails.map((t) => t.title),
    topic_details: topicDetails,
    materials: materials.map((m) => m.value),
    limitations: limitations.map((l) => l.value),
    directions: directions.map((d) => d.value),
    indicators,
    context_figures: contextFigures.map((c) => c.value),
    evidence: book.entries,
    warnings,
  };
}

/** The draft of a document that is not about this work: only what describes the document itself. */
function offTopic(title: string | null, eventName: string | null, published: string | null, evidence: IntakeExtraction['evidence'], warnings: string[]): IntakeExtraction {
  const kept = Object.fromEntries(Object.entries(evidence).filter(([field]) => field === 'title' || field === 'published'));
  return {
    title, event_name: eventName, event_date: null, date_year_inferred: null, year_source: null, published,
    province: null, province_code: null, province_era: null, level: null, organizers: null, co_organizers: null,
    format: null, venue: null, participants_count: null, participants_qualifier: null, connection_points_count: null,
    connection_points: [], officials: [], topics: [], topic_details: [], materials: [], limitations: [], directions: [],
    indicators: [], context_figures: [], event_end_date: null, evidence: kept, warnings,
  };
}

/** Prepare the source text (normalisation with an offset map), then extract. */
export function extractFromSourceText(source: string, context?: ExtractContext): IntakeExtraction {
  return extractConference(prepareSourceText(source), context);
}

/** The sentence around `offset`, cut at semicolons: the clause a figure is reported in. */
function clauseAround(text: string, sentences: Range[], offset: number): Range {
  const sentence = sentences.find((s) => s.start <= offset && offset < s.end) ?? { start: 0, end: text.length };
  const before = text.lastIndexOf(';', offset);
  const after = text.indexOf(';', offset);
  return { start: Math.max(sentence.start, before + 1), end: after >= 0 && after < sentence.end ? after : sentence.end };
}

/** The official named last before the topic's cue in the same sentence ("T.S Lê Thị Liên … đã trình bày chuyên đề …"). */
function speakerOf(cueAt: number, sentences: Range[], officials: ReturnType<typeof findOfficials>): string | null {
  const sentence = sentences.find((s) => s.start <= cueAt && cueAt < s.end);
  if (!sentence) return null;
  let best: { name: string; at: number } | null = null;
  for (const o of officials) {
    for (const m of o.mentions) {
      if (m.start >= sentence.start && m.end <= cueAt && (!best || m.start > best.at)) best = { name: o.name.value, at: m.start };
    }
  }
  return best?.name ?? null;
}

/** The official named first in the presenter phrase after a topic ("… do Đại tá X, … trình bày"). */
function presenterIn(phrase: Range, officials: ReturnType<typeof findOfficials>): string | null {
  let best: { name: string; at: number } | null = null;
  for (const o of officials) {
    for (const m of o.mentions) {
      if (m.start >= phrase.start && m.end <= phrase.end && (!best || m.start < best.at)) best = { name: o.name.value, at: m.start };
    }
  }
  return best?.name ?? null;
}
