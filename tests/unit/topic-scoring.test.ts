/**
 * How the topic scorer weighs a text (`assessTopic`), told by the reasons the panel shows: short
 * texts written for the tests as news sites write them, in the languages the dataset reads; the
 * story's period; which sentences a context word ("ban", "influx") counts in; and the first
 * look's reading of an address.
 */
import { describe, expect, it } from 'vitest';
import { assessTopic } from '../../utils/reading/background/topic';
import { addressWords } from '../../utils/reading/background/first-look';
import { BUNDLED } from '../support/bundled';

const assess = (title: string | null, text: string, publishedAt?: string | null) => assessTopic({ title, text, publishedAt }, BUNDLED.story);
const BAN = 'the US ban (once next to TikTok, Lemon8 or ByteDance)';

describe('the reasons a reader sees', () => {
  it.each<[string, string | null, string, string[]]>([
    [
      'English brief',
      'TikTok users flock to RedNote as US ban nears',
      "Thousands of American TikTok users joined RedNote this week, calling themselves TikTok refugees.\nThe Chinese app, also known as Xiaohongshu, topped Apple's App Store on Monday.\nThe Supreme Court is weighing a law that would ban TikTok on Jan. 19 unless ByteDance sells it.\nLemon8, another ByteDance app, also climbed the charts.",
      ['about the story (score 21.1)', 'headline names TikTok and RedNote', 'headline is about the US ban', 'headline is about users flocking in', 'mentions TikTok 4 times', 'mentions RedNote 3 times',
        'mentions Lemon8 once', 'mentions ByteDance twice', 'speaks of "TikTok refugees" once', 'talks about the US ban (3 times next to TikTok, Lemon8 or ByteDance)',
        'talks about users flocking in (once next to RedNote)', 'puts TikTok and RedNote together', 'about 17.7 story words per 100 words'],
    ],
    [
      'Chinese',
      '美国网友涌入小红书',
      'TikTok禁令生效前夕，大批美国用户涌入小红书。他们自称“TikTok难民”。字节跳动尚未回应。',
      ['about the story (score 13.6)', 'headline names RedNote', 'headline is about users flocking in', 'mentions TikTok twice', 'mentions RedNote twice', 'mentions ByteDance once',
        'speaks of "TikTok refugees" once', `talks about ${BAN}`, 'talks about users flocking in (twice next to RedNote)', 'puts TikTok and RedNote together', 'about 22.2 story words per 100 words'],
    ],
    [
      'Japanese',
      'レッドノートに米国ユーザーが殺到',
      '米国でTikTokの禁止が迫る中、多くの利用者が小紅書に移住した。小紅書はアプリストアで首位になった。TikTokの運営会社は最高裁の判断を待っている。',
      ['about the story (score 11.6)', 'headline names RedNote', 'mentions TikTok twice', 'mentions RedNote 3 times', 'talks about the US ban (twice next to TikTok, Lemon8 or ByteDance)',
        'talks about users flocking in (once next to RedNote)', 'puts TikTok and RedNote together', 'about 21.7 story words per 100 words'],
    ],
    [
      'Korean',
      '틱톡 금지 앞두고 미국 이용자들 샤오훙수로',
      '미국에서 틱톡 금지가 다가오자 이용자들이 샤오훙수로 몰려가고 있다. 스스로를 틱톡 난민이라고 부르는 이들은 레드노트에 자기소개 글을 올렸다. 바이트댄스는 대법원 판결을 기다리고 있다.',
      ['about the story (score 18.2)', 'headline names TikTok and RedNote', 'headline is about the US ban', 'mentions TikTok 3 times', 'mentions RedNote 3 times', 'mentions ByteDance once',
        'speaks of "TikTok refugees" once', 'talks about the US ban (3 times next to TikTok, Lemon8 or ByteDance)', 'talks about users flocking in (once next to RedNote)',
        'puts TikTok and RedNote together', 'about 28.6 story words per 100 words'],
    ],
    [
      'Lemon8 refuge',
      'Lemon8 climbs the charts as the TikTok ban looms',
      "ByteDance is steering TikTok creators toward Lemon8, its photo app, before Sunday's deadline.\nLemon8 rose to second place on the App Store on Tuesday.\nThe Supreme Court heard arguments on the law last week, and TikTok has said it could go dark.",
      ['about the story (score 13.2)', 'headline names TikTok and Lemon8', 'headline is about the US ban', 'mentions TikTok 3 times', 'mentions Lemon8 3 times', 'mentions ByteDance once',
        'talks about the US ban (4 times next to TikTok, Lemon8 or ByteDance)', 'about 13.5 story words per 100 words'],
    ],
    [
      'court hearing',
      'Supreme Court hears TikTok case',
      "The justices heard arguments on Friday. TikTok's lawyer said the law would shut down a platform used by 170 million Americans. The government said ByteDance could sell the app.",
      ['about the story (score 8.8)', 'headline names TikTok', 'headline is about the US ban', 'mentions TikTok twice', 'mentions ByteDance once',
        'talks about the US ban (twice next to TikTok, Lemon8 or ByteDance)', 'about 8.6 story words per 100 words'],
    ],
    [
      'RedNote marketing',
      'How brands sell on RedNote',
      'RedNote is where young shoppers in China read reviews before they buy.\nBrands that work with mid-sized creators on RedNote see more saves than those that hire one celebrity.\nOn RedNote, a note with real photos keeps being found for months.',
      ['not about the story (score 8)', 'headline names RedNote', 'mentions RedNote 4 times', 'about 8.5 story words per 100 words',
        'names RedNote without TikTok or "TikTok refugees", the US ban or users flocking in'],
    ],
    [
      'app roundup',
      'Five apps to try this winter',
      'Our picks range from a calm budgeting tool to a photo journal. Many readers told us they spend less time on TikTok now. The budgeting app has a free tier, and the journal syncs across phones and laptops. The photo journal lets you print a book at the end of the year.',
      ['not about the story (score 1.3)', 'mentions TikTok once', 'about 1.7 story words per 100 words', 'TikTok or RedNote comes up only in passing',
        'says nothing of RedNote, "TikTok refugees", the US ban or users flocking in'],
    ],
    [
      'headline alone',
      'TikTok refugees flock to RedNote',
      'Watch the video. RedNote explained in two minutes.',
      ['not about the story (score 14.7)', 'headline names TikTok and RedNote', 'headline speaks of "TikTok refugees"', 'headline is about users flocking in', 'mentions TikTok once',
        'mentions RedNote twice', 'speaks of "TikTok refugees" once', 'talks about users flocking in (once next to RedNote)', 'about 30.8 story words per 100 words',
        'the text itself hardly mentions the story'],
    ],
    [
      'no headline',
      null,
      'RedNote gained users quickly this week. TikTok creators posted their first notes, and TikTok fans followed them. RedNote said it was hiring moderators who speak English.',
      ['not about the story (score 6.3)', 'mentions TikTok twice', 'mentions RedNote twice', 'puts TikTok and RedNote together', 'about 15.4 story words per 100 words'],
    ],
    [
      'council notes',
      'Weekend reading',
      'The council met on Tuesday to discuss the budget for the coming year.\nA member said her son had moved from TikTok to RedNote over the winter, and that TikTok felt quieter now.\nThe meeting ended after the library hours were approved.',
      ['not about the story (score 3.6)', 'mentions TikTok twice', 'mentions RedNote once', 'about 6.8 story words per 100 words'],
    ],
    [
      // Past its cap, an actor's mentions, the refugees and the ban add nothing.
      'live blog',
      'TikTok ban live: RedNote tops the charts',
      [
        '9:02 a.m. TikTok refugees keep arriving on RedNote, where the newcomers post cat photos.', '9:15 a.m. RedNote says it is hiring moderators as TikTok refugees pour in.',
        '9:40 a.m. The Supreme Court has not yet ruled on the TikTok ban.', '10:05 a.m. Some TikTok creators say the ban would cost them their income.',
        '10:30 a.m. RedNote is now the top free app, ahead of TikTok and Lemon8.', '11:00 a.m. A TikTok spokesperson said the app would go dark on Sunday without a reprieve.',
        '11:20 a.m. More TikTok refugees joined RedNote overnight, and so did TikTok stars.', '11:45 a.m. RedNote users welcomed the TikTok refugees with memes.',
        '12:10 p.m. Lawmakers said the ban on TikTok cannot be delayed past the deadline.', '12:30 p.m. RedNote and Xiaohongshu are the same app; Xiaohongshu means little red book.',
        "1:00 p.m. TikTok refugees now fill RedNote's English-language posts.",
      ].join('\n'),
      ['about the story (score 28)', 'headline names TikTok and RedNote', 'headline is about the US ban', 'mentions TikTok 12 times', 'mentions RedNote 11 times', 'mentions Lemon8 once',
        'speaks of "TikTok refugees" 5 times', 'talks about the US ban (8 times next to TikTok, Lemon8 or ByteDance)', 'puts TikTok and RedNote together', 'about 16.7 story words per 100 words'],
    ],
    [
      'Lemon8 review',
      "Here's what Lemon8 is like",
      'I joined Lemon8 last week, and Lemon8 reminds me of Pinterest. Lemon8 has templates, Lemon8 has a feed, and TikTok creators post there too. My TikTok friends say Lemon8 is quiet.',
      ['not about the story (score 6.3)', 'headline names Lemon8', 'mentions TikTok twice', 'mentions Lemon8 6 times', 'about 21.6 story words per 100 words',
        'says nothing of RedNote, "TikTok refugees", the US ban or users flocking in'],
    ],
    [
      // Named only in passing (no headline names the story, two mentions or fewer of TikTok or RedNote): capped at 2.
      'company results',
      'Record year for the Beijing company',
      "ByteDance reported record revenue for the year, driven by advertising at home. ByteDance now employs more than 150,000 people, and ByteDance's founder remains its largest shareholder. Analysts expect ByteDance to keep growing, with or without TikTok.",
      ['not about the story (score 2)', 'mentions TikTok once', 'mentions ByteDance 4 times', 'about 11.4 story words per 100 words', 'TikTok or RedNote comes up only in passing',
        'says nothing of RedNote, "TikTok refugees", the US ban or users flocking in'],
    ],
    ['no story words', 'Town fair draws crowds', 'The fair drew 20,000 visitors over the weekend.', ['not about the story (score 0)']],
    ['empty page', null, '', ['not about the story (score 0)']],
  ])('%s', (_text, title, text, reasons) => {
    const verdict = assess(title, text);
    expect(verdict.reasons).toEqual(reasons);
    expect(verdict.onTopic).toBe(reasons[0]!.startsWith('about'));
    expect(verdict.score).toBe(Number(/score ([\d.]+)/.exec(reasons[0]!)![1]));
  });
});

