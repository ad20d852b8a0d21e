/**
 * Linking on the world's phrasing (issue 8 §3), sentences written for the tests: Indian number
 * words, figures named by their population, hyphenated durations, Chinese hedges, the quantity
 * named after the number or in the sentence before, Title Case headlines, quotations, wire
 * attributions; and look-alikes that must stay unlinked.
 */
import { describe, expect, it } from 'vitest';
import { linkReading, readExtracted } from '../../utils/reading/background/read';
import type { ExtractedPage } from '../../utils/schema';
import { BUNDLED, BUNDLED_INDEX } from '../support/bundled';
import { knownArticle } from '../../scripts/lib/known-article';

/** A short on-topic page around `body`, read and linked; the metric of the figure written `figure`. */
function linkedIn(body: string[], figure: string, language = 'en', title = 'TikTok users flock to RedNote as the ban nears'): (string | null)[] {
  const intro = language === 'zh' ? ['美国TikTok用户涌入小红书，小红书成为“TikTok难民”的新去处。'] : ['TikTok users are flocking to RedNote, the Chinese app, as the TikTok ban nears and "TikTok refugees" look for a new home.'];
  const blocks: ExtractedPage['blocks'] = [{ role: 'headline', text: title }, ...[...intro, ...body].map((text) => ({ role: 'body' as const, text }))];
  const page: ExtractedPage = { features: knownArticle(blocks), title, outlet: 'Test Daily', publishedAt: '2025-01-16', language, blocks };
  const reading = linkReading(readExtracted(page, BUNDLED.story, BUNDLED_INDEX), BUNDLED_INDEX);
  expect(reading.onTopic).toBe(true);
  const found = reading.figures.filter((f) => f.text === figure);
  expect(found.length, JSON.stringify(reading.figures.map((f) => f.text))).toBeGreaterThan(0);
  return found.map((f) => f.metric);
}

describe('linking the world’s phrasing', () => {
  it.each<[string[], string, string, string?, string?]>([
    [['RedNote signed up 7 lakh new users in just two days, app trackers said.'], '7 lakh', 'rednote-new-users-two-days'],
    [['RedNote added 7,00,000 new users in two days.'], '7,00,000', 'rednote-new-users-two-days'],
    [['TikTok, used by 170 million Americans, faces a ban on Sunday.'], '170 million', 'tiktok-us-users'],
    [['Trump signed an order granting TikTok a 75-day extension to find a buyer.'], '75-day', 'tiktok-ban-enforcement-pause-days'],
    [['Under the order, TikTok will keep running for the next 75 days.'], '75', 'tiktok-ban-enforcement-pause-days'],
    [['两天内，小红书新增用户突破70万。'], '突破70万', 'rednote-new-users-two-days', 'zh', '小红书新增用户突破70万'],
    [['More than 700,000: that is how many new users joined RedNote in two days.'], 'More than 700,000', 'rednote-new-users-two-days'],
    [['RedNote has a huge user base at home.', 'It stands at 300 million, most of them in China.'], '300 million', 'rednote-users'],
    [['RedNote said it was hiring moderators.'], 'More Than 700,000', 'rednote-new-users-two-days', 'en', 'RedNote Gains More Than 700,000 New Users In Two Days As TikTok Ban Looms'],
    [['"We got more than 700,000 new users in two days," a RedNote employee said.'], 'more than 700,000', 'rednote-new-users-two-days'],
    [['More than 700,000 new users joined RedNote in two days, according to Reuters.'], 'More than 700,000', 'rednote-new-users-two-days'],
    // The top place as a superlative of the chart, of the app the sentence names.
    [['By Monday RedNote was the most downloaded free app on Apple’s US App Store.'], 'most downloaded', 'rednote-us-app-store-rank'],
    [['Right now Lemon8 is the most popular free app on the App Store.'], 'most popular', 'lemon8-us-app-store-rank'],
    // A sentence that is all quotation is the speaker's words: the one before it says who "the actor" is.
    [['Actor Jimmy O. Yang announced his move to the app on Instagram. “My Mandarin is fine, so I will teach English.” The actor now has nearly 400,000 followers on RedNote.'], 'nearly 400,000', 'jimmy-o-yang-rednote-followers'],
    // Another app named only as what the subject is compared to does not own the number.
    [['RedNote was No. 1 in Britain.', 'The app - China’s answer to Instagram - also cracked the top three in Apple’s charts in France and Spain.'], 'top three', 'rednote-apple-rank-el-salvador-france-portugal-spain'],
    [['RedNote is booming at home.', 'The app, a Chinese version of Instagram, has about 300 million monthly active users.'], 'about 300 million', 'rednote-users'],
  ])('%j: "%s" → %s', (body, figure, metric, language = 'en', title) => {
    expect(linkedIn(body, figure, language, title)).toContain(metric);
  });

  it.each<[string[], string]>([
    [['Lemon8 is not alone: Instagram saw 702,900 downloads in 48 hours.'], '702,900'], // another app's downloads
    // Posts, not views: and of another order than the posts the dataset knows (77,000; 200,000).
    [['The #TikTokRefugee hashtag on RedNote has more than 3.4 million posts.'], 'more than 3.4 million'],
    // TikTok's place among the world's apps is not a place in RedNote's chart.
    [['TikTok has become the most popular app in the world, and RedNote wants its users.'], 'most popular'],
    // Apps "like Instagram" are named for their own numbers.
    [['RedNote is growing, but apps like Instagram have 2 billion monthly active users.'], '2 billion'],
  ])('%j leaves "%s" unlinked', (body, figure) => {
    expect(linkedIn(body, figure)).toEqual(linkedIn(body, figure).map(() => null));
  });

  // Look-alikes the dataset now knows as quantities of their own: they link there, never to the
  // story's main metrics (RedNote's sign-ups, the hashtag's views, the reprieve).
  it.each<[string[], string, string]>([
    [['Duolingo said Mandarin learners rose 216% as TikTok users moved to RedNote.'], '216%', 'duolingo-us-mandarin-learners-growth'], // a learning app's learners
    [['The law gave ByteDance 270 days to sell TikTok.'], '270', 'tiktok-law-divestment-days'], // a law's deadline in days
    [['The #TikTokRefugee hashtag on RedNote has more than 150,000 posts.'], 'more than 150,000', 'tiktokrefugee-hashtag-posts'], // posts, not views
  ])('%j links "%s" to its own metric, %s', (body, figure, metric) => {
    expect(linkedIn(body, figure)).toEqual([metric]);
  });
});

