/**
 * What a page shows of being an article: how much prose and where it stands, how many links,
 * listings' headlines and threads' reply links, and what the publisher marks up. Measured from
 * the page's outline in the background (or from a parsed page in Node), and judged apart
 * (`reading/background/article-verdict.ts`): the measures are numbers and a few names, the
 * weights and the words that explain a verdict are the judge's.
 */
import type { ArticleFeatures } from '../../schema';
import type { PageAnatomy } from './anatomy';
import { PUBLISHED_PHRASE } from './published';
import { drain, never, SLICE_EVERY, type Due } from './slicing';
import { isProse, type Survey } from './survey';

/**
 * What counts where, set with the verdict's weights (see `ARTICLE_WEIGHTS` there): a paragraph of
 * 80+ characters is substantial; a linked headline is a line of 15+ characters, 80% links; a
 * headline stands right above the text with at most 1,500 characters of byline, date line, share
 * bar and caption between them; dates and prices are looked for in the first 20,000 characters.
 */
export const MEASURE = { substantial: 80, linkedLine: { chars: 15, links: 0.8 }, headlineGap: 1_500, leadingText: 20_000 } as const;

const PRICE = /(?:[$€£¥]\s?\d{1,4}(?:[.,]\d{2})\b)|(?:\b\d{1,4}[.,]\d{2}\s?(?:USD|EUR|GBP)\b)/g;
const FEATURE_LIMITS = { types: 20, typeChars: 60, nameChars: 100 } as const;

/** The page's text blocks from the top, up to `limit` characters (for dates and prices). */
function* startOfText(survey: Survey, limit: number, due: Due): Generator<void, string> {
  const parts: string[] = [];
  let length = 0;
  for (const leaf of survey.leaves) {
    if (length >= limit) break;
    if (parts.length % SLICE_EVERY === SLICE_EVERY - 1 && due()) yield;
    const text = leaf.textContent ?? '';
    parts.push(text);
    length += text.length;
  }
  return parts.join('\n');
}

/** The body's text as the survey measured it: its prose, paragraphs and linked lines. */
function* mainText(anatomy: PageAnatomy, due: Due) {
  const { survey, roots, headline } = anatomy;
  // The roots are disjoint and in document order, like the leaves: one walk through both.
  const ranges = roots.flatMap((root) => survey.stats.get(root) ?? []).sort((a, b) => a.order - b.order);
  const head = headline ? survey.stats.get(headline) : undefined;
  let prose = 0;
  let substantial = 0;
  // Linked lines each followed by a snippet of their own: a listing's teasers, not a related-links box.
  let teasers = 0;
  let linkedLine = false;
  let firstProse = -1;
  let gap = 0;
  let range = 0;
  let steps = 0;
  for (const leaf of survey.leaves) {
    if (++steps % SLICE_EVERY === 0 && due()) yield;
    const s = survey.stats.get(leaf)!;
    while (range < ranges.length && ranges[range]!.end < s.order) range++;
    if (head && s.order >= head.order && s.order <= head.end) continue;
    const inRoot = range < ranges.length && s.order >= ranges[range]!.order;
    if (head && firstProse < 0 && s.order > head.end && !(inRoot && isProse(s))) gap += s.chars;
    if (!inRoot) continue;
    if (s.chars >= MEASURE.linkedLine.chars && s.links >= s.chars * MEASURE.linkedLine.links) {
      linkedLine = true;
      continue;
    }
    if (!isProse(s)) continue;
    if (linkedLine) teasers++;
    linkedLine = false;
    if (firstProse < 0) firstProse = s.order;
    prose += s.chars;
    if (s.chars >= MEASURE.substantial) substantial++;
  }
  const headlineAbove = !!head && firstProse > head.end && gap <= MEASURE.headlineGap;
  return { prose: Math.round(prose), substantial, teasers, headlineAbove };
}

/** Measures what `judgeArticle` needs, in one pass over what the anatomy already holds. */
export function measureArticle(anatomy: PageAnatomy): ArticleFeatures {
  return drain(measureArticleSteps(anatomy));
}

/** The same in slices: its walks over the page's text blocks yield when `due` (100,000 words: tens of ms). */
export function* measureArticleSteps(anatomy: PageAnatomy, due: Due = never): Generator<void, ArticleFeatures> {
  const { data, survey, marks } = anatomy;
  const meta = (key: string) => anatomy.meta.get(key) ?? null;
  const page = survey.root ? survey.stats.get(survey.root) : undefined;
  const leadingText = yield* startOfText(survey, MEASURE.leadingText, due);
  const text = yield* mainText(anatomy, due);
  const name = (value: string | null) => value?.slice(0, FEATURE_LIMITS.nameChars) ?? null;
  return {
    ...text,
    linkShare: page && page.chars > 0 ? Math.min(page.links / page.chars, 1) : 0,
    linkedHeadings: marks.headings.filter((heading) => survey.stats.get(heading)!.links >= MEASURE.linkedLine.chars).length,
    actions: marks.actions,
    video: marks.video,
    structuredArticle: name(data.article?.type ?? null),
    types: data.types.slice(0, FEATURE_LIMITS.types).map((type) => type.slice(0, FEATURE_LIMITS.typeChars)),
    malformed: data.malformed,
    openGraphType: name(meta('og:type')),
    publicationTime: !!(meta('article:published_time') || marks.datePublished || meta('datepublished')),
    microdata: marks.microdata,
    articles: marks.articles,
    times: marks.times.length,
    byline: marks.authors.length > 0 || marks.bylines.length > 0 || !!meta('author'),
    datePhrase: PUBLISHED_PHRASE.test(leadingText),
    buyButton: marks.buyButton,
    priceMarkup: !!(marks.price || meta('product:price:amount') || meta('og:price:amount') || meta('price')),
    prices: leadingText.match(PRICE)?.length ?? 0,
    codeBlocks: marks.codeBlocks,
    codeSpans: marks.codeSpans,
    generator: name(meta('generator')),
  };
}
