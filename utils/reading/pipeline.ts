/**
 * The whole reading of a page, pure TypeScript over a `Document`: is it a news article, is it
 * about the story, what does it state (figures and dates), and what in the dataset does each
 * statement match. The content script runs `readArticle` (no data needed) and the background
 * links the result; `npm run analyze` and the tests run both here in Node.
 */
import { detectArticle } from './article';
import { readDates } from './dates';
import { extractArticle, type ArticleBlock } from './extract';
import { buildLinkIndex, findOtherSubjects, linkDate, linkFigure, type LinkIndex } from './link';
import { isMetricCandidate, readNumbers } from './numbers';
import { assessTopic } from './topic';
import type { Qualifier, Unit } from '../schema';

export type BlockRole = ArticleBlock['role'];

/** A number the article states that could be a figure's value. */
export interface FoundFigure {
  /** Stable within one reading: `f0`, `f1`… in reading order. */
  id: string;
  text: string;
  value: number;
  unit: Unit | null;
  qualifier: Qualifier;
  role: BlockRole;
  /** Where it is: the block's index and offsets in the block's text. */
  block: number;
  start: number;
  end: number;
  /** The sentence that states it, and the one before it. */
  sentence: string;
  sentenceStart: number;
  previous: string;
  /** The dataset metric it is a value of, once linked. */
  metric: string | null;
}

/** A date the article gives, resolved against its publication date. */
export interface FoundDate {
  id: string;
  text: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  relative: boolean;
  role: BlockRole;
  block: number;
  start: number;
  end: number;
  sentence: string;
  /** The dataset event it names, once linked. */
  event: string | null;
}

/** What a page is and says: everything in it is plain data, safe to send between contexts. */
export interface ArticleReading {
  article: boolean;
  onTopic: boolean;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
  /** Why it counts as an article, and why it is (or is not) about the story. */
  articleSignals: string[];
  topicReasons: string[];
  /** Apps the article names that the story is not about ("Lumio"). */
  otherSubjects: string[];
  figures: FoundFigure[];
  dates: FoundDate[];
}

/** Ends of sentences: ".", "!" or "?" (after closing quotes) before a capital, or CJK stops. */
const SENTENCE_END = /[.!?](?:["”’)\]]*)\s+(?=["“‘(\[]?[\p{Lu}\d])|[。！？；]/gu;

/** Sentence spans of a block's text. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    // "U.S. downloads", "Jan. 19", "No. 1": an abbreviation, not the end of a sentence.
    if (/\b(?:U\.S|U\.K|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Mr|Mrs|Ms|Dr|St|Inc|Corp|vs)\.\s+$/.test(text.slice(Math.max(start, end - 8), end))) continue;
    spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

const NOT_ARTICLE: Omit<ArticleReading, 'article' | 'articleSignals'> = {
  onTopic: false,
  title: null,
  outlet: null,
  publishedAt: null,
  language: null,
  topicReasons: [],
  otherSubjects: [],
  figures: [],
  dates: [],
};

/**
 * Reads a page without the dataset: detection, extraction, topic, and every number and date in
 * the article with its sentence. Returns the blocks too, for the highlighter (not serialisable).
 */
export function readArticle(doc: Document): { reading: ArticleReading; blocks: ArticleBlock[] } {
  const verdict = detectArticle(doc);
  if (!verdict.isArticle) return { reading: { ...NOT_ARTICLE, article: false, articleSignals: verdict.signals }, blocks: [] };
  const extracted = extractArticle(doc);
  const topic = assessTopic({ title: extracted.title, text: extracted.text });
  const base: ArticleReading = {
    ...NOT_ARTICLE,
    article: true,
    onTopic: topic.onTopic,
    title: extracted.title,
    outlet: extracted.outlet,
    publishedAt: extracted.publishedAt,
    language: extracted.language,
    articleSignals: verdict.signals,
    topicReasons: topic.reasons,
  };
  if (!topic.onTopic) return { reading: base, blocks: extracted.blocks };

  const figures: FoundFigure[] = [];
  const dates: FoundDate[] = [];
  let previousSentence = '';
  extracted.blocks.forEach((block, index) => {
    const spans = sentenceSpans(block.text);
    const sentenceOf = (offset: number) => {
      const at = spans.findIndex(([s, e]) => offset >= s && offset < e);
      const i = at < 0 ? spans.length - 1 : at;
      const [s, e] = spans[i]!;
      const previous = i > 0 ? block.text.slice(...spans[i - 1]!) : previousSentence;
      return { sentence: block.text.slice(s, e), start: s, previous };
    };
    for (const mention of readNumbers(block.text)) {
      if (!isMetricCandidate(mention)) continue;
      const { sentence, start, previous } = sentenceOf(mention.start);
      figures.push({
        id: `f${figures.length}`,
        text: mention.text,
        value: mention.value,
        unit: mention.unit,
        qualifier: mention.qualifier,
        role: block.role,
        block: index,
        start: mention.start,
        end: mention.end,
        sentence,
        sentenceStart: start,
        previous,
        metric: null,
      });
    }
    for (const mention of readDates(block.text, extracted.publishedAt)) {
      dates.push({
        id: `d${dates.length}`,
        text: mention.text,
        date: mention.date,
        precision: mention.precision,
        relative: mention.relative,
        role: block.role,
        block: index,
        start: mention.start,
        end: mention.end,
        sentence: sentenceOf(mention.start).sentence,
        event: null,
      });
    }
    // Headlines and captions are not the sentence before the body's first one.
    if (block.role === 'body' && spans.length) previousSentence = block.text.slice(...spans.at(-1)!);
  });
  return {
    reading: { ...base, otherSubjects: findOtherSubjects(extracted.text), figures, dates },
    blocks: extracted.blocks,
  };
}

/** Fills in each figure's metric and each date's event from the dataset. */
export function linkReading(reading: ArticleReading, index: LinkIndex): ArticleReading {
  if (!reading.onTopic) return reading;
  const title = reading.title ?? '';
  return {
    ...reading,
    figures: reading.figures.map((figure, _, all) => ({
      ...figure,
      metric:
        linkFigure(
          {
            value: figure.value,
            unit: figure.unit,
            qualifier: figure.qualifier,
            sentence: figure.sentence,
            start: figure.start - figure.sentenceStart,
            end: figure.end - figure.sentenceStart,
            previous: figure.previous,
            title,
            otherSubjects: reading.otherSubjects,
            neighbours: all
              .filter((other) => other !== figure && other.block === figure.block && other.sentenceStart === figure.sentenceStart)
              .map((other) => ({ start: other.start - figure.sentenceStart, end: other.end - figure.sentenceStart })),
          },
          index,
        )?.metricId ?? null,
    })),
    dates: reading.dates.map((date) => ({ ...date, event: linkDate(date, index, reading.otherSubjects) })),
  };
}

/** Reads and links a page in one go (Node, tests, `npm run analyze`). */
export function readPage(doc: Document, data: Parameters<typeof buildLinkIndex>[0] | LinkIndex): ArticleReading {
  const index = 'figures' in data ? buildLinkIndex(data) : data;
  return linkReading(readArticle(doc).reading, index);
}
