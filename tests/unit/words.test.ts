import { describe, expect, it } from 'vitest';
import { compileNamedWords, compileWords } from '../../utils/core/words';

describe('compileWords says which word of the list each match is', () => {
  const matcher = compileWords({ en: ['tiktok*', 'tik tok', 'red note', 'ban', 'supreme court'], zh: ['小红书', '禁令'], ko: ['틱톡'] });

  it.each([
    ['TikTokers flocked to Red  Note', [['tiktok*', 'TikTokers'], ['red note', 'Red  Note']]],
    ['The Supreme\nCourt upheld the BAN', [['supreme court', 'Supreme\nCourt'], ['ban', 'BAN']]],
    ['美国TikTok用户涌入小红书，禁令将至', [['tiktok*', 'TikTok'], ['小红书', '小红书'], ['禁令', '禁令']]],
    ['틱톡은 금지된다', [['틱톡', '틱톡']]],
    ['Tik Tok, banned, bank, urban', [['tik tok', 'Tik Tok']]], // whole words only: not "banned", "bank", "urban"
  ])('%j', (text, expected) => {
    expect(matcher.find(text).map((m) => [m.word, text.slice(m.start, m.end)])).toEqual(expected);
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
