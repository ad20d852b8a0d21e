import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockAt, extractArticle, normaliseDate, readBlock, type ArticleBlock } from '../../utils/reading/page/extract';
import { collectText, locateOffset, type CollectedText } from '../../utils/reading/page/text';
import { hugeArticleHtml, loadPage, parseHtml } from './dom';

const ARTICLES = [
  'wire-local-news.html',
  'magazine-explainer.html',
  'div-soup-finance.html',
  'trade-entertainment.html',
  'chinese-xiaohongshu.html',
  'scmp-graph.html',
  'lookalike-rival-app.html',
  'recipe-viral-tiktok.html',
  'meta-app-launch.html',
  'festival-numbers.html',
  'passing-mention-chart.html',
  'malformed-jsonld.html',
  'no-head.html',
  'deep-nesting.html',
];

const rolesOf = (blocks: ArticleBlock[], role: ArticleBlock['role']) =>
  blocks.filter((block) => block.role === role).map((block) => block.text);

describe('extractArticle: metadata', () => {
  it.each([
    // page, title, publishedAt, from, outlet, language
    ['wire-local-news.html', "Over half a million 'TikTok refugees' sign up for China's RedNote as ban nears", '2025-01-14', 'json-ld', 'KVLT News 7', 'en'],
    ['magazine-explainer.html', 'RedNote, explained: why TikTok users are moving to a Chinese app', '2025-01-15', 'time', 'The Long Signal', 'en'],
    // Declares no language: the background guesses it from the text (pipeline.test.ts).
    ['div-soup-finance.html', "Over 500,000 TikTok refugees turn up on China's RedNote", '2025-01-14', 'text', 'Global Money Review', null],
    ['trade-entertainment.html', 'RedNote Becomes a Refuge for TikTok Creators. Can It Keep Them?', '2025-01-21', 'meta', 'Screenline', 'en'],
    ['chinese-xiaohongshu.html', '美国“TikTok难民”涌入小红书 两天新增超70万用户', '2025-01-15', 'json-ld', '江南晨报', 'zh'],
    ['scmp-graph.html', "'TikTok refugees' from the US set off sign-ups to RedNote around the world", '2025-01-17', 'json-ld', 'Harbour Morning Post', 'en'],
    ['lookalike-rival-app.html', "RedNote isn't the only app winning from the TikTok ban scramble", '2025-01-16', 'meta', 'Byteline Daily', 'en'],
    ['recipe-viral-tiktok.html', 'The crunchy cucumber salad everyone made this winter, and how to get it right', '2025-01-18', 'json-ld', 'Pantry Post', 'en'],
    ['meta-app-launch.html', 'Meta launches Sketchpad, a standalone app for collaborative photo collages', '2025-01-20', 'meta', 'Circuit Report', 'en'],
    ['festival-numbers.html', 'Lantern festival draws more than 700,000 visitors in its first two days', '2025-01-19', 'json-ld', 'Riverside Courier', 'en'],
    ['passing-mention-chart.html', "June Harlow's 'Paper Boats' climbs to No. 1 in its ninth week", '2025-01-17', 'time', 'Chart Beat', 'en'],
    ['malformed-jsonld.html', "TikTok's last weekend? What users are doing before the Jan. 19 deadline", '2025-01-18', 'meta', 'Metro Wire', 'en'],
    ['no-head.html', 'Trump signs order pausing TikTok ban for 75 days', '2025-01-20', 'text', null, 'en'],
    ['deep-nesting.html', "RedNote keeps its new American users as TikTok's deadline arrives", '2025-01-19', 'meta', 'Deepwell News', 'en'],
  ])('%s', (page, title, publishedAt, from, outlet, language) => {
    const article = extractArticle(loadPage(page));
    expect(article).toMatchObject({ title, publishedAt, publishedAtFrom: from, outlet, language });
  });

  it('reads no date from a page that states none', () => {
    const article = extractArticle(loadPage('shop-phone-case.html'));
    expect(article.publishedAt).toBeNull();
    expect(article.publishedAtFrom).toBeNull();
  });

  it('prefers "Posted on" over "Last updated" in the text', () => {
    const article = extractArticle(loadPage('div-soup-finance.html'));
    expect(article.publishedAt).toBe('2025-01-14');
  });
});

