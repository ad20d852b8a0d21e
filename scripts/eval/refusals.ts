/**
 * Pages that are not articles, built from the same material: a home page of teasers, a tag
 * listing, search results, a video page with a caption and a forum thread whose posts carry the
 * article's paragraphs. Talk about the story is not reporting: each must be refused.
 */
import { escapeHtml, footer, menu, PageParts } from './furniture';
import type { EvalArticle } from './pages';
import { dateText, type Structure } from './structures';

/** The article and others, each as a title and the start of its text (a teaser). */
function teasers(article: EvalArticle, others: readonly EvalArticle[], count: number): { title: string; snippet: string; date: string }[] {
  const pool = [article, ...others.filter((other) => other.id !== article.id)];
  const start = others.indexOf(article);
  return Array.from({ length: Math.min(count, pool.length) }, (_, i) => {
    const item = i === 0 ? article : pool[1 + ((start + i * 5) % (pool.length - 1))]!;
    const text = item.blocks.find((block) => !block.heading && !block.furniture)?.text ?? '';
    return { title: item.title, snippet: text.length > 180 ? `${text.slice(0, 170).replace(/\s\S*$/, '')}…` : text, date: dateText(item) };
  });
}

const homePage: Structure = {
  id: 'home-page',
  label: 'home page of teasers',
  kind: 'refusal',
  render(article, others) {
    const parts = new PageParts(article);
    const cards = teasers(article, others, 14)
      .map((t, i) => `<article class="card"><h${i < 2 ? 2 : 3}><a href="/story/${i}">${escapeHtml(t.title)}</a></h${i < 2 ? 2 : 3}>${i < 8 ? `<p>${escapeHtml(t.snippet)}</p>` : ''}<span class="ago">${i + 1}h ago</span></article>`)
      .join('\n');
    const html = `<!doctype html><html lang="en"><head><title>${escapeHtml(article.outlet)} – News, analysis and opinion</title><meta property="og:type" content="website"></head>
<body>${menu(parts)}<main><section class="top-stories"><h2>Top stories</h2>${cards}</section></main>${footer(parts)}</body></html>`;
    return { html, parts };
  },
};

const tagListing: Structure = {
  id: 'tag-listing',
  label: 'tag page: ten stories with excerpts',
  kind: 'refusal',
  render(article, others) {
    const parts = new PageParts(article);
    const items = teasers(article, others, 10)
      .map((t, i) => `<div class="post-excerpt"><h2 class="entry-title"><a href="/p/${i}">${escapeHtml(t.title)}</a></h2><div class="entry-meta">${t.date}</div><div class="entry-summary"><p>${escapeHtml(t.snippet)}</p></div><a class="more-link" href="/p/${i}">Continue reading</a></div>`)
      .join('\n');
    const html = `<!doctype html><html lang="en"><head><title>RedNote Archives – ${escapeHtml(article.outlet)}</title></head>
<body class="archive tag">${menu(parts)}<div id="primary"><header class="page-header"><h1 class="page-title">Tag: RedNote</h1></header>${items}
<nav class="pagination"><a href="/tag/rednote/page/2">Older posts</a></nav></div>${footer(parts)}</body></html>`;
    return { html, parts };
  },
};

const searchResults: Structure = {
  id: 'search-results',
  label: 'site search results',
  kind: 'refusal',
  render(article, others) {
    const parts = new PageParts(article);
    const items = teasers(article, others, 10)
      .map((t, i) => `<li class="result"><a class="result-link" href="/s/${i}"><span class="result-title">${escapeHtml(t.title)}</span></a><div class="result-snippet">${escapeHtml(t.snippet)}</div><div class="result-date">${t.date}</div></li>`)
      .join('\n');
    const html = `<!doctype html><html lang="en"><head><title>Search results for “tiktok rednote” | ${escapeHtml(article.outlet)}</title></head>
<body>${menu(parts)}<main><form role="search"><input name="q" value="tiktok rednote"><button>Search</button></form><p>About 1,240 results</p><ol class="results">${items}</ol>
<div class="pager"><a href="?page=2">Next</a></div></main>${footer(parts)}</body></html>`;
    return { html, parts };
  },
};

