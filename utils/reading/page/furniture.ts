/**
 * Page anatomy: which parts of a page are furniture (navigation, ads, share bars, related
 * stories, comments…), which are byline and date lines, and which are key-takeaways boxes.
 * Judged from markup alone, so detection and extraction agree on it.
 */
import { isShallow, squash, tagOf } from './text';

const FURNITURE_TAGS = new Set([
  'NAV', 'FOOTER', 'BUTTON', 'DIALOG', 'MENU', 'INPUT', 'LABEL', 'SELECT',
  // AMP's ads, menus and share buttons.
  'AMP-AD', 'AMP-STICKY-AD', 'AMP-EMBED', 'AMP-SIDEBAR', 'AMP-SOCIAL-SHARE', 'AMP-ANALYTICS', 'AMP-CONSENT',
]);
const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'toolbar', 'menu',
  'menubar', 'tablist',
]);
/** One class or id token (split on space, "-" and "_") that marks furniture. */
const FURNITURE_TOKEN =
  /(?:^|[\s_-])(?:ads?|adslot|adunit|advert|advertisement|advertising|dfp|sponsor|sponsored|promo|promotion|share|sharing|sharebar|social|related|recirc|recirculation|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|comment|comments|nav|navbar|navigation|menu|footer|masthead|sidebar|widget|widgets|popular|trending|outbrain|taboola|paywall|breadcrumb|breadcrumbs|skip|sr-only|toolbar|tags|pagination|pager|disclaimer|disclosure)(?=$|[\s_-])/;
/** Furniture named by several tokens together. */
const FURNITURE_PHRASE =
  /more-?from|most-?read|read-?next|up-?next|you-?may|also-?read|read-?time|reading-?time|min-?read|comment-?count|share-?bar|social-?links|site-?header|site-?footer|global-?header|visually-?hidden|screen-?reader/;
/** Bylines and date lines: not reader text, but where authors and dates live. */
const META_TOKEN =
  /(?:^|[\s_-])(?:byline|bylines|author|authors|meta|timestamp|published|updated|date|time|posted|pubdate|kicker|eyebrow)(?=$|[\s_-])/;
const SUMMARY_CLASS =
  /key-?takeaways?|(?:^|[\s_-])takeaways(?=$|[\s_-])|key-?points|quick-?summary|summary-?box|article-?summary|story-?summary|(?:^|[\s_-])highlights(?=$|[\s_-])|tldr|at-?a-?glance|in-?brief|quick-?facts/;
/** The label a key-takeaways box opens with. */
export const SUMMARY_LABEL =
  /^(?:key takeaways|takeaways|quick summary|summary|at a glance|highlights|key points|the big picture|what to know|in brief|tl;?dr|要点|摘要|重点|要點|重點|内容提要)\s*:?$/i;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** A key-takeaways / quick-summary box (its class says so, or its first line is the label). */
export function isSummaryBox(el: Element): boolean {
  const tag = tagOf(el);
  if (!['DIV', 'ASIDE', 'SECTION', 'UL', 'OL'].includes(tag)) return false;
  if (SUMMARY_CLASS.test(classAndId(el))) return true;
  const first = el.firstElementChild;
  if (!first || !isShallow(first)) return false;
  const label = first.textContent ?? '';
  return label.length < 40 && SUMMARY_LABEL.test(squash(label));
}

/**
 * Navigation, ads, share bars, related-story lists, comments and other furniture, judged by
 * the element itself (not its ancestors). Summary boxes are never furniture, even as `<aside>`.
 * `holds` says whether an element holds the headline or the marked body (a query by default;
 * the survey passes what it worked out once for the whole page).
 */
export function isFurniture(el: Element, holds: (el: Element) => boolean = holdsArticle): boolean {
  const tag = tagOf(el);
  if (NEVER_FURNITURE.has(tag)) return false;
  // ASP.NET WebForms pages wrap the whole page in one <form>; a sign-up form holds no prose.
  if (tag === 'FORM') return el.querySelector('p, h1, article') === null;
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (tag === 'ASIDE' || role === 'complementary') return !isSummaryBox(el);
  // A header holding a menu is the site's masthead; an article's own header holds the headline
  // (and sometimes a breadcrumb <nav>).
  if (tag === 'HEADER') return el.querySelector('nav, [role="navigation"]') !== null && el.querySelector('h1') === null;
  const names = classAndId(el);
  if (names.length < 2) return false;
  if (SUMMARY_CLASS.test(names)) return false;
  if (!FURNITURE_TOKEN.test(names) && !FURNITURE_PHRASE.test(names)) return false;
  // Layout wrappers carry such names too ("content-sidebar-wrap", "menu-open"): a wrapper
  // around the article is not furniture.
  return !holds(el);
}

const NEVER_FURNITURE = new Set(['HTML', 'BODY', 'MAIN']);

const ARTICLE_MARKS = 'h1, [itemprop="headline"], [itemprop="articleBody"]';

/** Holds the headline or the marked body (not just any <article>: comments use those too). */
function holdsArticle(el: Element): boolean {
  return el.querySelector(ARTICLE_MARKS) !== null;
}

/**
 * `holds` for a whole page at once: the ancestors of its first headlines and marked bodies, found
 * with one query, the first time a wrapper asks. Asking each nested wrapper instead reads the
 * page once per level (quadratic on wrappers nested thousands deep).
 */
export function articleHolders(doc: Document, limit = 20): (el: Element) => boolean {
  let holders: Set<Element> | null = null;
  return (el) => {
    if (!holders) {
      holders = new Set<Element>();
      const marked = doc.querySelectorAll(ARTICLE_MARKS);
      for (let i = 0; i < marked.length && i < limit; i++) {
        for (let up = marked[i]!.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
      }
    }
    return holders.has(el);
  };
}

/** Bylines, date lines, kickers: furniture for the text, but read for authors and dates. */
export function isMetaLine(el: Element): boolean {
  const names = classAndId(el);
  return names.length > 1 && META_TOKEN.test(names);
}

/** The element holding the page's content: `<body>`, or the root when a parser left it empty. */
export function pageRoot(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.firstChild) return body;
  return doc.documentElement;
}
