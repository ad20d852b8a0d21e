/**
 * The ways real sites build an article page, as templates written for the evaluation: each takes
 * one seed or corpus article and builds the page a site of that kind would serve, furniture
 * included. Every template records what it placed (`PageParts`) so the evaluation knows what an
 * extraction should recover and what it should leave.
 */
import {
  adSlot, captionText, comments, cookieWall, divMenu, escapeHtml, footer, hashedClass, menu, newsletterBox, PageParts, paywall,
  relatedBox, relatedTitles, shareBar, takeaways,
} from './furniture';
import type { EvalArticle, EvalBlock } from './pages';

export interface Rendered {
  html: string;
  parts: PageParts;
}

export interface Structure {
  id: string;
  /** What the page is, in a few words. */
  label: string;
  /** An article page (to be read), or a page that is not one (to be refused). */
  kind: 'article' | 'refusal';
  render(article: EvalArticle, others: readonly EvalArticle[]): Rendered;
}

const AUTHORS = ['Mira Castell', 'Jonah Pike', 'Aiko Brandt', 'Samir Okoye', 'Lena Voss', 'Tomás Reyes'];
export const authorOf = (article: EvalArticle) => AUTHORS[article.id.length % AUTHORS.length]!;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "January 14, 2025" (or 2025年1月14日 on Chinese pages). */
export function dateText(article: EvalArticle): string {
  if (!article.date) return '';
  const [y, m, d] = article.date.split('-').map(Number) as [number, number, number];
  return article.language === 'zh' ? `${y}年${m}月${d}日` : `${MONTHS[m - 1]} ${d}, ${y}`;
}

const langAttr = (article: EvalArticle) => ` lang="${article.language}"`;