describe('ranks in app charts', () => {
  // Sentences written for the tests; each rank metric is told by its chart and its country.
  it.each<[string[], string, string, string?]>([
    [['RedNote was the No. 1 free app in the App Store on Monday.'], 'No. 1', 'rednote-us-app-store-rank'],
    [['By Tuesday evening RedNote ranked first among free apps on the U.S. App Store.'], 'first', 'rednote-us-app-store-rank'],
    [['RedNote climbed to the number one position of Apple’s download charts.'], 'number one', 'rednote-us-app-store-rank'],
    [['RedNote was No. 1 on both the App Store and Google Play.'], 'No. 1', 'rednote-us-app-store-rank'], // the App Store is named nearer
    [['Lemon8, also owned by ByteDance, was the second most popular free app on the App Store.'], 'second', 'lemon8-us-app-store-rank'],
    [['Lemon8 ranked second on the App Store behind RedNote.'], 'second', 'lemon8-us-app-store-rank'],
    [['In France, RedNote ranks fourth among free iPhone apps.'], 'fourth', 'rednote-france-app-store-rank'],
    [['RedNote also reached the top three in Apple’s charts in Spain and Portugal.'], 'top three', 'rednote-apple-rank-el-salvador-france-portugal-spain'],
    [['小紅書はアメリカのアプリストアのランキングで1位を獲得した。'], '1位', 'rednote-us-app-store-rank', 'ja'],
    [['小紅書がダウンロードランキングの首位となった。'], '首位', 'rednote-us-app-store-rank', 'ja'],
    [['레드노트는 애플 앱스토어 무료 다운로드 순위 1위를 차지했다.'], '1위', 'rednote-us-app-store-rank', 'ko'],
    [['小红书进入美国App Store免费总榜第3名。'], '第3名', 'rednote-us-app-store-rank', 'zh'],
    [['O RedNote alcançou a primeira posição na App Store dos EUA.'], 'primeira', 'rednote-us-app-store-rank', 'pt'],
    [['रेडनोट ऐप स्टोर पर नंबर 1 बन गया।'], 'नंबर 1', 'rednote-us-app-store-rank', 'hi'],
  ])('%j: "%s" → %s', (body, figure, metric, language = 'en') => {
    expect(linkedIn(body, figure, language)).toEqual([metric]);
  });

  // Ranks that are not the charts the dataset follows, or not its apps'.
  it.each<[string[], string, string?]>([
    [['RedNote also climbed into the top 10 on Google Play.'], 'top 10'], // another store
    [['RedNote was the most downloaded free app on the App Store and climbed into the top 10 on Google Play.'], 'top 10'],
    [['小红书从美国App Store社交免费榜的第61名攀升至第6名。'], '第61名', 'zh'], // the social chart
    [['小红书从美国App Store社交免费榜的第61名攀升至第6名。'], '第6名', 'zh'], // no chart of its own
    [['RedNote has long been the No. 1 lifestyle app among young women in China.'], 'No. 1'], // no chart named
    [['TikTok is the No. 1 source of news for many young Americans on the App Store.'], 'No. 1'], // no TikTok rank in the dataset
  ])('%j leaves "%s" unlinked', (body, figure, language = 'en') => {
    const metrics = linkedIn(body, figure, language);
    expect(metrics).toEqual(metrics.map(() => null));
  });
});

