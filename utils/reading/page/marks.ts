/**
 * The elements detection and extraction look at (headlines, marked bodies, dates, bylines,
 * buttons, code), gathered during the survey's one pass instead of a query per question: a
 * selector query walks the whole page each time (and in Node, linkedom compiles each selector
 * anew: 40% of extraction time on the evaluation's pages before this).
 */
import { isButtonInput } from '../../constants';
import { isShallow, tagOf } from './text';

/** Class names and ids publishers and CMSs give the body container. */
const BODY_CLASSES = new Set([
  'article-body', 'article__body', 'articleBody', 'article-body-content', 'article-content', 'article__content', 'article-text',
  'story-body', 'story-content', 'story-text', 'entry-content', 'post-content', 'post-body', 'post-entry', 'content-body',
  'body-copy', 'rich-text', 'main-text', 'news-content', 'news-text',
]);
const BODY_IDS = new Set(['article-body', 'articleBody', 'story-body']);
/** What each post of a forum or comment thread offers its readers. */
const POST_ACTION = /^(?:reply|quote|report|like|回复|回覆|引用|举报|返信|답글|responder|antworten|rispondi|répondre|balas)$/i;
const BUY_BUTTON = /^(?:add to (?:cart|bag|basket)|buy now|buy it now|add to wishlist|checkout|in den warenkorb|加入购物车)$/i;
const BYLINE_CLASS = /byline|author-name|article-author/;
const DATE_CLASS = /date|time|posted|byline|meta/;
const VIDEO_SOURCE = /youtube|vimeo|player/i;
const ARTICLE_ITEMTYPE = /schema\.org\/\w*(?:Article|BlogPosting)\b/i;
/** Enough of each list to decide; a hostile page can hold millions. */
const MAX_LISTED = 100;

export interface PageMarks {
  /** `<h1>`s and elements marked as the headline (`itemprop="headline"`). */
  headlines: Element[];
  /** Bodies marked `itemprop="articleBody"`, and containers with a CMS's body class names. */
  markedBodies: Element[];
  namedBodies: Element[];
  /** `<h2>`–`<h4>`: a listing's linked headlines. */
  headings: Element[];
  /** `<time datetime>`. */
  times: Element[];
  /** `itemprop="author"`, `rel="author"`. */
  authors: Element[];
  /** Elements named as bylines. */
  bylines: Element[];
  /** `<time>`s and elements named as date, time, byline or meta lines. */
  dateLines: Element[];
  articles: number;
  codeBlocks: number;
  codeSpans: number;
  /** Reply, Quote, Like… links and buttons: the posts of a thread. */
  actions: number;
  video: boolean;
  microdata: boolean;
  datePublished: boolean;
  price: boolean;
  buyButton: boolean;
}

const push = (list: Element[], el: Element) => {
  if (list.length < MAX_LISTED) list.push(el);
};

const shortText = (el: Element) => {
  if (!isShallow(el)) return '';
  const text = el.textContent ?? '';
  return text.length <= 40 ? text.trim() : '';
};

/** A visitor for the survey, and what it gathers. `skipped`: furniture or never shown. */
export function gatherMarks(): { marks: PageMarks; visit: (el: Element, skipped: boolean) => void } {
  const marks: PageMarks = {
    headlines: [], markedBodies: [], namedBodies: [], headings: [], times: [], authors: [], bylines: [], dateLines: [],
    articles: 0, codeBlocks: 0, codeSpans: 0, actions: 0, video: false, microdata: false, datePublished: false, price: false, buyButton: false,
  };
  const button = (el: Element, tag: string) => {
    const label = tag !== 'INPUT' ? shortText(el) : isButtonInput(el.getAttribute('type')) ? (el.getAttribute('value') ?? '') : '';
    if (POST_ACTION.test(label)) marks.actions++;
    if (BUY_BUTTON.test(label)) marks.buyButton = true;
  };
  const visit = (el: Element, skipped: boolean) => {
    const tag = tagOf(el);
    if (skipped) {
      // Buttons are furniture to the text, but say what the page is (a shop's sits in a form).
      if (tag === 'BUTTON' || tag === 'INPUT') button(el, tag);
      else if (tag === 'FORM') {
        for (const inner of ['BUTTON', 'INPUT']) {
          const found = el.getElementsByTagName(inner);
          for (let i = 0; i < found.length && i < MAX_LISTED; i++) button(found[i]!, inner);
        }
      } else if (tag === 'VIDEO' || (tag === 'IFRAME' && VIDEO_SOURCE.test(el.getAttribute('src') ?? ''))) marks.video = true;
      return;
    }
    switch (tag) {
      case 'H1': push(marks.headlines, el); break;
      case 'H2': case 'H3': case 'H4': push(marks.headings, el); break;
      case 'ARTICLE': marks.articles++; break;
      case 'PRE': marks.codeBlocks++; break;
      case 'CODE': marks.codeSpans++; break;
      case 'TIME':
        push(marks.dateLines, el);
        if (el.hasAttribute('datetime')) push(marks.times, el);
        break;
      case 'A': {
        const label = shortText(el);
        if (label && POST_ACTION.test(label)) marks.actions++;
        if (label && el.getAttribute('role') === 'button' && BUY_BUTTON.test(label)) marks.buyButton = true;
        break;
      }
    }
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      if (itemprop === 'headline') push(marks.headlines, el);
      else if (itemprop === 'articleBody') push(marks.markedBodies, el);
      else if (itemprop === 'datePublished') marks.datePublished = true;
      else if (itemprop === 'price') marks.price = true;
      if (/(?:^|\s)author(?:\s|$)/.test(itemprop)) push(marks.authors, el);
    }
    if (/(?:^|\s)author(?:\s|$)/.test(el.getAttribute('rel') ?? '')) push(marks.authors, el);
    if (!marks.microdata && ARTICLE_ITEMTYPE.test(el.getAttribute('itemtype') ?? '')) marks.microdata = true;
    const id = el.getAttribute('id');
    if (id && BODY_IDS.has(id)) push(marks.namedBodies, el);
    const names = el.getAttribute('class');
    if (names) {
      if (names.split(/\s+/).some((name) => BODY_CLASSES.has(name))) push(marks.namedBodies, el);
      if (BYLINE_CLASS.test(names)) push(marks.bylines, el);
      if (DATE_CLASS.test(names)) push(marks.dateLines, el);
      if (names.includes('add-to-cart')) marks.buyButton = true;
      if (names.includes('video-player') || names.includes('videoplayer')) marks.video = true;
    }
    const testId = el.getAttribute('data-testid') ?? el.getAttribute('data-component');
    if (testId === 'article-body') push(marks.namedBodies, el);
  };
  return { marks, visit };
}
