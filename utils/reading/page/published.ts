/** When the article was published: structured data, meta tags, `<time>`, then the page's text. */
import { isCalendarDay, isoDayOf, monthNumber, MONTH_PATTERN } from '../../core/calendar';
import type { ExtractedArticle } from './extract';
import { articleHolders, isFurniture, isMetaLine } from './furniture';
import type { PageAnatomy } from './anatomy';
import { metaContent } from './meta';
import { collectText, squash } from './text';

const MONTH_NAME = `(${MONTH_PATTERN})`;
// Marked pure so the gate's bundle, which imports from article.ts, can drop them (0.25 KiB gzipped).
const ISO_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;
const MONTH_DAY_YEAR = /* @__PURE__ */ new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = /* @__PURE__ */ new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'i');
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** A publication date: a real day, in the years news sites have existed. */
function ymd(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || !isCalendarDay([year, month, day])) return null;
  return isoDayOf([year, month, day]);
}

/**
 * YYYY-MM-DD from the date formats publishers use: ISO 8601 (the date as written, before any
 * time-zone offset), "January 14, 2025", "Jan. 14, 2025", "14 January 2025", "2025年1月14日".
 */
export function normaliseDate(raw: string): string | null {
  const text = raw.trim();
  let match = ISO_DATE.exec(text);
  if (match && match.index <= 12) return ymd(Number(match[1]), Number(match[2]), Number(match[3]));
  match = CJK_DATE.exec(text);
  if (match) return ymd(Number(match[1]), Number(match[2]), Number(match[3]));
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return ymd(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return ymd(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
  return null;
}

/** "Posted on January 14, 2025", "Published Jan. 14, 2025", "发布时间：2025年1月15日". */
export const PUBLISHED_PHRASE = /* @__PURE__ */ new RegExp(
  `(?:posted|published|first published|publication date|date)\\s*(?:on|:)?\\s*(?:\\w+day,?\\s+)?(${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_NAME}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    `|(?:发布|發布|發佈|发表)(?:时间|時間|于|於)?[:：]?\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}-\\d{2}-\\d{2})`,
  'i',
);
const UPDATED = /updat|modif|更新|修改/i;

type DateSource = ExtractedArticle['publishedAtFrom'];

/** `dateLines`: the lines between the headline and the body that hold a date. */
export function findPublishedAt(page: PageAnatomy, scope: Element | null, dateLines: readonly string[] = []): { date: string | null; from: DateSource } {
  const { data, survey } = page;
  const fromJsonLd = data.article?.datePublished ? normaliseDate(data.article.datePublished) : null;
  if (fromJsonLd) return { date: fromJsonLd, from: 'json-ld' };

  const fromMeta = metaContent(
    page.meta, 'article:published_time', 'og:article:published_time', 'published_time', 'datePublished',
    'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'DC.date.issued',
    'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
  );
  const metaDate = fromMeta ? normaliseDate(fromMeta) : null;
  if (metaDate) return { date: metaDate, from: 'meta' };

  // <time datetime>: a marked publication time first, else the first in the article that is
  // not an "updated" stamp and not in a related-stories list.
  const times = page.marks.times.slice(0, 50);
  // The time's own line ("Published 14 Jan 2025"): its parent's text, when the parent is a line.
  const short = (el: Element | null) => !!el && (page.survey.stats.get(el)?.chars ?? Infinity) < 200;
  const describe = (time: Element) =>
    `${time.getAttribute('itemprop') ?? ''} ${time.getAttribute('class') ?? ''} ${short(time.parentElement) ? time.parentElement!.textContent : ''}`;
  const marked = times.find((time) => /datePublished|publish|posted/i.test(describe(time)) || time.hasAttribute('pubdate'));
  const inScope = times.filter((time) => !scope || scope.contains(time) || scope.parentElement?.contains(time));
  const plain = (inScope.length > 0 ? inScope : times).find((time) => !UPDATED.test(describe(time)));
  for (const time of [marked, plain]) {
    const date = time ? normaliseDate(time.getAttribute('datetime') ?? '') : null;
    if (date) return { date, from: 'time' };
  }

  // Text: "Posted on January 14, 2025", then a bare date in a byline/date line.
  const root = survey.root;
  if (!root) return { date: null, from: null };
  const holds = articleHolders(root.ownerDocument);
  const leading = collectText(root, (el) => isFurniture(el, holds) && !isMetaLine(el), 30_000).text;
  const phrase = PUBLISHED_PHRASE.exec(leading);
  const phraseDate = phrase ? normaliseDate(phrase[1] ?? phrase[2] ?? '') : null;
  if (phraseDate) return { date: phraseDate, from: 'text' };
  for (const line of page.marks.dateLines.slice(0, 50)) {
    if (!short(line)) continue;
    const text = squash(line.textContent ?? '');
    if (text.length > 200 || UPDATED.test(text)) continue;
    const date = normaliseDate(text);
    if (date) return { date, from: 'text' };
  }
  // Pages that mark nothing up put the date on a line of its own under the headline.
  for (const line of dateLines) {
    const date = UPDATED.test(line) ? null : normaliseDate(line);
    if (date) return { date, from: 'text' };
  }
  return { date: null, from: null };
}
