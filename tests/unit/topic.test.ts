import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/reading/page/extract';
import { assessTopic as assessStoryTopic } from '../../utils/reading/background/topic';
import { BUNDLED } from '../support/bundled';
import { loadPage } from './dom';

const assessTopic = (article: { title: string | null; text: string }) => assessStoryTopic(article, BUNDLED.story);

describe('assessTopic on the fixture pages', () => {
  it.each([
    // page, on topic, reasons that must be given
    ['wire-local-news.html', true, ['headline names TikTok and RedNote', 'mentions RedNote 13 times', 'talks about the US ban', 'puts TikTok and RedNote together']],
    ['magazine-explainer.html', true, ['headline names TikTok and RedNote', 'mentions TikTok 10 times']],
    ['div-soup-finance.html', true, ['headline speaks of "TikTok refugees"', 'mentions Lemon8 once']],
    ['trade-entertainment.html', true, ['mentions Lemon8 twice', 'talks about the US ban']],
    ['chinese-xiaohongshu.html', true, ['headline names TikTok and RedNote', 'speaks of "TikTok refugees"', 'talks about the US ban']],
    ['scmp-graph.html', true, ['headline speaks of "TikTok refugees"']],
    ['lookalike-rival-app.html', true, ['headline is about the US ban']],
    ['malformed-jsonld.html', true, ['headline names TikTok', 'mentions RedNote twice']],
    ['no-head.html', true, ['headline is about the US ban', 'talks about the US ban']],
    ['deep-nesting.html', true, ['puts TikTok and RedNote together']],
    ['recipe-viral-tiktok.html', false, ['mentions TikTok 3 times', 'says nothing of RedNote, "TikTok refugees", the US ban or users flocking in']],
    ['meta-app-launch.html', false, ['mentions TikTok once', 'TikTok or RedNote comes up only in passing']],
    ['passing-mention-chart.html', false, ['mentions RedNote once', 'TikTok or RedNote comes up only in passing']],
    ['festival-numbers.html', false, []],
    ['docs-api.html', false, ['headline names TikTok', 'says nothing of RedNote, "TikTok refugees", the US ban or users flocking in']],
    ['shop-phone-case.html', false, ['headline names TikTok']],
    ['plain-no-metadata.html', true, ['headline names TikTok and RedNote', 'headline is about the US ban']],
    ['div-soup-hashed.html', true, ['headline names RedNote', 'puts TikTok and RedNote together']],
    ['br-table-portal.html', true, ['headline speaks of "TikTok refugees"', 'talks about the US ban']],
    ['wordpress-plugins.html', true, ['headline speaks of "TikTok refugees"']],
    ['amp-article.html', true, ['headline names TikTok, RedNote and Lemon8']],
    ['live-blog.html', true, ['headline is about the US ban']],
    ['wire-brief.html', true, ['headline names RedNote', 'speaks of "TikTok refugees" once']],
    ['cookie-paywall.html', true, ['headline names TikTok and RedNote']],
  ])('%s → onTopic %s', (page, onTopic, reasons) => {
    const verdict = assessTopic(extractArticle(loadPage(page)));
    expect(verdict.onTopic).toBe(onTopic);
    expect(verdict.reasons[0]).toMatch(onTopic ? /^about the story/ : /^not about the story/);
    for (const reason of reasons) expect(verdict.reasons.join('\n')).toContain(reason);
  });
});

const court = `The Supreme Court on Friday upheld the law that forces ByteDance to divest TikTok or face a ban in the United States.
The justices said the national security concerns raised by Congress were enough to justify the divest-or-ban law.
TikTok has said it will go dark on Sunday unless the government promises not to enforce the ban.
Donald Trump, who takes office on Monday, has said he wants time to negotiate a deal for TikTok.`;

const feature = `TikTok is testing a new feature that lets creators pin three comments under a video.
The company said the test would reach a small share of users in Britain and Canada first.
Creators have asked for better comment tools for years, and TikTok said more options would follow.
Instagram and YouTube already offer similar controls.`;

const chinese = `距离1月19日的禁令期限只剩几天，大批美国TikTok用户涌入小红书，自称“TikTok难民”。
小红书两天内新增超过70万用户，中美网友在评论区热情互动。
字节跳动需要在期限前剥离TikTok美国业务，否则将面临禁令。`;