describe('extractArticle: blocks', () => {
  it.each(ARTICLES)('%s: blocks are page elements whose text maps back', (page) => {
    const doc = loadPage(page);
    const article = extractArticle(doc);
    expect(article.blocks.length).toBeGreaterThan(3);
    expect(article.blocks[0]!.role).toBe('headline');
    for (const block of article.blocks) {
      expect(block.element.ownerDocument).toBe(doc);
      expect(doc.documentElement.contains(block.element)).toBe(true);
      expect(block.text).toBe(readBlock(block.element).text);
      expect(block.text.trim()).not.toBe('');
    }
    expect(article.text).toBe(article.blocks.map((block) => block.text).join('\n\n'));
    // No block is nested in another: nothing is read twice.
    for (const a of article.blocks) {
      for (const b of article.blocks) if (a !== b) expect(a.element.contains(b.element)).toBe(false);
    }
  });

  it.each([
    ['wire-local-news.html', [
      'Estimated read time', '38 comments', 'Advertisement', 'Advertise with us', 'Related stories',
      'TikTok asks the Supreme Court to pause', 'Share on Facebook', 'Leer en español', 'cookies', 'Watch live',
      'Key takeaways', 'By Dana Whitcomb', 'Sign in to join the conversation', 'All rights reserved', 'Technology',
    ]],
    ['div-soup-finance.html', [
      'More from Finance', 'Bank shares slip', '4 min read', 'Last updated', 'Issue 81', 'Top Stories', 'Tags:',
      'Advertiser disclosure', 'Subscribe to our newsletter', 'Quick Summary', 'By Priya Raman', 'Published by', 'Home >',
    ]],
    ['trade-entertainment.html', ['ADVERTISEMENT', 'More from Screenline', 'Oscar Shortlist', 'Best of Screenline', "Sign up for Screenline", 'By Celia Navarro', 'Digital\n']],
    ['scmp-graph.html', ['Key points', 'Want more explainers', 'Copyright', 'Apps and social', 'Published: 6:00am']],
    ['chinese-xiaohongshu.html', ['相关阅读', 'TikTok禁令倒计时', '首页', '版权所有', '发布时间', '来源']],
    ['magazine-explainer.html', ['Get the explainer newsletter', 'Sign up for our free newsletter', 'reader-supported', 'Explainers']],
    ['lookalike-rival-app.html', ['Share', 'Newsletter', 'By Omar Haddad']],
  ])('%s: leaves out the furniture', (page, furniture) => {
    const { text } = extractArticle(loadPage(page));
    for (const phrase of furniture) expect(text).not.toContain(phrase);
  });

  it('wire story: headline, dek, caption, key takeaways and body, in reading order', () => {
    const { blocks } = extractArticle(loadPage('wire-local-news.html'));
    expect(blocks.map((b) => b.role).slice(0, 4)).toEqual(['headline', 'dek', 'caption', 'summary']);
    expect(rolesOf(blocks, 'dek')).toEqual([expect.stringContaining('With days left before a possible U.S. shutdown')]);
    expect(rolesOf(blocks, 'caption')).toEqual([expect.stringContaining('A phone displays the RedNote app')]);
    expect(rolesOf(blocks, 'summary')).toEqual([
      expect.stringContaining('more than 700,000 new users in two days'),
      expect.stringContaining('scrambling to police English-language posts'),
      expect.stringContaining('by Jan. 19'),
    ]);
    const body = rolesOf(blocks, 'body');
    expect(body).toHaveLength(11);
    expect(body[0]).toMatch(/^SAN FRANCISCO — Americans/);
    expect(body.join('\n')).toContain('more than 50,000 people from the United States and China on Monday');
    expect(body.join('\n')).toContain('194% above the previous week');
  });

  it('div soup: the "Quick Summary" box is a summary, the wire byline is not body', () => {
    const { blocks } = extractArticle(loadPage('div-soup-finance.html'));
    expect(rolesOf(blocks, 'summary')).toEqual([expect.stringContaining('RedNote has gained more than 700,000 users')]);
    const body = rolesOf(blocks, 'body');
    expect(body[0]).toMatch(/^\(Wire\) - A Chinese app/);
    expect(body.some((text) => text.includes('Sensor Tower, which tracks app data'))).toBe(true);
    expect(body.at(-1)).toContain('Jordan Ames');
  });

  it('entertainment trade: both figure captions, the subtitle as dek', () => {
    const { blocks } = extractArticle(loadPage('trade-entertainment.html'));
    expect(rolesOf(blocks, 'dek')).toEqual([expect.stringContaining('As TikTok blinked off and back on')]);
    expect(rolesOf(blocks, 'caption')).toEqual([
      expect.stringContaining('Creators filming for RedNote'),
      expect.stringContaining('A courtroom sketch'),
    ]);
    const text = rolesOf(blocks, 'body').join('\n');
    for (const figure of ['over 35 million views', 'over 700,000 newcomers', 'About 170 million Americans', 'over $17 billion', '90-day reprieve', 'for 75 days', 'Saturday night']) {
      expect(text).toContain(figure);
    }
  });

  it('magazine explainer: question subheads stay in the body, the standfirst is the dek', () => {
    const { blocks } = extractArticle(loadPage('magazine-explainer.html'));
    expect(rolesOf(blocks, 'dek')).toEqual([expect.stringContaining('Hundreds of thousands of Americans')]);
    const body = rolesOf(blocks, 'body');
    expect(body).toEqual(expect.arrayContaining(['What is RedNote, and who owns it?', 'Why now?', 'Will it last?']));
  });

  it('Hong Kong daily: the key points box is a summary', () => {
    const { blocks } = extractArticle(loadPage('scmp-graph.html'));
    expect(rolesOf(blocks, 'summary')).toEqual([
      expect.stringContaining('topped Apple'),
      expect.stringContaining('nearly 300 million monthly active users'),
    ]);
    expect(rolesOf(blocks, 'body')).toHaveLength(9);
  });

  it('Chinese article: body keeps 70万, 3亿 and 1.7亿', () => {
    const { text, blocks } = extractArticle(loadPage('chinese-xiaohongshu.html'));
    expect(rolesOf(blocks, 'body')).toHaveLength(7);
    for (const figure of ['超过70万用户', '超过5万名', '超过3亿用户', '170亿美元', '1.7亿用户', '上涨20%']) expect(text).toContain(figure);
  });

  it('look-alike figure: the rival app figure is part of the article text', () => {
    const { text } = extractArticle(loadPage('lookalike-rival-app.html'));
    expect(text).toContain('702,900 downloads in 48 hours');
    expect(text).toContain('more than 700,000 people joined it in two days');
  });

  it('deep nesting: reads the article 2,000 levels down', () => {
    const { blocks } = extractArticle(loadPage('deep-nesting.html'));
    expect(blocks.map((b) => b.role)).toEqual(['headline', 'body', 'body', 'body', 'body', 'body']);
  });

  it('a 100,000-word page: every paragraph, once', () => {
    const doc = parseHtml(hugeArticleHtml(100_000));
    const article = extractArticle(doc);
    expect(rolesOf(article.blocks, 'body')).toHaveLength(doc.querySelectorAll('article p').length);
    expect(article.text).not.toContain('Follow us on TikTok');
  });

  it.each([
    ['an empty document', ''],
    ['a bare fragment', '<p>One line.</p>'],
    ['a page of links', `<html><body>${'<a href="#">link</a> '.repeat(50)}</body></html>`],
  ])('returns an empty article, without throwing, for %s', (_name, html) => {
    const article = extractArticle(parseHtml(html));
    expect(article.blocks.filter((b) => b.role === 'body')).toEqual([]);
  });

  it('blockAt maps offsets in the joined text back to blocks', () => {
    const article = extractArticle(loadPage('wire-local-news.html'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: article.text.length - 1 }), (offset) => {
        const found = blockAt(article, offset);
        if (found === null) expect(article.text.slice(offset - 1, offset + 1)).toMatch(/\n/);
        else expect(found.block.text[found.offset]).toBe(article.text[offset]);
      }),
    );
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2025-01-14T15:42:00-07:00', '2025-01-14'],
    ['2025-01-17T06:00:12+08:00', '2025-01-17'],
    ['2025-01-14', '2025-01-14'],
    ['2025/1/4', '2025-01-04'],
    ['January 14, 2025', '2025-01-14'],
    ['Posted on January 14, 2025', '2025-01-14'],
    ['Published Jan. 14, 2025', '2025-01-14'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['14 January 2025', '2025-01-14'],
    ['6:00am, 17 Jan 2025', '2025-01-17'],
    ['Tue, 14 Jan 2025 10:00:00 GMT', '2025-01-14'],
    ['2025年1月15日 20:30', '2025-01-15'],
    ['February 30, 2025', null],
    ['2025-13-01', null],
    ['Jan. 19', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });
});

