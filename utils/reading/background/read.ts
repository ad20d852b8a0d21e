/**
 * The background's part of reading a page, off the page's main thread: is the article the content
 * script extracted about the dataset's story, what does it state (figures and dates), and what in
 * the dataset does each statement match.
 */
import { READING_LIMITS } from '../../constants';
import type { ArticleReading, ExtractedPage, FoundDate, FoundFigure, Story } from '../../schema';
import { judgeArticle } from './article-verdict';
import { readDates } from './dates';
import { guessLanguage } from './language';
import { findOtherSubjects, linkFigure, type FigureContext, type LinkIndex } from './link';
import { linkDate } from './link-dates';
import { isMetricCandidate, readNumbers } from './numbers';
import { assessTopic } from './topic';

/**
 * How much of the article's text the topic is judged on: its start says what it is about, and
 * the topic's word counts would otherwise run over every character of a book-length page.
 */
export const TOPIC_TEXT = 30_000;

/**
 * Ends of sentences: ".", "!" or "?" (after closing quotes) before a capital, CJK stops, or a line
 * break: a block broken by `<br>` is several paragraphs, and a Japanese paragraph often ends
 * without "。" (a br-table page ran note-hoppy's "…約60%を占め、…広がりました" into the next
 * paragraph's RedNote, and its share of young TikTok users went unlinked).
 */
