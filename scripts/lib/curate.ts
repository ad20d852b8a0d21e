/**
 * A curator's first draft of an article's entries: reads the page with the product's own
 * pipeline (extraction for HTML; topic, numbers, dates and linking from reading/background) and
 * proposes a source, figures and event reports in the dataset's shape, each with why (the
 * linker's evidence) and how it stands against what the dataset already holds. Nothing is
 * written: the curator reviews, edits and pastes.
 */
import { compareStatement, formatStatement, type Comparison, type Fit, type Relation } from '../../utils/core/compare';
import { impliedInterval } from '../../utils/core/interval';
import { datesOverlap } from '../../utils/core/timeline';
import { guessLanguage } from '../../utils/reading/background/language';
import { readNumbers } from '../../utils/reading/background/numbers';
import { linkFigure, type LinkIndex } from '../../utils/reading/background/link';
import { figureContext, linkReading, readExtracted } from '../../utils/reading/background/read';
import type { ArticleReading, Dataset, EventReport, ExtractedPage, Figure, FoundDate, FoundFigure, Position, Source } from '../../utils/schema';
import type { ArticleText } from './source-texts';
import { knownArticle } from './known-article';

/** The longest quote the dataset takes. */
const QUOTE_MAX = 200;

/** What a page gives before it is read: its blocks, and what is known of it. */
export interface CurationInput {
  page: ExtractedPage;
  url: string | null;
  titleApproximate: boolean;
  /** How the publication date was found, in words, or null when it was not. */
  dateBasis: string | null;
  authors: string[];
}

export interface FigureCandidate {
  figure: Figure;
  /** Why this metric: the linker's evidence, or why none. */
  why: string[];
  /** How it stands against the dataset's figures of that metric. */
  against: {
    verdict: Comparison['verdict'];
    /** In a line: how many of the metric's figures say the same, fit, differ, or are about other dates. */
    summary: string;
    same: string[];
    consistent: { id: string; fit: Fit; says: string }[];
    differs: { id: string; fit: Fit; says: string }[];
    /** Figures of the metric about other dates: a series, not a disagreement. */
    otherTimes: string[];
  } | null;
}

export interface EventCandidate {
  event: string | null;
  report: EventReport;
  /** Whether this date falls on the event's curated date, and the date each source in the dataset gives. */
  against: { agrees: boolean; dates: Record<string, string> } | null;
}

export interface Curation {
  article: boolean;
  onTopic: boolean;
  reasons: string[];
  source: Source & { alreadyInDataset?: string };
  figures: FigureCandidate[];
  events: EventCandidate[];
}

const POSITION: Record<FoundFigure['role'], Position> = { headline: 'headline', dek: 'dek', summary: 'summary', body: 'body', caption: 'caption' };

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
    .slice(0, 40) || 'source';

/**
 * A quote of at most 200 characters around `[start, end)` of `sentence`, cut at the sentence's
 * own bounds: the whole sentence when it fits, else its clauses (commas, semicolons, dashes)
 * around the number, else whole words.
 */