/** The body's blocks as HTML, with `between(i)` inserted after the i-th block. */
function bodyOf(parts: PageParts, blocks: readonly EvalBlock[], wrap: (html: string, heading: boolean, i: number) => string, between: (i: number) => string = () => ''): string {
  return blocks.map((block, i) => wrap(parts.block(block), block.heading && !block.furniture, i) + between(i)).join('\n');
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

const metadata: Structure = {
  id: 'metadata',
  label: 'JSON-LD NewsArticle, og:type, <article>',
  kind: 'article',
  render(article, others) {
    const parts = new PageParts(article);
    const t = escapeHtml(article.title);
    const points = takeaways(article);
    const html = `<!doctype html><html${langAttr(article)}><head><meta charset="utf-8"><title>${t} | ${escapeHtml(article.outlet)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${t}"><meta property="og:site_name" content="${escapeHtml(article.outlet)}">
${article.date ? `<meta property="article:published_time" content="${article.date}T08:00:00Z">` : ''}
${jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: article.title, datePublished: article.date ? `${article.date}T08:00:00Z` : undefined, author: [{ '@type': 'Person', name: authorOf(article) }], publisher: { '@type': 'Organization', name: article.outlet } })}
</head><body><header class="masthead"><a class="logo" href="/">${escapeHtml(article.outlet)}</a>${menu(parts)}</header>
<main><article><header><h1>${t}</h1><p class="byline">By ${authorOf(article)}</p>${article.date ? `<time datetime="${article.date}">${dateText(article)}</time>` : ''}</header>
<figure><img src="/photo.jpg" alt=""><figcaption>${parts.extra(captionText(article))}</figcaption></figure>
${points.length ? `<aside class="key-takeaways"><h2>Key takeaways</h2><ul>${points.map((p) => `<li>${parts.extra(p)}</li>`).join('')}</ul></aside>` : ''}
${shareBar(parts)}
<div class="article-body">
${bodyOf(parts, article.blocks, (h, heading) => (heading ? `<h2>${h}</h2>` : `<p>${h}</p>`), (i) => (i === 2 ? adSlot(parts) : i === 5 ? relatedBox(parts, others) : ''))}
</div></article>${comments(parts)}</main>${footer(parts)}</body></html>`;
    return { html, parts };
  },
};

const plain: Structure = {
  id: 'plain',
  label: 'headline and <p>s, no metadata',
  kind: 'article',
  render(article, others) {
    const parts = new PageParts(article);
    const sidebar = relatedTitles(parts, others, 6).map((title) => `<li><a href="/s">${parts.furn(title)}</a></li>`).join('');
    const html = `<html><head><title>${escapeHtml(article.title)}</title></head><body>
<div id="top"><a href="/"><b>${escapeHtml(article.outlet)}</b></a> | <a href="/news">${parts.furn('News')}</a> | <a href="/about">About</a> | <a href="/contact">Contact</a></div>
<h1>${escapeHtml(article.title)}</h1>
${article.date ? `<p><small>${dateText(article)}</small></p>` : ''}
${bodyOf(parts, article.blocks, (h, heading) => (heading ? `<h3>${h}</h3>` : `<p>${h}</p>`))}
<hr><div id="side"><b>${parts.furn('Other stories')}</b><ul>${sidebar}</ul></div>
<div id="bottom"><p>${parts.furn(`Copyright 2025 ${article.outlet}. Contact the editors with corrections.`)}</p></div></body></html>`;
    return { html, parts };
  },
};

function divSoup(withOpenGraph: boolean): Structure {
  return {
    id: withOpenGraph ? 'div-soup-og' : 'div-soup',
    label: `<div>/<span> paragraphs, hashed classes${withOpenGraph ? ', og:type' : ', no metadata'}`,
    kind: 'article',
    render(article, others) {
      const parts = new PageParts(article);
      const c = (place: number) => hashedClass(article.id, place);
      const related = relatedTitles(parts, others, 4).map((title, i) => `<div class="${c(60 + i)}"><a href="/a/${i}">${parts.furn(title)}</a></div>`).join('');
      const share = `<div class="${c(40)}"><div class="${c(41)}"><a href="#fb">${parts.furn('Share on Facebook')}</a></div><div class="${c(41)}"><a href="#x">${parts.furn('Share on X')}</a></div><div class="${c(41)}"><button>${parts.furn('Copy link')}</button></div></div>`;
      const signup = `<div class="${c(50)}"><div class="${c(51)}">${parts.furn('Get the Evening Edition: the stories that matter, every weekday at 6pm.')}</div><div class="${c(52)}"><input type="email" placeholder="Email"><button>${parts.furn('Subscribe')}</button></div></div>`;
      const wrap = (h: string, heading: boolean, i: number) =>
        heading ? `<div class="${c(20)}"><strong>${h}</strong></div>` : i % 2 ? `<div class="${c(21)}"><span class="${c(22)}">${h}</span></div>` : `<div class="${c(23)}">${h}</div>`;
      const html = `<!DOCTYPE html><html${langAttr(article)}><head><meta charset="utf-8"><title>${escapeHtml(article.title)} - ${escapeHtml(article.outlet)}</title>
${withOpenGraph ? `<meta property="og:type" content="article"><meta property="og:title" content="${escapeHtml(article.title)}">` : ''}
<style>.${c(1)}{display:flex}</style></head><body><div id="root"><div class="${c(1)}"><div class="${c(2)}"><a href="/">${escapeHtml(article.outlet)}</a></div>${divMenu(parts, article.id)}</div>
<div class="${c(3)}"><div class="${c(4)}"><div class="${c(5)}">${escapeHtml(article.title)}</div>
<div class="${c(6)}"><div class="${c(7)}">${authorOf(article)}</div><div class="${c(8)}">${dateText(article)}</div></div>${share}
<div class="${c(9)}">${bodyOf(parts, article.blocks, wrap, (i) => (i === 3 ? signup : ''))}</div>
<div class="${c(10)}"><div class="${c(11)}">${parts.furn('More to read')}</div>${related}</div></div>
<div class="${c(12)}"><div class="${c(13)}">${parts.furn('Advertisement')}</div></div></div>
<div class="${c(14)}"><div class="${c(15)}">${parts.furn(`© 2025 ${article.outlet}`)}</div><div class="${c(16)}"><a href="/terms">Terms</a><a href="/privacy">Privacy</a></div></div></div></body></html>`;
      return { html, parts };
    },
  };
}

/** Chrome of older portals, in the page's own language where it is Chinese. */
const portal = (article: EvalArticle) =>
  article.language === 'zh'
    ? { home: '首页', sections: ['新闻', '财经', '科技', '娱乐', '体育', '汽车'], source: '来源', related: '相关新闻', hot: '热门排行', copy: '版权所有 不得转载' }
    : { home: 'Home', sections: ['News', 'Money', 'Tech', 'Showbiz', 'Sports', 'Cars'], source: 'Source', related: 'Related news', hot: 'Most popular', copy: 'All rights reserved. Do not reproduce.' };

const brTable: Structure = {
  id: 'br-table',
  label: 'one text block with <br><br>, layout tables',
  kind: 'article',
  render(article, others) {
    const parts = new PageParts(article);
    const words = portal(article);
    const links = [words.home, ...words.sections].map((s) => `<a href="/${encodeURIComponent(s)}">${parts.furn(s)}</a>`).join(' | ');
    const text = article.blocks.map((block) => (block.heading && !block.furniture ? `<b>${parts.block(block)}</b>` : `&nbsp;&nbsp;&nbsp;&nbsp;${parts.block(block)}`)).join('<br><br>\n');
    const related = relatedTitles(parts, others, 5).map((title) => `<a href="/r">${parts.furn(title)}</a>`).join('<br>');
    const hot = relatedTitles(parts, others, 8, 3).map((title, i) => `${i + 1}. <a href="/h">${parts.furn(title)}</a><br>`).join('');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${escapeHtml(article.title)}_${escapeHtml(article.outlet)}</title></head>
<body bgcolor="#ffffff"><table width="960" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#003366"><font color="#ffffff">${escapeHtml(article.outlet)}</font> ${links}</td></tr>
<tr><td width="700" valign="top"><table width="100%"><tr><td align="center"><font size="5"><b>${escapeHtml(article.title)}</b></font></td></tr>
<tr><td align="center"><font color="#666666">${dateText(article)} ${words.source}：${escapeHtml(article.outlet)}</font></td></tr>
<tr><td class="content" style="font-size:14px;line-height:24px">${text}</td></tr>
<tr><td><b>${parts.furn(words.related)}</b><br>${related}</td></tr></table></td>
<td width="260" valign="top" bgcolor="#f0f0f0"><b>${parts.furn(words.hot)}</b><br>${hot}</td></tr>
<tr><td colspan="2" align="center"><font size="2">${parts.furn(`${article.outlet} ${words.copy}`)}</font></td></tr></table></body></html>`;
    return { html, parts };
  },
};

const wordpress: Structure = {
  id: 'wordpress',
  label: 'WordPress entry-content, plugins between paragraphs',
  kind: 'article',
  render(article, others) {
    const parts = new PageParts(article);
    const t = escapeHtml(article.title);
    const base = 'https://blog.example/';
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': `${base}#website`, name: article.outlet },
        { '@type': 'WebPage', '@id': `${base}post/#webpage`, name: article.title, isPartOf: { '@id': `${base}#website` } },
        { '@type': 'Article', '@id': `${base}post/#article`, headline: article.title, datePublished: article.date ?? undefined, author: { '@id': `${base}#author` }, isPartOf: { '@id': `${base}post/#webpage` } },
        { '@type': 'Person', '@id': `${base}#author`, name: authorOf(article) },
      ],
    };
    const share = `<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block"><h3 class="sd-title">${parts.furn('Share this:')}</h3><ul><li><a class="share-facebook" href="#">${parts.furn('Facebook')}</a></li><li><a class="share-twitter" href="#">X</a></li><li><a class="share-email" href="#">Email</a></li></ul></div></div>`;
    const signup = `<div class="mc4wp-form mc4wp-form-123"><div class="mc4wp-form-fields"><p>${parts.furn('Join 12,000 readers who get our weekly digest on apps, platforms and the people who use them.')}</p><p><input type="email" name="EMAIL" placeholder="Your email address" required> <input type="submit" value="Sign up"></p></div></div>`;
    const related = `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>${parts.furn('Related')}</em></h3>${relatedTitles(parts, others, 3)
      .map((title) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/p">${parts.furn(title)}</a></h4><p class="jp-relatedposts-post-date">In "Tech"</p></div>`)
      .join('')}</div>`;
    const image = `<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/01/app.jpg" alt=""><figcaption class="wp-element-caption">${parts.extra(captionText(article))}</figcaption></figure>`;
    const recent = relatedTitles(parts, others, 5, 11).map((title) => `<li><a href="/r">${parts.furn(title)}</a></li>`).join('');
    const html = `<!DOCTYPE html><html${langAttr(article)}><head><meta charset="UTF-8"><title>${t} &#8211; ${escapeHtml(article.outlet)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${t}">${jsonLd(graph)}<meta name="generator" content="WordPress 6.7.1"></head>
<body class="post-template-default single single-post postid-123 single-format-standard"><div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">${escapeHtml(article.outlet)}</a></p><p class="site-description">${parts.furn('Notes on apps, platforms and the internet')}</p></div>${menu(parts, 'nav')}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-123" class="post-123 post type-post status-publish format-standard hentry category-tech"><header class="entry-header"><h1 class="entry-title">${t}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="${article.date ?? ''}">${dateText(article)}</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author">${authorOf(article)}</a></span></span></div></header>
<div class="entry-content">
${bodyOf(parts, article.blocks, (h, heading) => (heading ? `<h2 class="wp-block-heading">${h}</h2>` : `<p>${h}</p>`), (i) => (i === 0 ? image : i === 1 ? share : i === 3 ? signup : i === 5 ? related : ''))}
${share}</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/tech">Tech</a></span> <span class="tags-links">Tagged <a href="/t">apps</a>, <a href="/t2">social media</a></span></footer></article>
<nav class="navigation post-navigation"><div class="nav-links"><a href="/prev">${parts.furn('Previous post')}</a> <a href="/next">Next post</a></div></nav>
<div id="comments" class="comments-area">${comments(parts, 'comment-list')}</div></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">${parts.furn('Recent Posts')}</h2><ul>${recent}</ul></section></aside></div>
${footer(parts)}</div></body></html>`;
    return { html, parts };
  },
};