/** Every segment's node data sits at its start; everything else in the text is a separator. */
function expectFaithful(collected: CollectedText) {
  let covered = 0;
  for (const segment of collected.segments) {
    expect(segment.start).toBeGreaterThanOrEqual(covered);
    const between = collected.text.slice(covered, segment.start);
    expect(between).toMatch(/^[\n ]?$/);
    expect(collected.text.slice(segment.start, segment.start + segment.node.data.length)).toBe(segment.node.data);
    covered = segment.start + segment.node.data.length;
  }
  expect(covered).toBe(collected.text.length);
}

describe('collectText', () => {
  it.each(ARTICLES)('%s: random offsets map back to the right character of the right node', (page) => {
    const doc = loadPage(page);
    const collected = collectText(doc.body.firstChild ? doc.body : doc.documentElement);
    expectFaithful(collected);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: collected.text.length - 1 }), (offset) => {
        const found = locateOffset(collected, offset);
        if (found === null) {
          expect(collected.text[offset]).toMatch(/[\n ]/);
        } else {
          expect(found.node.nodeType).toBe(3);
          expect(found.node.data[found.offset]).toBe(collected.text[offset]);
          const segment = collected.segments.find((s) => s.node === found.node)!;
          expect(segment.start + found.offset).toBe(offset);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('separates blocks, joins inline runs, and skips what a reader never sees', () => {
    const doc = parseHtml(`<html><body><div id="root">
      <h2>Title</h2>
      <p>One <b>bold</b> <i>word</i>.<br>Next line</p>
      <script>var tiktok = 1;</script><style>p { color: red }</style><noscript>Enable JS</noscript>
      <template><p>template</p></template><svg><text>svg label</text></svg>
      <p hidden>hidden</p><p aria-hidden="true">aria hidden</p><p style="display: none">display none</p>
      <div class="ad">Advertisement</div>
      <ul><li>first</li><li>second</li></ul>
    </div></body></html>`);
    const root = doc.querySelector('#root')!;
    const collected = collectText(root, (el) => el.getAttribute('class') === 'ad');
    expect(collected.text).toBe('Title\nOne bold word.\nNext line\nfirst\nsecond');
    expectFaithful(collected);
  });

  it('stops early at a limit', () => {
    const doc = parseHtml(hugeArticleHtml(10_000));
    const { text } = collectText(doc.body, undefined, 1_000);
    expect(text.length).toBeGreaterThanOrEqual(1_000);
    expect(text.length).toBeLessThan(1_400);
  });

  it('holds for arbitrary trees', () => {
    const word = fc.constantFrom('RedNote', '700,000', ' ', '\n  ', 'TikTok refugees', '小红书', '', 'a b');
    const tag = fc.constantFrom('div', 'p', 'span', 'b', 'li', 'br', 'script', 'section', 'em');
    type Tree = string | { tag: string; hidden: boolean; children: Tree[] };
    const tree = fc.letrec<{ node: Tree }>((self) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        word,
        fc.record({ tag, hidden: fc.boolean(), children: fc.array(self('node'), { maxLength: 4 }) }),
      ),
    })).node;
    const render = (node: Tree): string =>
      typeof node === 'string'
        ? node
        : node.tag === 'br'
          ? '<br>'
          : `<${node.tag}${node.hidden ? ' hidden' : ''}>${node.children.map(render).join('')}</${node.tag}>`;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (nodes) => {
        const doc = parseHtml(`<html><body><div id="root">${nodes.map(render).join('')}</div></body></html>`);
        const collected = collectText(doc.querySelector('#root')!);
        expectFaithful(collected);
        for (const segment of collected.segments) {
          expect(segment.node.data.trim()).not.toBe('');
          expect(segment.node.parentElement?.closest('script, [hidden]')).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractArticle: markup found in the wild', () => {
  const paragraphs = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => `<p>${prefix} paragraph ${i + 1}: RedNote added users again, and the staff kept hiring moderators who read English, said people who know the company.</p>`).join('');

  it.each([
    ['an ASP.NET page wrapped in one <form>', `<form id="aspnetForm"><h1>RedNote keeps growing this week</h1><div class="content">${paragraphs(4, 'Form')}</div></form>`, 4],
    ['a theme wrapper named "content-sidebar-wrap"', `<div class="content-sidebar-wrap"><main class="content"><article><h1>RedNote keeps growing this week</h1><div class="entry-content">${paragraphs(4, 'Theme')}</div></article></main><aside class="sidebar"><p>Sidebar text that is long enough to look like a paragraph of prose, but is not.</p></aside></div>`, 4],
    ['a breadcrumb <nav> inside the article header', `<article><header><nav class="crumbs"><a href="/">Home</a> › <a href="/tech">Tech</a></nav><h1>RedNote keeps growing this week</h1></header>${paragraphs(4, 'Crumb')}</article>`, 4],
    ['a body split in chunks around ads', `<div class="story"><h1>RedNote keeps growing this week</h1><div class="chunk">${paragraphs(3, 'First')}</div><div class="ad-container">Advertisement</div><div class="chunk">${paragraphs(3, 'Second')}</div></div>`, 6],
  ])('%s', (_name, body, count) => {
    const article = extractArticle(parseHtml(`<html><head><title>RedNote keeps growing this week | Test</title></head><body>${body}</body></html>`));
    expect(article.title).toBe('RedNote keeps growing this week');
    expect(rolesOf(article.blocks, 'body')).toHaveLength(count);
    expect(article.text).not.toMatch(/Advertisement|Sidebar text|Home/);
  });
});

describe('extractArticle: the ways pages are built', () => {
  it.each([
    // page, paragraphs and subheadings (body or dek), captions, text that must be read, furniture that must not, publication date
    ['plain-no-metadata.html', 6, 0, ['More than 700,000 new users joined it in two days', 'about 300 million monthly users'], ['Other stories', 'Library extends', 'Copyright 2025', 'Obituaries', 'The Millbrook Ledger'], '2025-01-15'],
    ['div-soup-hashed.html', 6, 0, ['More than 700,000 new users signed up in just two days', 'paying the cat tax'], ['Share on Facebook', 'Copy link', 'Evening Edition', 'More to read', 'Lemon8, ByteDance', 'Advertisement', 'Pulsewire Media', 'Dana Kessler'], '2025-01-14'],
    ['br-table-portal.html', 1, 0, ['两天内新增超过70万用户', '月活跃用户约3亿', '约1.7亿美国用户'], ['相关新闻', '热门排行', '春运', '版权所有', '首页', '来源'], '2025-01-15'],
    ['wordpress-plugins.html', 7, 1, ['More than 700,000 people joined the app in two days', 'Will it last?', 'saved more than 40,000 times'], ['Share this:', 'Join 12,000 readers', 'Related', 'quiet backup plan', 'Recent Posts', 'order noodles', 'Posted in', 'Skip to content', 'Rosa Lindgren'], '2025-01-16'],
    ['amp-article.html', 5, 1, ['about 170 million users', 'more than 700,000 users in two days'], ['Advertisement', 'Read more', 'best photo apps', 'Menu', 'Deals', 'Theo Marsh'], '2025-01-14'],
    ['live-blog.html', 9, 0, ['roughly 14 hours after it went dark', 'more than 700,000 new users in two days', 'Lemon8 and CapCut', 'The Supreme Court upheld the law on Friday'], ['Share this update', 'Key events', 'Load more updates', 'Nadia Petrov', '12:30', 'LIVE'], '2025-01-19'],
    ['wire-brief.html', 4, 0, ['about 300 million monthly users', 'TikTok refugees in their first posts'], ['Trending', 'Most read', 'Lottery winner', 'Morning Brief', 'Advertisement', 'Storm warnings'], '2025-01-13'],
    ['cookie-paywall.html', 3, 0, ['more than 700,000 new users in two days', 'valued it at $17 billion'], ['We value your privacy', '142 partners', 'Accept all', 'Keep reading', 'Subscribe now', 'free articles'], '2025-01-15'],
  ])('%s: the article, without its furniture', (page, bodies, captions, read, furniture, publishedAt) => {
    const article = extractArticle(loadPage(page));
    expect(article.blocks[0]!.role).toBe('headline');
    expect(article.blocks.filter((b) => b.role === 'body' || b.role === 'dek')).toHaveLength(bodies);
    expect(rolesOf(article.blocks, 'caption')).toHaveLength(captions);
    for (const phrase of read) expect(article.text).toContain(phrase);
    for (const phrase of furniture) expect(article.text).not.toContain(phrase);
    expect(article.publishedAt).toBe(publishedAt);
  });

  it('reads div soup the same with and without og:type', () => {
    const doc = loadPage('div-soup-hashed.html');
    const withOpenGraph = extractArticle(doc).text;
    doc.querySelector('meta[property="og:type"]')!.remove();
    expect(extractArticle(doc).text).toBe(withOpenGraph);
  });

  it('reads the <br>-broken cell as one block whose text keeps its line breaks, so offsets map back', () => {
    const { blocks } = extractArticle(loadPage('br-table-portal.html'));
    const body = blocks.find((b) => b.role === 'body')!;
    expect(body.element.tagName).toMatch(/^(TD|TR)$/);
    expect(body.text.split('\n').filter((line) => line.trim()).length).toBe(5);
  });

  it('takes the outlet from a portal title joined with an underscore', () => {
    expect(extractArticle(loadPage('br-table-portal.html')).outlet).toBe('东岸资讯网');
  });
});

describe('extractArticle: comments built from <article> elements', () => {
  it('leaves WordPress-style comments out', () => {
    const body = Array.from({ length: 5 }, (_, i) => `<p>Body paragraph ${i + 1} says RedNote gained more than 700,000 users in two days, a person close to the company said.</p>`).join('');
    const comments = Array.from({ length: 6 }, (_, i) => `<li class="comment"><article class="comment-body"><p>Comment ${i + 1}: I moved to RedNote too, and the people there have been very kind to me so far.</p></article></li>`).join('');
    const article = extractArticle(parseHtml(`<html><head><title>RedNote users pour in | Blog</title></head><body>
      <article><h1>RedNote users pour in</h1><div class="entry-content">${body}</div></article>
      <div id="comments" class="comments-area"><h2 class="comments-title">6 thoughts</h2><ol class="comment-list">${comments}</ol></div>
      </body></html>`));
    expect(rolesOf(article.blocks, 'body')).toHaveLength(5);
    expect(article.text).not.toContain('Comment 1');
  });
});