const SENTENCE_END = /[.!?](?:["”’)\]]*)\s+(?=["“‘(\[]?[\p{Lu}\d])|[。！？；]|\n+/gu;
/** "U.S. downloads", "Jan. 19", "No. 1": an abbreviation, not the end of a sentence. */
const ABBREVIATION = /\b(?:U\.S|U\.K|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Mr|Mrs|Ms|Dr|St|Inc|Corp|vs)\.\s+$/;

/** A sentence that is one quotation from its opening mark to its closing one. */
const QUOTATION = /^\s*[“"«„「『][^“”"«»„「」『』]*[”"»」』]\s*$/u;

/** Sentence spans of a block's text. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) continue;
    spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

const clip = <T>(items: readonly T[], max: number) => items.slice(0, max);

/**
 * A sentence cut to the reading's limit around a number: a page without full stops (or a hostile
 * one) can make a "sentence" of a whole article.
 */
function clipAround(found: { sentence: string; start: number; previous: string }, start: number, end: number) {
  const half = READING_LIMITS.sentence / 2 - 50;
  const previous = found.previous.slice(-READING_LIMITS.sentence);
  if (found.sentence.length <= READING_LIMITS.sentence) return { ...found, previous };
  const from = Math.max(found.start, start - half);
  const to = Math.min(found.start + found.sentence.length, end + half);
  return { sentence: found.sentence.slice(from - found.start, to - found.start), start: from, previous };
}

/**
 * How long the background may work on one page (its own work, not the time it waits while other
 * tabs are served). A news article reads in 5–40 ms (bench: pipeline); a megabyte of hostile
 * digits and dates takes 1.5–5 s on this machine's 2 shared cores. Past the budget the reading
 * stops, keeps what it has read and linked, and says it is incomplete.
 */
export const READING_BUDGET = {
  workMs: 2_000,
  /**
   * Finding the article in a page's outline runs in slices this long, other tabs' messages served
   * between them (a 400,000-node outline takes hundreds of milliseconds; a wire story about 5).
   */
  sliceMs: 10,
} as const;

/** What the figures and dates of one block need to be linked. */
interface LinkContext {
  index: LinkIndex;
  title: string;
  otherSubjects: readonly string[];
}

/**
 * What `linkFigure` reads of a found figure: its sentence, its span within it, the article's title
 * and other apps, and (given the block's other figures) the spans of its neighbours.
 */
export function figureContext(figure: FoundFigure, title: string, otherSubjects: readonly string[], all?: readonly FoundFigure[]): FigureContext {
  const inSentence = (offset: number) => offset - figure.sentenceStart;
  return {
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    sentence: figure.sentence,
    start: inSentence(figure.start),
    end: inSentence(figure.end),
    previous: figure.previous,
    title,
    otherSubjects,
    ...(all && {
      neighbours: all
        .filter((other) => other !== figure && other.block === figure.block && other.sentenceStart === figure.sentenceStart)
        .map((other) => ({ start: inSentence(other.start), end: inSentence(other.end), unit: other.unit })),
    }),
  };
}

function linkFigures(figures: readonly FoundFigure[], { index, title, otherSubjects }: LinkContext): FoundFigure[] {
  return figures.map((figure, _, all) => ({ ...figure, metric: linkFigure(figureContext(figure, title, otherSubjects, all), index)?.metricId ?? null }));
}

/**
 * The reading, one block at a time: each yield hands back the reading so far (read and, with a
 * link index, linked), so that a caller can pause between blocks or stop and keep what it has.
 */
function* readSteps(
  page: ExtractedPage,
  story: Story,
  index: Pick<LinkIndex, 'actorNames'>,
  link: LinkIndex | null,
): Generator<() => ArticleReading, ArticleReading> {
  const { blocks, features, ...facts } = page;
  const verdict = judgeArticle(features);
  const text = blocks.map((b) => b.text).join('\n\n');
  const topic = verdict.isArticle ? assessTopic({ title: page.title, text: text.slice(0, TOPIC_TEXT), publishedAt: page.publishedAt }, story) : null;
  // The page's own word for its language, else its text's: numbers are read by it.
  const language = page.language ?? guessLanguage(text);
  const base: ArticleReading = {
    ...facts,
    article: verdict.isArticle,
    articleSignals: clip(verdict.signals, READING_LIMITS.reasons).map((s) => s.slice(0, 300)),
    language,
    onTopic: topic?.onTopic ?? false,
    topicReasons: clip(topic?.reasons ?? [], READING_LIMITS.reasons).map((s) => s.slice(0, 300)),
    otherSubjects: [],
    figures: [],
    dates: [],
    complete: true,
  };
  if (!base.onTopic) return base;
  // Apps the article names that the story is not about, block by block, before any figure is
  // linked (a name the article introduces late still keeps earlier figures unlinked).
  const others = new Set<string>();
  for (const block of blocks) {
    for (const name of findOtherSubjects(block.text, index)) others.add(name);
    yield () => ({ ...base, complete: false });
  }
  const otherSubjects = clip([...others], READING_LIMITS.reasons);
  const context: LinkContext | null = link && { index: link, title: page.title ?? '', otherSubjects };
  const figures: FoundFigure[] = [];
  const dates: FoundDate[] = [];
  const snapshot = (complete: boolean): ArticleReading => ({ ...base, otherSubjects, figures: [...figures], dates: [...dates], complete });
  let previousSentence = '';
  for (const [index, block] of blocks.entries()) {
    const spans = sentenceSpans(block.text);
    const sentenceOf = (offset: number) => {
      const i = spanAt(spans, offset);
      const [s, e] = spans[i]!;
      let previous = i > 0 ? block.text.slice(...spans[i - 1]!) : previousSentence;
      // A sentence that is all quotation is someone's words, not the story's thread: the one
      // before it says whose ("…Crazy Rich Asians star Yang posted. “I already know Mandarin…”
      // The actor has already amassed nearly 400,000 followers").
      if (i > 1 && QUOTATION.test(previous)) previous = block.text.slice(spans[i - 2]![0], spans[i - 1]![1]);
      return { sentence: block.text.slice(s, e), start: s, previous };
    };
    const blockFigures: FoundFigure[] = [];
    for (const mention of readNumbers(block.text, language)) {
      if (!isMetricCandidate(mention) || figures.length + blockFigures.length >= READING_LIMITS.figures) continue;
      const around = clipAround(sentenceOf(mention.start), mention.start, mention.end);
      blockFigures.push({
        id: `f${figures.length + blockFigures.length}`,
        text: mention.text.slice(0, 200),
        value: mention.value,
        unit: mention.unit,
        qualifier: mention.qualifier,
        role: block.role,
        block: index,
        start: mention.start,
        end: mention.end,
        sentence: around.sentence,
        sentenceStart: around.start,
        previous: around.previous,
        metric: null,
      });
    }
    figures.push(...(context ? linkFigures(blockFigures, context) : blockFigures));
    for (const mention of readDates(block.text, page.publishedAt, language)) {
      if (dates.length >= READING_LIMITS.dates) break;
      const date: FoundDate = {
        id: `d${dates.length}`,
        text: mention.text.slice(0, 200),
        date: mention.date,
        precision: mention.precision,
        relative: mention.relative,
        role: block.role,
        block: index,
        start: mention.start,
        end: mention.end,
        sentence: clipAround(sentenceOf(mention.start), mention.start, mention.end).sentence,
        event: null,
      };
      dates.push(context ? { ...date, event: linkDate(date, context.index, otherSubjects) } : date);
    }
    // Headlines and captions are not the sentence before the body's first one.
    if (block.role === 'body' && spans.length) previousSentence = block.text.slice(...spans.at(-1)!);
    yield () => snapshot(false);
  }
  return snapshot(true);
}

/** The span that holds `offset` (the last one when none does), by binary search. */
function spanAt(spans: readonly [number, number][], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]![1] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Whether the article is about the story and, when it is, every number and date of its blocks
 * with its sentence. `index` is the dataset's (for the names of the story's own actors).
 */
export function readExtracted(page: ExtractedPage, story: Story, index: Pick<LinkIndex, 'actorNames'>): ArticleReading {
  return drain(readSteps(page, story, index, null));
}

export interface GentleOptions {
  /** Hands the thread back between blocks, so other tabs' messages are served. */
  pause?: () => Promise<void>;
  now?: () => number;
  workMs?: number;
}

/**
 * Reads and links a page in the background without holding it: a pause between blocks, and a
 * budget of work past which the reading stops and keeps what it has (`complete: false`).
 */
export async function readAndLinkGently(
  page: ExtractedPage,
  story: Story,
  index: LinkIndex,
  { pause = () => new Promise((done) => setTimeout(done, 0)), now = () => performance.now(), workMs = READING_BUDGET.workMs }: GentleOptions = {},
): Promise<ArticleReading> {
  const steps = readSteps(page, story, index, index);
  let worked = 0;
  for (;;) {
    const started = now();
    const step = steps.next();
    worked += now() - started;
    if (step.done) return step.value;
    if (worked > workMs) return step.value();
    await pause();
  }
}

/** Fills in each figure's metric and each date's event from the dataset. */
export function linkReading(reading: ArticleReading, index: LinkIndex): ArticleReading {
  if (!reading.onTopic) return reading;
  const context = { index, title: reading.title ?? '', otherSubjects: reading.otherSubjects };
  return {
    ...reading,
    figures: linkFigures(reading.figures, context),
    dates: reading.dates.map((date) => ({ ...date, event: linkDate(date, index, reading.otherSubjects) })),
  };
}