const amp: Structure = {
  id: 'amp',
  label: 'AMP: <html amp>, amp-img, amp-ad',
  kind: 'article',
  render(article, others) {
    const parts = new PageParts(article);
    const t = escapeHtml(article.title);
    const ad = `<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_article"><div placeholder>${parts.furn('Advertisement')}</div></amp-ad>`;
    const related = relatedTitles(parts, others, 4).map((title) => `<li><a href="/amp/r">${parts.furn(title)}</a></li>`).join('');
    const html = `<!doctype html><html amp${langAttr(article)}><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script><title>${t}</title><link rel="canonical" href="${escapeHtml(article.url ?? 'https://news.example/story')}">
<meta name="viewport" content="width=device-width"><style amp-boilerplate>body{visibility:hidden}</style><style amp-custom>.amp-title{font-size:28px}</style></head>
<body><header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="/">${escapeHtml(article.outlet)}</a></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>${['Home', 'World', 'Tech', 'Business'].map((s) => `<li><a href="/${s}">${parts.furn(s)}</a></li>`).join('')}</ul></amp-sidebar>
<article class="amp-article"><h1 class="amp-title">${t}</h1><div class="amp-byline">${authorOf(article)} · ${dateText(article)}</div>
<amp-img src="/photo.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><p class="amp-caption">${parts.extra(captionText(article))}</p>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share>
<div class="amp-body">${bodyOf(parts, article.blocks, (h, heading) => (heading ? `<h2>${h}</h2>` : `<p>${h}</p>`), (i) => (i === 1 || i === 6 ? ad : ''))}</div></article>
<section class="amp-related"><h3>${parts.furn('Read more')}</h3><ul>${related}</ul></section>
<amp-analytics type="googleanalytics"><script type="application/json">{"vars":{"account":"UA-1"}}</script></amp-analytics>${footer(parts)}</body></html>`;
    return { html, parts };
  },
};

