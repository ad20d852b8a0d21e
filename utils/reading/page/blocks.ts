/** What each block of the article is: body, dek, caption, or furniture whatever its markup. */
import { normaliseDate } from './published';
import { collectText, tagOf, type CollectedText } from './text';
import { isFurniture } from './furniture';
import { weightedLength } from './survey';

export interface ArticleBlock {
  role: 'headline' | 'dek' | 'summary' | 'body' | 'caption';
  element: Element;
  /** Exactly `readBlock(element).text`: whitespace as on the page, so offsets map back. */
  text: string;
}

/** The text of one block, skipping furniture nested inside it (a share button in a caption). */
export function readBlock(element: Element): CollectedText {
  return collectText(element, isFurniture);
}

/** Lines that are page furniture whatever their markup. */
const FURNITURE_TEXT =
  /^(?:advertisement|advertise with us(?:\s*report ad)?|report (?:this )?ad|sponsored(?: content)?|story continues below(?: advertisement)?|leer en español|read in english|listen to (?:this )?(?:article|story).*|estimated read time:?.*|(?:\d+|one|two|three|four|five)(?:\s*[-–]\s*\d+)?\s*min(?:ute)?s?(?: read)?|\d+\s+comments?|comments?(?:\s*\(\d+\))?|share(?: this(?: article| story)?)?(?: on .*)?|related(?: stories| articles| coverage| content| news| reading)?:?|more from .{1,60}|read more:?|recommended(?: for you)?|most (?:read|popular)|you may also like|sign up for .{0,120}|subscribe to .{0,120}|follow us on .{0,120}|copyright ©?.*|all rights reserved\.?|edited by .{1,80}|(?:editorial (?:&|and) )?advertiser disclosure\b.*|disclosure: .*|广告|相关(?:新闻|阅读|文章|报道)|延伸阅读)$/i;
/** "By Ana Ruiz and Li Wei": a line of names only (so "By Tuesday, the app…" stays). */
const BYLINE_TEXT = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*\s*(?:[|,·–—-].{0,40})?$/u;
const DATE_LINE =
  /^(?:(?:posted|published|updated|last updated|first published)\b(?:\s+(?:on|by|at))?\s*[:：]?|(?:来源|來源|发布时间|發布時間|发布于|作者|记者|記者|责任编辑|責任編輯|编辑|編輯)\s*[:：\s])/i;
const DEK_CLASS =
  /(?:^|[\s_-])(?:dek|deck|standfirst|subtitle|subheadline|subhead|strapline|lede|excerpt|intro|description|summary|teaser|sub-?headline)(?=$|[\s_-])/;
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|figcaption|wp-caption-text|photo-caption|image-caption)(?=$|[\s_-])/;

export function isCaption(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return true;
  if (el.getAttribute('itemprop') === 'caption') return true;
  return CAPTION_CLASS.test((el.getAttribute('class') ?? '').toLowerCase());
}

function isDekElement(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop') ?? '';
  return /description|alternativeHeadline/i.test(itemprop) || DEK_CLASS.test((el.getAttribute('class') ?? '').toLowerCase());
}

/**
 * A dek is marked as one, or (outside the body) is the first line after the headline that reads
 * like a sentence rather than a byline or date line. Inside the body only a marked dek, or a
 * subtitle heading right under the headline, counts.
 */
export function isDek(element: Element, text: string, followsHeadline: boolean, inBody: boolean): boolean {
  if (isFurnitureLine(text) || text.length > 400) return false;
  if (isDekElement(element)) return true;
  const tag = tagOf(element);
  if (followsHeadline && /^H[2-4]$/.test(tag) && text.length >= 30) return true;
  if (inBody || !['P', 'H2', 'H3', 'DIV'].includes(tag)) return false;
  return weightedLength(text) >= 60 && normaliseDate(text) === null;
}

export function isFurnitureLine(text: string): boolean {
  if (text.length > 200) return false;
  // A date alone ("January 14, 2025", "Jan 14, 2025 10:42 GMT") is a date line.
  return FURNITURE_TEXT.test(text) || BYLINE_TEXT.test(text) || (text.length < 120 && DATE_LINE.test(text)) || (text.length <= 40 && normaliseDate(text) !== null);
}