describe('garbled statements the dataset knows, and bare numbers beside another actor', () => {
  it('links a number equal to a garbled statement of the metric (flagged in the dataset) to it', () => {
    // The dataset keeps "more than 700 million" new users as a suspect statement: the same garble elsewhere is that statement.
    expect(linkedIn(['In recent days more than 700 million TikTok users have moved to RedNote, a tech site reported.'], 'more than 700 million')).toEqual(['rednote-new-users-two-days']);
  });

  it('does not give a bare number to the subject of the sentence before when this one names another actor', () => {
    const body = ['The #TikTokRefugee hashtag has drawn attention on Xiaohongshu.', 'Now 290 million are said to be moving to Lemon8.'];
    expect(linkedIn(body, '290 million')).toEqual([null]);
  });
});

describe('a signal word belongs to its own number', () => {
  it.each<[string[], string, string | null, string?]>([
    // The clause: 夺冠 goes with the 80 countries before the comma, not the 53 after it.
    [['截至1月16日,小红书在80个海外国家和地区的App Store下载量夺冠,并在53个国家和地区进入前十。'], '80', 'rednote-countries-topped-download-charts', 'zh'],
    [['截至1月16日,小红书在80个海外国家和地区的App Store下载量夺冠,并在53个国家和地区进入前十。'], '53', null, 'zh'],
    // Only numbers that could be the metric's compete: the profit is the dollars', not the multiple's.
    [['블룸버그는 지난해 샤오홍슈의 순익이 2배 이상 증가 10억달러를 넘을 것으로 추정했다.'], '10억달러', 'rednote-profit-2024', 'ko'],
    // The two ends of a range share their words.
    [['Trump said he would give TikTok an additional 60 or 90 days to find a buyer.'], '90', 'tiktok-extension-promised-days'],
    // Each change has its own comparison.
    [['RedNote downloads were up more than 200% from a year earlier, and 194% from the week before.'], '194%', 'rednote-us-downloads-wow-change'],
    [['RedNote downloads were up more than 200% from a year earlier, and 194% from the week before.'], 'more than 200%', 'rednote-us-downloads-yoy-change'],
  ])('%j: "%s" → %s', (body, figure, metric, language = 'en') => {
    expect(linkedIn(body, figure, language)).toEqual([metric]);
  });
});

describe('shares, amounts and growth need their words', () => {
  it.each<[string[], string, string]>([
    [['About 170 million Americans use TikTok, roughly half of the country’s population.'], 'roughly half', 'tiktok-us-population-share'],
    [['Trump said the US should be a half owner of TikTok’s American business.'], 'half', 'tiktok-us-stake-proposed-share'],
    [['Trump floated letting an American company hold 50% of TikTok.'], '50%', 'tiktok-us-stake-proposed-share'],
    [['RedNote is hiring English-speaking content moderators; the jobs pay 4,500 RMB to 8,000 RMB a month.'], '8,000 RMB', 'rednote-moderator-monthly-pay'],
    [['Investors valued RedNote at $17 billion last year.'], '$17 billion', 'rednote-valuation'],
  ])('%j: "%s" → %s', (body, figure, metric) => {
    expect(linkedIn(body, figure)).toEqual([metric]);
  });

  it.each<[string[], string]>([
    // A share equal to one the dataset knows, without its words: half of TikTok's users are not its owners.
    [['Half of TikTok’s users in the US are under 30, the survey found.'], 'Half'],
    [['TikTok said 50% of its videos are watched on phones.'], '50%'],
    // An amount equal to RedNote's valuation, without the word: its sales are not its value.
    [['RedNote’s advertisers spent $17 billion on the platform, analysts say.'], '$17 billion'],
    // "doubled" with no comparison of weeks or years named.
    [['RedNote’s staff doubled as it hired moderators.'], 'doubled'],
  ])('%j leaves "%s" unlinked', (body, figure) => {
    const metrics = linkedIn(body, figure);
    expect(metrics).toEqual(metrics.map(() => null));
  });
});
