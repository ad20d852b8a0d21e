import { describe, expect, it } from 'vitest';
import { compileNamedWords, compileWords, wordsOf, type WordList } from '../../utils/core/words';

/** What a list finds in a text: each match as [the listed word, the text it covers]. */
const found = (list: WordList, text: string) => compileWords(list).find(text).map((m) => [m.word, text.slice(m.start, m.end)]);

// Lists are compiled inside each test, not once per file: a list that fails to compile must fail
// its tests, not the file's collection (where the mutation pass would not see it).
describe('compileWords says which word of the list each match is', () => {
  const story = { en: ['tiktok*', 'tik tok', 'red note', 'ban', 'supreme court'], zh: ['小红书', '禁令'], ko: ['틱톡'] };

  it.each([
    ['TikTokers flocked to Red  Note', [['tiktok*', 'TikTokers'], ['red note', 'Red  Note']]],
    ['The Supreme\nCourt upheld the BAN', [['supreme court', 'Supreme\nCourt'], ['ban', 'BAN']]],
    ['美国TikTok用户涌入小红书，禁令将至', [['tiktok*', 'TikTok'], ['小红书', '小红书'], ['禁令', '禁令']]],
    ['틱톡은 금지된다', [['틱톡', '틱톡']]],
    ['Tik Tok, banned, bank, urban', [['tik tok', 'Tik Tok']]], // whole words only: not "banned", "bank", "urban"
  ])('%j', (text, expected) => {
    expect(found(story, text)).toEqual(expected);
  });

  it('keys several lists by their owner, the longest word first', () => {
    const names = compileNamedWords([
      ['tiktok', ['tiktok*', 'tik tok']],
      ['bytedance', ['bytedance', '抖音']],
      ['tiktok-global', ['抖音国际版']],
    ] as const);
    expect(names.find('ByteDance的抖音国际版和TikTok').map((m) => m.key)).toEqual(['bytedance', 'tiktok-global', 'tiktok']);
  });
});

describe('words with dots, digits and hashtags', () => {
  // Words of the bundled dataset's story and metrics, in the texts they meet.
  it.each<[string, string[], string, string[][]]>([
    ['dot', ['jimmy o. yang'], 'Comedian Jimmy O. Yang posted', [['jimmy o. yang', 'Jimmy O. Yang']]],
    ['dot is no wildcard', ['jimmy o. yang'], 'Jimmy Oz Yang posted', []],
    ['ends in a dot', ['users in the u.s.'], 'users in the U.S. and the U.K.', [['users in the u.s.', 'users in the U.S.']]],
    ['dot then a letter', ['users in the u.s.'], 'users in the U.S.A. moved', [['users in the u.s.', 'users in the U.S.']]],
    ['number in a phrase', ['no. 1 in'], 'RedNote was No. 1 in the App Store', [['no. 1 in', 'No. 1 in']]],
    ['ends in a digit', ['lemon8'], 'Lemon8, not @lemon88', [['lemon8', 'Lemon8']]],
    ['hyphen', ['18-29', 'sell-or-ban'], 'the sell-or-ban law; ages 18-29', [['sell-or-ban', 'sell-or-ban'], ['18-29', '18-29']]],
    ['hashtag', ['#tiktokrefugee*', 'rednote'], 'Join #RedNote#TikTokRefugees', [['rednote', 'RedNote'], ['#tiktokrefugee*', '#TikTokRefugees']]],
    ['tag, no hash', ['#tiktokrefugee*', 'tiktokrefugee*'], 'the TikTokRefugee trend', [['tiktokrefugee*', 'TikTokRefugee']]],
  ])('%s', (_, list, text, expected) => {
    expect(found(list, text)).toEqual(expected);
  });
});

describe('a list as a user may write it', () => {
  // Datasets can be imported: stray spaces and empty entries must neither break the matcher nor
  // make it match everywhere.
  it.each<[string, WordList, string, string[][]]>([
    ['empty list', [], 'TikTok ban', []],
    ['empty words', { en: ['', '  ', 'ban'] }, 'the ban', [['ban', 'ban']]],
    ['spaces around', { en: [' ban ', 'ban'] }, 'the ban', [['ban', 'ban']]],
    ['double space', ['red  note'], 'Red Note', [['red  note', 'Red Note']]],
    ['space before *', ['tiktok *'], 'TikTokers', [['tiktok *', 'TikTokers']]],
  ])('%s', (_, list, text, expected) => {
    expect(found(list, text)).toEqual(expected);
    expect(compileWords(list).count(text)).toBe(expected.length);
    expect(compileWords(list).test(text)).toBe(expected.length > 0);
  });

  it.each<[WordList, string[]]>([
    [{ en: [' ban ', 'ban', ''], zh: ['禁令'] }, ['ban', '禁令']],
    [{ zh: ['小紅書'], ja: ['小紅書', 'レッドノート'] }, ['小紅書', 'レッドノート']],
    [[], []],
  ])('wordsOf %j', (list, words) => {
    expect(wordsOf(list)).toEqual(words);
  });
});

describe('a word two lists name', () => {
  // The bundled dataset names Jimmy O. Yang and his father with the same "yang".
  it.each([
    ['Jimmy O. Yang and his dad', ['jimmy-o-yang', 'father']],
    ['Yang said his father', ['jimmy-o-yang', 'father']],
  ])('%s', (text, keys) => {
    const names = compileNamedWords([
      ['jimmy-o-yang', ['jimmy o. yang', 'jimmy', 'yang']],
      ['father', ['father', 'dad', 'jimmy o. yang', 'yang']],
    ] as const);
    expect(names.find(text).map((m) => m.key)).toEqual(keys);
  });
});