describe('the story’s period', () => {
  const court = 'The Supreme Court upheld the law that would ban TikTok unless ByteDance sells it. TikTok said it would go dark on Sunday, and users flocked to RedNote.';
  it.each<[string | null, string]>([
    ['2024-12-31', 'not about the story: published 2024-12-31, before the story (from 2025-01-01)'],
    ['2025-01-01', 'about the story (score'],
    ['2025-03-31', 'about the story (score'],
    ['2025-04-01', 'not about the story: published 2025-04-01, after the story (until 2025-03-31)'],
    [null, 'about the story (score'],
  ])('published %s', (publishedAt, reason) => {
    const story = { ...BUNDLED.story, period: { start: '2025-01-01', end: '2025-03-31' } };
    const verdict = assessTopic({ title: 'TikTok ban upheld', text: court, publishedAt }, story);
    expect(verdict.reasons[0]).toContain(reason);
    expect(verdict.onTopic).toBe(reason.startsWith('about'));
    if (!verdict.onTopic) expect([verdict.score, verdict.reasons.length]).toEqual([0, 1]);
  });
});

describe('where a context word counts', () => {
  // Only "ban" words in a sentence that names TikTok (or its owner, or Lemon8), or the one after.
  it.each<[string, string, boolean]>([
    ['same sentence', 'Creators fear the ban will end TikTok. Many have backed up their videos.', true],
    ['the sentence after', 'Creators worry about TikTok. The ban takes effect on Sunday.', true],
    ['two sentences after', 'Creators worry about TikTok. Many have backed up their videos. The ban takes effect on Sunday.', false],
    ['the sentence before', 'The ban takes effect on Sunday. Creators worry about TikTok.', false],
    ['after a name that opens its sentence', 'Nobody was worried. TikTok went quiet on Friday. Then the ban came.', true],
    ['across "Jan."', 'The ban upheld on Jan. 17 still worries TikTok creators.', true],
    ['across "Sept."', 'A ban first floated in Sept. 2020 now hangs over TikTok.', true],
    ['across "Mr."', 'The ban, Mr. Chew told TikTok staff, could come on Sunday.', true],
    ['across "Dr."', 'The ban, Dr. Lee said, leaves TikTok with days to sell.', true],
    ['across "U.S."', 'The ban in the U.S. would take TikTok offline.', true],
    ['across "Inc."', 'The ban hurts Acme Inc. and other TikTok advertisers.', true],
    ['after "!"', 'Creators love TikTok! Nobody wants to think about it! The ban comes Sunday.', false],
    ['after "?"', 'Will TikTok survive? Few of its creators think so? The ban comes Sunday.', false],
    ['after a blank line', 'Creators love TikTok\n\nThe ban comes Sunday.', true],
    ['after a line break', 'Creators love TikTok\nNobody wants to think about it\nThe ban comes Sunday.', false],
    ['after "。"', '很多人喜欢TikTok。大家都很担心。禁令周日生效。', false],
    ['after "！"', '很多人喜欢TikTok！大家都很担心！禁令周日生效。', false],
    ['after "？"', 'TikTok会消失吗？大家都很担心？禁令周日生效。', false],
    ['after "；"', '很多人喜欢TikTok；大家都很担心；禁令周日生效。', false],
    ['Chinese, after', '很多人喜欢TikTok。禁令周日生效。', true],
  ])('%s', (_where, text, counted) => {
    expect(assess('Weekend notes', text).reasons.includes(`talks about ${BAN}`)).toBe(counted);
  });

  it('counts users flocking in beside RedNote, not beside TikTok alone', () => {
    expect(assess('Weekend notes', 'Users flocked to RedNote on Monday. TikTok was quiet.').reasons).toContain('talks about users flocking in (once next to RedNote)');
    expect(assess('Weekend notes', 'Users flocked to TikTok on Monday. RedNote was quiet later in the week, they said.').reasons.join('\n')).not.toContain('flocking');
  });
});