const douyinOnly = `抖音电商发布年货节数据，平台上的年货商品销量同比增长超过三成。
多家品牌表示，直播带货仍是春节前最重要的销售渠道。商家纷纷加大投入，物流企业也提前备货。`;

const marketingGuide = `RedNote is where young Chinese shoppers look for honest reviews before they buy, so brands that want to sell in China plan their campaigns there.
Start with a handful of mid-sized creators on RedNote rather than one celebrity, and give them room to write in their own voice.
Posts that read like advertisements are hidden by the community, and notes with real photos keep being saved for months.
RedNote's search bar works like a product catalogue, which is why keywords in titles matter more than hashtags.`;

const korean = `미국에서 틱톡 금지가 다가오자 미국 사용자들이 샤오훙수로 몰려가고 있다.
스스로를 틱톡 난민이라고 부르는 이들은 레드노트에 영어로 자기소개 글을 올렸다.
대법원 판결을 앞두고 틱톡은 서비스 중단 가능성을 경고했다.`;

const german = `Kurz vor dem drohenden Verbot von TikTok in den USA suchen viele Nutzer nach einer neuen App.
Tausende nennen sich TikTok-Flüchtlinge und melden sich bei der chinesischen App RedNote an.
Das Gesetz verlangt, dass der Mutterkonzern ByteDance TikTok verkauft, sonst greift das Verbot.`;

describe("assessTopic on the world's phrasing", () => {
  it('does not take a guide to marketing on RedNote, which never names TikTok, for the story', () => {
    const verdict = assessTopic({ title: 'How to run a creator campaign on RedNote', text: marketingGuide });
    expect(verdict.onTopic).toBe(false);
    expect(verdict.reasons).toContain('names RedNote without TikTok or "TikTok refugees", the US ban or users flocking in');
  });

  it.each([
    ['Korean', '틱톡 난민, 샤오훙수로', korean, ['headline names TikTok and RedNote', 'speaks of "TikTok refugees"', 'talks about the US ban']],
    ['German', 'TikTok-Nutzer wechseln zu RedNote', german, ['headline names TikTok and RedNote', 'talks about the US ban']],
  ])('reads the story told in %s', (_language, title, text, reasons) => {
    const verdict = assessTopic({ title, text });
    expect(verdict.onTopic).toBe(true);
    for (const reason of reasons) expect(verdict.reasons.join('\n')).toContain(reason);
  });

  it('keeps "U.S." and "Nos." inside their sentence, so the ban in the next one counts beside TikTok', () => {
    const text =
      'Nos. 24-656 and 24-657: the Supreme Court upheld a law that bars TikTok unless its U.S. operation is sold. The Act bans apps run from countries it calls foreign adversaries.';
    const verdict = assessTopic({ title: 'Court update', text });
    // "bans" follows the sentence naming TikTok; a split after "U.S." made it follow a sentence that names nobody.
    expect(verdict.reasons.join('\n')).toContain('talks about the US ban (twice next to TikTok, Lemon8 or ByteDance)');
  });
});

describe('assessTopic on plain text', () => {
  it.each([
    ['the Supreme Court ruling, without RedNote', 'Supreme Court upholds TikTok law', court, true],
    ['a TikTok feature launch', 'TikTok tests pinned comments', feature, false],
    ['a Chinese article about 小红书 and the ban', null, chinese, true],
    ['a Chinese article about Douyin shopping', '抖音年货节成绩单出炉', douyinOnly, false],
    ['an empty article', null, '', false],
    ['a headline alone', "TikTok refugees flock to RedNote", '', false],
  ])('%s → onTopic %s', (_name, title, text, onTopic) => {
    expect(assessTopic({ title, text }).onTopic).toBe(onTopic);
  });

  it('weighs the headline: the same body scores higher under a headline that names the story', () => {
    const plain = assessTopic({ title: 'A week of change', text: court });
    const named = assessTopic({ title: 'TikTok ban upheld', text: court });
    expect(named.score).toBeGreaterThan(plain.score);
    expect(named.reasons).toContain('headline names TikTok');
  });

  it('scales by length: two mentions in a long text are a passing mention', () => {
    const filler = 'The council also discussed parking, school budgets and the new library hours. '.repeat(60);
    const verdict = assessTopic({ title: 'Council notes', text: `${filler} One member said her daughter moved from TikTok to RedNote. ${filler}` });
    expect(verdict.onTopic).toBe(false);
    expect(verdict.reasons).toContain('TikTok or RedNote comes up only in passing');
  });

  it('counts ban words only next to TikTok', () => {
    const verdict = assessTopic({
      title: 'Town bans leaf blowers',
      text: 'The town voted to ban gas leaf blowers. The ban starts in spring, and the deadline for comments is Friday. Separately, a local teen went viral on TikTok.',
    });
    expect(verdict.onTopic).toBe(false);
    expect(verdict.reasons.join('\n')).not.toContain('talks about the US ban');
  });
});