/** Groups of one to three blocks: the updates of a live page. */
function updatesOf(blocks: readonly EvalBlock[]): EvalBlock[][] {
  const groups: EvalBlock[][] = [];
  for (let i = 0; i < blocks.length; ) {
    const size = 1 + (i % 3);
    groups.push(blocks.slice(i, i + size));
    i += size;
  }
  return groups;
}

const liveBlog: Structure = {
  id: 'live-blog',
  label: 'live blog: timestamped updates',
  kind: 'article',
  render(article, others) {
    const parts = new PageParts(article);
    const groups = updatesOf(article.blocks);
    // Newest first, as live pages show them; each update stamped ten minutes after the last.
    const posts = groups
      .map((group, i) => {
        const minutes = 9 * 60 + i * 10;
        const stamp = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const body = group.map((block) => (block.heading && !block.furniture ? `<h3>${parts.block(block)}</h3>` : `<p>${parts.block(block)}</p>`)).join('');
        return `<div class="live-post" id="post-${i}"><div class="live-post__meta"><time datetime="${article.date ?? '2025-01-15'}T${stamp}:00Z">${stamp}</time> <span class="live-post__author">${authorOf(article)}</span></div><div class="live-post__body">${body}</div><div class="live-post__share"><a href="#post-${i}">${parts.furn('Share this update')}</a></div></div>`;
      })
      .reverse()
      .join('\n');
    const keyEvents = relatedTitles(parts, others, 3, 5).map((title) => `<li><a href="#post-0">${parts.furn(title)}</a></li>`).join('');
    const html = `<!doctype html><html${langAttr(article)}><head><meta charset="utf-8"><title>Live: ${escapeHtml(article.title)} | ${escapeHtml(article.outlet)}</title></head>
<body>${menu(parts)}<main><div class="live-header"><span class="live-badge">${parts.furn('LIVE')}</span><h1>${escapeHtml(article.title)}</h1><p class="live-updated">Updated ${dateText(article)}</p></div>
<div class="key-events"><h2>${parts.furn('Key events')}</h2><ul>${keyEvents}</ul></div>
<div class="live-feed">${posts}</div><button class="load-more">${parts.furn('Load more updates')}</button></main>${footer(parts)}</body></html>`;
    return { html, parts };
  },
};

