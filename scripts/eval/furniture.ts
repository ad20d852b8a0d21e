/**
 * What real sites put around and between an article's paragraphs, written for the evaluation:
 * menus, share bars, newsletter boxes, related links, comments, ads, cookie walls. Every piece of
 * furniture is recorded as it is placed, so the evaluation can tell whether an extractor carried
 * it along with the article.
 */
import type { EvalArticle, EvalBlock } from './pages';

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Records what a page template places: the article's pieces and the furniture. */
export class PageParts {
  /** Paragraphs of the article's body (not subheadings). */
  readonly paragraphs: string[] = [];
  /** Dek, captions and key-takeaway items: the article's, beside its body. */
  readonly extras: string[] = [];
  /** Texts of the furniture placed: none of it belongs in an extraction. */
  readonly furniture: string[] = [];
  /** Everything of the article that is on the page (headline included), for the figures. */
  readonly articleText: string[] = [];

  constructor(readonly article: EvalArticle) {
    this.articleText.push(article.title);
  }
  /** A body paragraph. */
  para(text: string): string {
    this.paragraphs.push(text);
    this.articleText.push(text);
    return escapeHtml(text);
  }
  /** A block of the source text, as what it is. */
  block(block: EvalBlock): string {
    return block.furniture ? this.furn(block.text) : block.heading ? this.heading(block.text) : this.para(block.text);
  }
  heading(text: string): string {
    this.articleText.push(text);
    return escapeHtml(text);
  }
  extra(text: string): string {
    this.extras.push(text);
    this.articleText.push(text);
    return escapeHtml(text);
  }
  furn(text: string): string {
    this.furniture.push(text);
    return escapeHtml(text);
  }
}

