/**
 * One page of the evaluation, read twice: by Crosscheck's whole pipeline (the same steps as
 * `readPage`: `extractPage`, then `readExtracted` and `linkReading` against the dataset) and by
 * Mozilla Readability (`isProbablyReaderable`, then `Readability.parse`), each on a freshly
 * parsed Document. Scored against what the template placed and against the dataset's figures
 * for the page.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { LinkIndex } from '../../utils/reading/background/link';
import { linkReading, readExtracted } from '../../utils/reading/background/read';
import { extractPage } from '../../utils/reading/page/extract-page';
import type { Dataset, FoundFigure, Figure, Story } from '../../utils/schema';
import { parseHtml } from '../../tests/unit/dom';
import { normalise, type EvalArticle } from './pages';
import type { Rendered, Structure } from './structures';

/** How many of a list of things were found. */
export interface Share {
  found: number;
  total: number;
}

export interface Extraction {
  /** Body paragraphs of the article recovered. */
  paragraphs: Share;
  /** Dek, captions and key-takeaway items recovered. */
  extras: Share;
  /** Pieces of furniture (of at least 20 characters) that came along. */
  furniture: Share;
  ms: number;
}

export interface FigureMiss {
  figure: string;
  metric: string;
  quote: string;
  /** What the reader made of it: not found, or the metric it was linked to (null: none). */
  got: 'not found' | string | null;
}

export interface PageResult {
  structure: string;
  kind: Structure['kind'];
  page: string;
  label: EvalArticle['label'];
  language: string;
  article: boolean;
  onTopic: boolean;
  ours: Extraction;
  readability: Extraction & { readerable: boolean; title: boolean };
  figures: { expected: number; found: number; linked: number; wrong: number; misses: FigureMiss[] };
}

/** Furniture shorter than this ("World", "Email") is too common a string to look for. */
const FURNITURE_MIN = 20;

function shareIn(pieces: readonly string[], text: string): Share {
  let found = 0;
  for (const piece of pieces) if (text.includes(normalise(piece))) found++;
  return { found, total: pieces.length };
}

function extraction(rendered: Rendered, extracted: string, ms: number): Extraction {
  const text = normalise(extracted);
  const { parts } = rendered;
  const articleText = normalise(parts.articleText.join('\n'));
  // Furniture counted only where its words are not also the article's (a related headline
  // that repeats a sentence of the story would be found either way).
  const furniture = parts.furniture.filter((piece) => piece.length >= FURNITURE_MIN && !articleText.includes(normalise(piece)));
  return { paragraphs: shareIn(parts.paragraphs, text), extras: shareIn(parts.extras, text), furniture: shareIn(furniture, text), ms };
}

/**
 * Sizes are compared: the dataset keeps a fall as a negative change (-54) where the page writes
 * "fell by 54%", and the reader, like the linker, reads the number as written.
 */
const close = (a: number, b: number) => Math.abs(Math.abs(a) - Math.abs(b)) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005;

/**
 * The reader's span and the dataset's "as written" are the same words, one inside the other, or
 * overlapping on the number: the span carries the hedge ("less than 24") where the dataset wrote
 * the unit ("24 hours").
 */
function sameWords(text: string, written: string): boolean {
  if (text.includes(written) || written.includes(text)) return true;
  for (let k = written.indexOf(' '); k > 0; k = written.indexOf(' ', k + 1)) {
    if (text.endsWith(written.slice(0, k)) && /\d/.test(written.slice(0, k))) return true;
  }
  return false;
}

/** The found figure states the dataset's figure: its number, in the quote's words. */
function states(found: FoundFigure, figure: Figure): boolean {
  if (!close(found.value, figure.value)) return false;
  const text = normalise(found.text);
  const written = normalise(figure.asWritten);
  if (!sameWords(text, written)) return false;
  const quote = normalise(figure.quote);
  const sentence = normalise(found.sentence);
  if (sentence.includes(quote) || quote.includes(sentence)) return true;
  const at = sentence.indexOf(text);
  if (at < 0) return quote.includes(text);
  // The words either side of the number, as far as the quote goes.
  for (const reach of [24, 12]) {
    const before = sentence.slice(Math.max(0, at - reach), at + text.length);
    const after = sentence.slice(at, at + text.length + reach);
    if (quote.includes(before) || quote.includes(after)) return true;
  }
  return false;
}

export interface EvalContext {
  data: Dataset;
  story: Story;
  index: LinkIndex;
  figuresBySource: Map<string, Figure[]>;
}

export function evalContext(data: Dataset, index: LinkIndex): EvalContext {
  const figuresBySource = new Map<string, Figure[]>();
  for (const figure of data.figures) figuresBySource.set(figure.sourceId, [...(figuresBySource.get(figure.sourceId) ?? []), figure]);
  return { data, story: data.story, index, figuresBySource };
}

function scoreFigures(ctx: EvalContext, article: EvalArticle, rendered: Rendered, found: readonly FoundFigure[], onTopic: boolean): PageResult['figures'] {
  const placed = normalise(rendered.parts.articleText.join('\n'));
  const expected = article.sourceIds.flatMap((id) => ctx.figuresBySource.get(id) ?? []).filter((figure) => placed.includes(normalise(figure.quote)));
  const result: PageResult['figures'] = { expected: expected.length, found: 0, linked: 0, wrong: 0, misses: [] };
  for (const figure of expected) {
    const candidates = onTopic ? found.filter((f) => states(f, figure)) : [];
    const right = candidates.find((f) => f.metric === figure.metricId);
    if (candidates.length > 0) result.found++;
    if (right) {
      result.linked++;
      continue;
    }
    const other = candidates.find((f) => f.metric !== null);
    if (other) result.wrong++;
    result.misses.push({
      figure: figure.id,
      metric: figure.metricId,
      quote: figure.quote,
      got: candidates.length === 0 ? 'not found' : (other?.metric ?? null),
    });
  }
  return result;
}

/** Reads one rendered page both ways and scores it. */
export function scorePage(ctx: EvalContext, structure: Structure, article: EvalArticle, rendered: Rendered): PageResult {
  const doc = parseHtml(rendered.html);
  const started = performance.now();
  const { page } = extractPage(doc);
  const ms = performance.now() - started;
  const reading = linkReading(readExtracted(page, ctx.story, ctx.index), ctx.index);
  const ours = extraction(rendered, page.blocks.map((block) => block.text).join('\n'), ms);

  const theirs = parseHtml(rendered.html);
  const readerable = isProbablyReaderable(theirs);
  const begun = performance.now();
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(theirs).parse();
  } catch {
    parsed = null;
  }
  const readabilityMs = performance.now() - begun;
  const readability = {
    ...extraction(rendered, `${parsed?.title ?? ''}\n${parsed?.textContent ?? ''}`, readabilityMs),
    readerable,
    title: normalise(parsed?.title ?? '') === normalise(article.title),
  };

  return {
    structure: structure.id,
    kind: structure.kind,
    page: article.id,
    label: article.label,
    language: article.language,
    article: reading.article,
    onTopic: reading.onTopic,
    ours,
    readability,
    figures: scoreFigures(ctx, article, rendered, reading.figures, reading.onTopic),
  };
}