const lemon8Review = `I joined Lemon8 last week. ByteDance, which also owns TikTok, launched it in Asia before bringing it to the U.S.
Lemon8 feels like a mix of Instagram and Pinterest, and many TikTok creators post the same photos on both apps.
Some say lawmakers will try to ban Lemon8 like TikTok, but I see no reason to worry.
The app is quiet for now, and I like Lemon8 for its templates more than TikTok for its videos.`;

const lemon8Refuge = `ByteDance is pushing TikTok users toward Lemon8 before the ban takes effect on Sunday.
The Supreme Court upheld the divest-or-ban law, and TikTok warned it would go dark.
Lemon8 rose on the App Store as TikTok users looked for a way to keep their audiences.`;

const influx = `小红书这款应用在美国市场异军突起，一夜之间登顶App Store免费榜。
这一成功将TikTok旗下的Lemon8甩在身后，大量国际用户涌入小红书。
随着大量海外用户的涌入，小红书的社区内容也迎来了新的变化。`;

const trend = `Shoppers flocked to stores after the pasta went viral on TikTok.
TikTok users flocked to the recipe, and grocers ran out of feta within days.
The trend, which started on TikTok in Finland, drew an influx of TikTok videos and a flock of imitators.`;

describe('assessTopic and the story’s period, its related apps and its words of the move', () => {
  it.each([
    ['2024-12-17', false, 'not about the story: published 2024-12-17, before the story (from 2025-01-01)'],
    ['2025-01-14', true, 'about the story'],
    [null, true, 'about the story'], // no date: judged by its words
  ])('a page about the ban published %s → onTopic %s', (publishedAt, onTopic, reason) => {
    const verdict = assessStoryTopic({ title: 'Supreme Court upholds TikTok law', text: court, publishedAt }, BUNDLED.story);
    expect(verdict.onTopic).toBe(onTopic);
    expect(verdict.reasons[0]).toContain(reason);
  });

  it('uses no period when the story has none', () => {
    const { period: _period, ...story } = BUNDLED.story;
    expect(assessStoryTopic({ title: 'Supreme Court upholds TikTok law', text: court, publishedAt: '2020-01-01' }, story).onTopic).toBe(true);
  });

  it('does not take a review of Lemon8, ByteDance’s app beside TikTok, for the story', () => {
    const verdict = assessTopic({ title: "Here's what Lemon8 is like", text: lemon8Review });
    expect(verdict.onTopic).toBe(false);
    expect(verdict.reasons.join('\n')).toContain('mentions Lemon8 5 times');
  });

  it('takes Lemon8 as the refuge before the ban for the story', () => {
    const verdict = assessTopic({ title: 'ByteDance pushes Lemon8 as the TikTok ban looms', text: lemon8Refuge });
    expect(verdict.onTopic).toBe(true);
    expect(verdict.reasons.join('\n')).toContain('talks about the US ban');
  });

  it('counts users flocking in beside RedNote: an influx of foreign users is the move', () => {
    const verdict = assessTopic({ title: '小红书登顶美国App Store免费榜', text: influx });
    expect(verdict.onTopic).toBe(true);
    expect(verdict.reasons.join('\n')).toContain('talks about users flocking in (twice next to RedNote)');
  });

  it('does not count shoppers flocking to a viral TikTok trend', () => {
    const verdict = assessTopic({ title: 'The feta pasta that took over TikTok', text: trend });
    expect(verdict.onTopic).toBe(false);
    expect(verdict.reasons.join('\n')).not.toContain('talks about users flocking in');
  });
});