// Letters with their combining marks: Devanagari's vowel signs are marks, not letters.
const wordsIn = (text: string) => (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).reduce((sum, word) => sum + (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(word) ? Math.ceil(word.length / 2) : 1), 0);

/** The opening of the article, 120 to 300 words (a long paragraph cut after a sentence): a wire brief. */
export function briefOf(blocks: readonly EvalBlock[]): EvalBlock[] {
  const chosen: EvalBlock[] = [];
  let words = 0;
  for (const block of blocks) {
    if (words >= 120) break;
    const n = wordsIn(block.text);
    if (words + n <= 300) {
      chosen.push(block);
      words += n;
      continue;
    }
    let cut = '';
    for (const sentence of wholeSentences(block.text)) {
      if (words + wordsIn(cut + sentence) > 300) break;
      cut += sentence;
    }
    if (cut.trim()) chosen.push({ ...block, text: cut.trim() });
    break;
  }
  return chosen;
}

const STOPS = '.!?。！？';
const CLOSERS = `${STOPS}"”’)`;

/** The text's whole sentences, each with its stop, closing quotes and spaces; an unfinished last one (a cut page) is left out. */
function wholeSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!STOPS.includes(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    while (end < text.length && /\s/.test(text[end]!)) end++;
    sentences.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  return sentences;
}

const shortBrief: Structure = {
  id: 'short-brief',
  label: 'short article (120–300 words), busy portal',
  kind: 'article',
  render(article, others) {
    const parts = new PageParts(article);
    const trending = relatedTitles(parts, others, 5, 2).map((title) => `<a href="/t">${parts.furn(title)}</a>`).join(' · ');
    const mostRead = relatedTitles(parts, others, 8, 9).map((title) => `<li><a href="/m">${parts.furn(title)}</a></li>`).join('');
    const html = `<!doctype html><html${langAttr(article)}><head><meta charset="utf-8"><title>${escapeHtml(article.title)} | ${escapeHtml(article.outlet)}</title></head>
<body>${menu(parts, 'div')}${menu(parts, 'div')}<div class="trending"><b>${parts.furn('Trending:')}</b> ${trending}</div>
<div class="container"><div class="main-col"><div class="story"><h1>${escapeHtml(article.title)}</h1><div class="dateline">${dateText(article)}</div>
${bodyOf(parts, briefOf(article.blocks), (h, heading) => (heading ? `<h4>${h}</h4>` : `<p>${h}</p>`))}</div>
<div class="most-read"><h3>${parts.furn('Most read')}</h3><ol>${mostRead}</ol></div></div>
<div class="right-col">${adSlot(parts)}${newsletterBox(parts)}</div></div>${footer(parts, 'div')}</body></html>`;
    return { html, parts };
  },
};

const cookiePaywall: Structure = {
  id: 'cookie-paywall',
  label: 'cookie wall and paywall teaser over the text',
  kind: 'article',
  render(article) {
    const parts = new PageParts(article);
    const shown = article.blocks.slice(0, Math.max(3, Math.ceil(article.blocks.length * 0.4)));
    const html = `<!doctype html><html${langAttr(article)}><head><meta charset="utf-8"><title>${escapeHtml(article.title)} - ${escapeHtml(article.outlet)}</title>
<meta property="og:type" content="article"><meta name="description" content="${escapeHtml(article.title)}"></head>
<body>${cookieWall(parts)}${menu(parts)}<main><h1 class="headline">${escapeHtml(article.title)}</h1><div class="byline">By ${authorOf(article)}, ${dateText(article)}</div>
<div class="story-body">${bodyOf(parts, shown, (h, heading) => (heading ? `<h2>${h}</h2>` : `<p>${h}</p>`))}
<div class="story-body__fade"></div>${paywall(parts)}</div></main>${footer(parts)}</body></html>`;
    return { html, parts };
  },
};

export const ARTICLE_STRUCTURES: readonly Structure[] = [
  metadata, plain, divSoup(true), divSoup(false), brTable, wordpress, amp, liveBlog, shortBrief, cookiePaywall,
];