describe('a long text that tells the story in one paragraph', () => {
  const year = 'Phones got thinner, batteries lasted longer and foldables finally became affordable for most buyers. ';
  const story =
    'In January, TikTok users flocked to RedNote as the ban on TikTok neared. RedNote signed up new users by the hundred thousand, TikTok creators posted their first notes on RedNote, and the Supreme Court upheld the ban. TikTok went dark for a day; RedNote kept growing.';
  // Under a headline that names neither app, the story must be at least 0.8 words in 100.
  it.each<[number, boolean]>([
    [40, true],
    [80, false],
  ])('%s paragraphs before it', (paragraphs, onTopic) => {
    const verdict = assess('The year in technology', year.repeat(paragraphs) + story);
    expect(verdict.score).toBeGreaterThan(8);
    expect(verdict.onTopic).toBe(onTopic);
  });
});

describe('refugees without TikTok', () => {
  it('are not the story’s refugees', () => {
    const text = 'Refugees from the war in Sudan have found an audience on RedNote, where their notes about daily life are read by millions. RedNote users send messages of support.';
    const verdict = assess('Sudan’s refugees on RedNote', text);
    expect(verdict.onTopic).toBe(false);
    expect(verdict.reasons.filter((r) => r.startsWith('speaks of'))).toEqual([]);
  });
});