/** Class names as CSS-in-JS tools emit them (`css-1x2y3z`), stable for a given page and place. */
export function hashedClass(seed: string, place: number): string {
  let hash = 2166136261;
  for (const char of `${seed}:${place}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return `css-${(hash >>> 0).toString(36).slice(0, 6)}`;
}

const SECTIONS = ['World', 'Business', 'Tech', 'Politics', 'Culture', 'Science', 'Sport', 'Opinion', 'Video', 'Podcasts', 'Newsletters', 'Events'];

export function menu(parts: PageParts, tag = 'nav'): string {
  const links = SECTIONS.map((section) => `<a href="/${section.toLowerCase()}">${parts.furn(section)}</a>`).join(' ');
  return `<${tag} class="site-menu">${links} <a href="/login">${parts.furn('Sign in')}</a></${tag}>`;
}

/** A menu made of divs only, with meaningless class names (no <nav>, no role). */
export function divMenu(parts: PageParts, seed: string): string {
  const links = SECTIONS.map((section, i) => `<div class="${hashedClass(seed, 100 + i)}"><a href="/${section.toLowerCase()}">${parts.furn(section)}</a></div>`).join('');
  return `<div class="${hashedClass(seed, 99)}">${links}</div>`;
}

export function footer(parts: PageParts, tag = 'footer'): string {
  const outlet = parts.article.outlet;
  return `<${tag} class="site-footer"><p>${parts.furn(`© 2025 ${outlet}. All rights reserved.`)}</p>
<p><a href="/about">${parts.furn('About us')}</a> · <a href="/privacy">${parts.furn('Privacy policy')}</a> · <a href="/terms">${parts.furn('Terms of use')}</a> · <a href="/contact">Contact</a> · <a href="/careers">Careers</a> · <a href="/advertise">Advertise with us</a></p>
<p>${parts.furn(`${outlet} is not responsible for the content of external sites. Reproduction of any material without written permission is prohibited, and automated collection of our pages is not allowed.`)}</p></${tag}>`;
}

export function shareBar(parts: PageParts, className = 'share-bar'): string {
  return `<div class="${className}"><a href="#fb">${parts.furn('Share on Facebook')}</a> <a href="#x">${parts.furn('Share on X')}</a> <a href="#wa">WhatsApp</a> <a href="#mail">Email</a> <button>${parts.furn('Copy link')}</button></div>`;
}

export function newsletterBox(parts: PageParts, className = 'newsletter-signup'): string {
  return `<div class="${className}"><h3>${parts.furn('The Morning Brief')}</h3><p>${parts.furn(
    'Get the day’s most important stories, explained, in your inbox before breakfast. Free, every weekday, and you can unsubscribe at any time.',
  )}</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>`;
}

/** Headlines of other pages of the evaluation: links a reader might follow, not this article. */
export function relatedTitles(parts: PageParts, others: readonly EvalArticle[], count: number, offset = 0): string[] {
  const pool = others.filter((other) => other.id !== parts.article.id);
  const start = Math.abs(hashOf(parts.article.id) + offset) % Math.max(pool.length, 1);
  return Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[(start + i * 7) % pool.length]!.title);
}

function hashOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hash;
}

export function relatedBox(parts: PageParts, others: readonly EvalArticle[], className = 'related-posts', heading = 'Related stories'): string {
  const items = relatedTitles(parts, others, 4).map((title, i) => `<li><a href="/story/${i}">${parts.furn(title)}</a></li>`);
  return `<div class="${className}"><h4>${parts.furn(heading)}</h4><ul>${items.join('')}</ul></div>`;
}

export function adSlot(parts: PageParts, className = 'ad-slot'): string {
  return `<div class="${className}"><span>${parts.furn('Advertisement')}</span><div style="width:300px;height:250px;background:#eee"></div></div>`;
}

const COMMENTS = [
  ['mapleleaf_88', 'I opened an account out of curiosity and ended up staying for the cooking videos. The translation button does most of the work.'],
  ['quietharbor', 'Everyone I know says they will leave and then nobody does. Give it a month and see who is still posting there.'],
  ['d.okonkwo', 'The part about moderation is what worries me. Nobody reads the terms of service until it is too late.'],
] as const;

export function comments(parts: PageParts, className = 'comments'): string {
  const items = COMMENTS.map(
    ([user, text], i) =>
      `<div class="comment"><div class="comment-author">${parts.furn(user)}</div><div class="comment-time">${i + 2} hours ago</div><p>${parts.furn(text)}</p><button>Reply</button> <button>Like</button></div>`,
  );
  return `<section class="${className}"><h3>${parts.furn(`${COMMENTS.length} comments`)}</h3>${items.join('')}<form><textarea></textarea><button>Post comment</button></form></section>`;
}

export function cookieWall(parts: PageParts): string {
  return `<div class="cmp-overlay" style="position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:999">
<div class="cmp-dialog"><h2>${parts.furn('We value your privacy')}</h2><p>${parts.furn(
    'We and our 142 partners store and access information on your device, such as cookies, and process personal data such as unique identifiers and browsing data, to personalise ads and content, measure them, learn about audiences and improve our products.',
  )}</p><p>${parts.furn('You can accept, reject or change your choices at any time by clicking Privacy settings at the bottom of every page.')}</p>
<button>Accept all</button> <button>Reject all</button> <button>Manage options</button></div></div>`;
}

export function paywall(parts: PageParts): string {
  return `<div class="paywall-teaser"><h3>${parts.furn('Keep reading with a subscription')}</h3><p>${parts.furn(
    'You have read all your free articles this month. Subscribe for unlimited access to our journalism, from $1 a week for the first year.',
  )}</p><a class="button" href="/subscribe">Subscribe now</a> <a href="/login">I already have an account</a></div>`;
}

/** A caption in the page's own words: the evaluation's, not the article's. */
export function captionText(article: EvalArticle): string {
  return article.language === 'zh' ? '资料图：手机屏幕上的应用图标。' : 'A phone screen showing social media apps. (File photo)';
}

/** Key takeaways: the first sentence of the first paragraphs, as sites summarise their stories. */
export function takeaways(article: EvalArticle): string[] {
  return article.blocks
    .filter((block) => !block.heading && !block.furniture)
    .slice(0, 3)
    .map((block) => /^.{20,}?(?:[.!?](?=\s|$)|[。！？])/u.exec(block.text)?.[0] ?? '')
    .filter((sentence) => sentence.length >= 30 && sentence.length <= 300);
}