const videoPage: Structure = {
  id: 'video-page',
  label: 'video page with a caption',
  kind: 'refusal',
  render(article, others) {
    const parts = new PageParts(article);
    const first = article.blocks.find((block) => !block.heading && !block.furniture)?.text ?? '';
    // The first sentence (CJK sentences end without a space after them).
    const caption = /^.{20,}?(?:[.!?](?=\s|$)|[。！？])/u.exec(first)?.[0] ?? first.slice(0, 200);
    const upNext = teasers(article, others, 9)
      .slice(1)
      .map((t, i) => `<li><a href="/video/${i}"><img src="/thumb.jpg" alt=""><span class="title">${escapeHtml(t.title)}</span><span class="duration">${2 + i}:1${i}</span></a></li>`)
      .join('');
    const html = `<!doctype html><html lang="en"><head><title>${escapeHtml(article.title)} | ${escapeHtml(article.outlet)} Video</title></head>
<body>${menu(parts)}<main><div class="player"><video controls poster="/poster.jpg" src="/clip.mp4"></video></div><h1>${escapeHtml(article.title)}</h1>
<div class="video-meta">${dateText(article)} · 2:41</div><p class="video-description">${escapeHtml(caption)}</p>
<section class="up-next"><h2>Up next</h2><ul>${upNext}</ul></section></main>${footer(parts)}</body></html>`;
    return { html, parts };
  },
};

const USERS = ['nightowl_22', 'Brickwell', 'sunnyside.ann', 'kaito_r', 'OldTimer1998', 'margo', 'pixelpusher', 'lanternfish'];

const forumThread: Structure = {
  id: 'forum-thread',
  label: 'forum thread: the text in users’ posts',
  kind: 'refusal',
  render(article) {
    const parts = new PageParts(article);
    const paragraphs = article.blocks.filter((block) => !block.heading && !block.furniture).map((block) => block.text);
    const posts: string[] = [];
    for (let i = 0; i < paragraphs.length; i += 2) {
      const user = USERS[(i / 2) % USERS.length]!;
      const text = paragraphs.slice(i, i + 2).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
      posts.push(`<div class="message" id="post-${i / 2 + 1}"><div class="message-user"><a class="username" href="/members/${user}">${user}</a><span class="user-title">Member</span><span class="user-stats">Messages: ${120 + i * 37}</span></div>
<div class="message-main"><div class="message-attribution"><time datetime="2025-01-15T1${i % 10}:00:00Z">${dateText(article) || 'Jan 15, 2025'}</time> <a href="#post-${i / 2 + 1}">#${i / 2 + 1}</a></div>
<div class="message-body">${i === 0 ? `<blockquote class="quote">${escapeHtml(article.title)}</blockquote>` : ''}${text}</div>
<div class="message-actions"><a href="#">Like</a> <a href="#">Quote</a> <a href="#">Reply</a> <a href="#">Report</a></div>${i === 2 ? '<div class="signature">Opinions are my own.</div>' : ''}</div></div>`);
    }
    const html = `<!doctype html><html lang="en"><head><title>${escapeHtml(article.title)} | Off-Topic Lounge | Community Forums</title></head>
<body>${menu(parts)}<div class="breadcrumb"><a href="/forums">Forums</a> › <a href="/forums/lounge">Off-Topic Lounge</a></div>
<div class="thread"><h1 class="thread-title">${escapeHtml(article.title)}</h1><div class="thread-starter">Started by ${USERS[0]}, ${dateText(article) || 'Jan 15, 2025'} · Replies: ${posts.length - 1}</div>
${posts.join('\n')}</div><div class="reply-box"><textarea placeholder="Write your reply…"></textarea><button>Post reply</button></div>${footer(parts)}</body></html>`;
    return { html, parts };
  },
};

export const REFUSAL_STRUCTURES: readonly Structure[] = [homePage, tagListing, searchResults, videoPage, forumThread];