export function quoteWindow(sentence: string, start: number, end: number, max = QUOTE_MAX): string {
  const trimmed = sentence.trim();
  const offset = sentence.indexOf(trimmed);
  if (trimmed.length <= max) return trimmed;
  const [from, to] = [start - offset, end - offset];
  const clauses = [...trimmed.matchAll(/[^,;:—–()]+[,;:—–()]?\s*/g)].map((m) => [m.index, m.index + m[0].length] as const);
  let at = clauses.findIndex(([s, e]) => from >= s && from < e);
  if (at < 0) at = 0;
  let [s, e] = clauses[at]!;
  // Forward first, to end where the sentence ends; then back, while it fits.
  for (let next = clauses[at + 1]; next && next[1] - s <= max; next = clauses[clauses.indexOf(next) + 1]) e = next[1];
  for (let prev = clauses[at - 1]; prev && e - prev[0] <= max; prev = clauses[clauses.indexOf(prev) - 1]) s = prev[0];
  if (e - s <= max && s <= from && e >= to) return trimmed.slice(s, e).trim().replace(/[,;:—–(]$/, '').trim();
  // One clause longer than a quote: whole words around the number.
  const half = Math.max(0, Math.floor((max - (to - from)) / 2));
  let ws = Math.max(0, from - half);
  let we = Math.min(trimmed.length, to + half);
  while (ws > 0 && /\S/.test(trimmed[ws - 1]!)) ws++;
  while (we < trimmed.length && /\S/.test(trimmed[we]!)) we--;
  return trimmed.slice(ws, we).trim();
}

/** The number as the dataset writes it: the page's words without the hedge ("more than"), with the currency. */
function asWrittenOf(block: string, figure: FoundFigure, language: string | null): string {
  const mention = readNumbers(block, language).find((m) => m.start === figure.start && m.end === figure.end);
  if (!mention) return figure.text;
  const at = mention.text.indexOf(mention.numberText);
  if (at < 0) return mention.text;
  const currency = /(?:US|HK|S|A|C)?[$€£¥]\s?$/.exec(mention.text.slice(0, at))?.[0] ?? '';
  return mention.text.slice(at - currency.length);
}

function sourceOf(input: CurationInput, data: Dataset): Curation['source'] {
  const { page } = input;
  const outlet = page.outlet ?? (input.url ? new URL(input.url).hostname.replace(/^www\./, '') : 'Unknown outlet');
  const date = page.publishedAt;
  const source: Curation['source'] = {
    id: `${slug(outlet)}-${date ?? 'undated'}`,
    outlet,
    title: page.title ?? '(no headline found)',
    ...(input.titleApproximate || !page.title ? { titleApproximate: true } : {}),
    language: page.language ?? 'und',
    ...(input.authors.length ? { authors: input.authors } : {}),
    published: {
      date,
      precision: date ? (input.dateBasis?.startsWith('inferred') ? 'inferred' : 'exact') : 'unknown',
      basis: input.dateBasis ?? 'No date found: read the text for one and say how it was inferred.',
    },
    ...(input.url ? { url: input.url } : {}),
  };
  const known = data.sources.find((s) => s.url !== undefined && s.url === input.url);
  if (known) source.alreadyInDataset = known.id;
  return source;
}

function figureCandidates(reading: ArticleReading, page: ExtractedPage, source: Source, data: Dataset, index: LinkIndex): FigureCandidate[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const ids = new Set<string>();
  // The language the background read the page in (declared, else guessed from its text).
  const readingLanguage = reading.language;
  // A spelled small number nothing links ("in just two days") is the metric's period, not a figure.
  const worth = (found: FoundFigure) => found.metric !== null || found.unit !== null || found.value >= 10;
  return reading.figures.filter(worth).map((found) => {
    const block = page.blocks[found.block]?.text ?? '';
    // With the sentence's other figures, as the background links them: the draft's reason is the reading's.
    const link = linkFigure(figureContext(found, reading.title ?? '', reading.otherSubjects, reading.figures), index);
    const metric = found.metric ? metrics.get(found.metric) : undefined;
    const stated = reading.dates.find((d) => d.block === found.block && d.start >= found.sentenceStart && d.end <= found.sentenceStart + found.sentence.length);
    const asOf: Figure['asOf'] = stated
      ? { date: stated.date, precision: stated.precision, basis: 'stated' }
      : { date: source.published.date ?? '', precision: 'day', basis: 'published' };
    const period = stated
      ? { text: stated.text, ...(stated.precision === 'day' ? { start: stated.date, end: stated.date } : {}) }
      : undefined;
    let id = `${source.id}-${metric ? metric.id : `figure-${found.id}`}`.slice(0, 80).replace(/(?<!-)-+$/, '');
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    const figure: Figure = {
      id,
      sourceId: source.id,
      metricId: metric?.id ?? 'new-metric',
      value: found.value,
      asWritten: asWrittenOf(block, found, readingLanguage),
      qualifier: found.qualifier,
      interval: impliedInterval(found.value, found.qualifier),
      unit: metric?.unit ?? found.unit ?? 'users',
      ...(period ? { period } : {}),
      scope: metric?.scope ?? 'unstated',
      asOf,
      position: POSITION[found.role],
      quote: quoteWindow(found.sentence, found.start - found.sentenceStart, found.end - found.sentenceStart),
    };
    const why = metric ? (link?.evidence ?? []).concat(`score ${link?.score ?? '?'} for ${link?.metricId ?? 'no metric'}`) : ['no metric of the dataset matched: a new quantity, or one its signals miss'];
    if (!metric && found.unit === null) why.push('no unit written: "users" is a guess');
    if (metric && found.value > 0 && data.figures.some((f) => f.metricId === metric.id && f.value < 0)) {
      why.push('the dataset keeps this change as negative (a fall): check the sign');
    }
    if (!asOf.date) why.push('no publication date: give it with --published YYYY-MM-DD, or state asOf');
    let against: FigureCandidate['against'] = null;
    if (metric) {
      const others = data.figures.filter((f) => f.metricId === metric.id && !f.suspect);
      const comparison = compareStatement({ ...figure, asOf: figure.asOf.date ? figure.asOf : null }, others, sources);
      const compared = comparison.rows.filter((r) => r.standing === 'compared');
      const described = (relation: Relation) =>
        compared.filter((r) => r.relation === relation).map((r) => ({ id: r.figure.id, fit: r.fit, says: formatStatement(r.figure) }));
      const same = compared.filter((r) => r.relation === 'same').map((r) => r.figure.id);
      const consistent = described('consistent');
      const differs = described('differs');
      const otherTimes = comparison.rows.filter((r) => r.standing === 'other-time').map((r) => r.figure.id);
      against = {
        verdict: comparison.verdict,
        summary: `${same.length} say the same, ${consistent.length} fit it, ${differs.length} differ; ${otherTimes.length} are about other dates`,
        same,
        consistent,
        differs,
        otherTimes,
      };
    }
    return { figure, why, against };
  });
}

function eventCandidates(reading: ArticleReading, source: Source, data: Dataset): EventCandidate[] {
  const events = new Map(data.events.map((e) => [e.id, e]));
  return reading.dates.map((found: FoundDate) => {
    const report: EventReport = {
      sourceId: source.id,
      quote: quoteWindow(found.sentence, Math.max(0, found.sentence.indexOf(found.text)), Math.max(0, found.sentence.indexOf(found.text)) + found.text.length),
      date: { date: found.date, precision: found.precision },
      dateAsWritten: found.text,
    };
    const event = found.event ? events.get(found.event) : undefined;
    let against: EventCandidate['against'] = null;
    if (event) {
      const dates = Object.fromEntries(event.reports.map((r) => [r.sourceId, r.date.date]));
      against = { agrees: datesOverlap(event.date, report.date), dates };
    }
    return { event: found.event, report, against };
  });
}

/** The curator's own reading of an undated page's date: the reference for its "Monday" and "Jan 13". */
export function withPublished(input: CurationInput, date: string, basis: string): CurationInput {
  return { ...input, page: { ...input.page, publishedAt: date }, dateBasis: `inferred: ${basis}` };
}

/** Reads an extracted page against the dataset and drafts its entries. */
export function curate(input: CurationInput, data: Dataset, index: LinkIndex): Curation {
  const reading = linkReading(readExtracted(input.page, data.story, index), index);
  const source = sourceOf(input, data);
  return {
    article: reading.article,
    onTopic: reading.onTopic,
    reasons: reading.onTopic ? reading.topicReasons : [...reading.articleSignals, ...reading.topicReasons],
    source,
    figures: reading.onTopic ? figureCandidates(reading, input.page, source, data, index) : [],
    events: reading.onTopic ? eventCandidates(reading, source, data) : [],
  };
}

/** A corpus-style text file as the pipeline's extracted page: its title line a headline, each line a block. */
export function pageFromText(article: ArticleText): CurationInput {
  const lines = article.text
    .split(/\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const title = article.title || null;
  const blocks = lines.map((text, i) => ({ role: (i === 0 && text === title ? 'headline' : 'body') as 'headline' | 'body', text }));
  if (title && blocks[0]?.text !== title && !article.titleApproximate) blocks.unshift({ role: 'headline', text: title });
  const dated = /^(\d{4}-\d{2}-\d{2})\b/.exec(article.header.DATE ?? '');
  return {
    page: {
      features: knownArticle(blocks),
      title,
      outlet: article.header.OUTLET ?? null,
      publishedAt: dated ? dated[1]! : null,
      language: guessLanguage(lines.join('\n')),
      blocks,
    },
    url: article.url,
    titleApproximate: article.titleApproximate,
    dateBasis: article.header.DATE ? (dated ? `The header's DATE: ${article.header.DATE}` : `inferred: read the text (the header says "${article.header.DATE}")`) : null,
    authors: [],
  };
}