describe('how much of TikTok an article about RedNote needs', () => {
  /** A RedNote brief of about `words` words that names TikTok once. */
  const brief = (words: number) => {
    const lead = 'RedNote signed up new users from TikTok this week as creators looked for a new home, and the app hired moderators to keep up with the flood of posts.';
    const more = ' RedNote moderators read posts in English.';
    const leadWords = lead.split(' ').length;
    return `${lead}${more.repeat(Math.round((words - leadWords) / 6))}`;
  };
  it.each<[number, boolean]>([
    [120, true],
    [400, false],
  ])('%s words', (words, anchored) => {
    const reasons = assess('RedNote hires moderators', brief(words)).reasons;
    expect(reasons.some((r) => r.startsWith('names RedNote without TikTok'))).toBe(!anchored);
  });
});

describe('an address as the first look reads it', () => {
  it.each([
    ['https://www.example.com/news/tiktok-ban?from=timeline', 'news tiktok ban'],
    ['https://www.example.com/news/tiktok-ban?ref=homepage&ref_src=twsrc', 'news tiktok ban'],
    ['https://www.example.com/news/tiktok-ban?source=rss&src=app', 'news tiktok ban'],
    ['https://www.example.com/news/tiktok-ban?via=rednote&share_source=copy_web', 'news tiktok ban'],
    ['https://www.example.com/news/tiktok-ban?fbclid=IwAR0x&gclid=Cj0K&UTM_Campaign=rednote', 'news tiktok ban'],
    ['https://www.example.com/news/story?id=rednote-users&source_id=7', 'news story rednote users 7'],
    ['https://www.example.com/guides?resource=rednote-ads', 'guides rednote ads'],
    ['https://www.example.com/%e5%b0%8f%e7%ba%a2%e4%b9%a6/live', '小红书 live'],
    ['https://www.example.com/tag/red+note', 'tag red note'],
    ['https://www.example.com/a__b--c', 'a b c'],
  ])('%s', (url, words) => {
    expect(addressWords(url).replace(/\s+/g, ' ').trim()).toBe(words);
  });
});
