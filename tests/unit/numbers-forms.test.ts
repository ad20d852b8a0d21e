/**
 * Number forms a reporter writes without digits or with a currency, a counter or a multiple:
 * shares in words ("roughly half of the country"), growth by a multiple ("2倍に増加", "doubled"),
 * China's currency ("4,500 RMB", "8000元") and counts of countries ("80个国家和地区", "80カ国").
 * Sentences written for the tests, with the look-alikes that must not be read so.
 */
import { describe, expect, it } from 'vitest';
import { readNumbers, type NumberMention } from '../../utils/reading/background/numbers';

const brief = ({ text, value, unit, qualifier, kind }: NumberMention) => ({ text, value: Math.round(value * 100) / 100, unit, qualifier, kind });
const read = (language: string, input: string) => readNumbers(input, language).map(brief);

describe('shares said in words', () => {
  it.each([
    // language, sentence, span, value, qualifier
    ['en', 'Some 170 million Americans use TikTok, roughly half of the country’s population.', 'roughly half', 50, 'about'],
    ['en', 'Half of Americans under 30 use the app daily.', 'Half', 50, 'exact'],
    ['en', 'Trump said the US government should be a half owner of the app.', 'half', 50, 'exact'],
    ['en', 'He floated a half-stake for an American buyer.', 'half', 50, 'exact'],
    ['en', 'Nearly two-thirds of new users were under 25.', 'Nearly two-thirds', 66.67, 'nearly'],
    ['en', 'More than a third of creators posted on both apps.', 'More than a third', 33.33, 'more-than'],
    ['en', 'About three quarters of teens have an account.', 'About three quarters', 75, 'about'],
    ['pt', 'Metade dos americanos usa o aplicativo.', 'Metade', 50, 'exact'],
    ['es', 'Casi la mitad de los usuarios son jóvenes.', 'mitad', 50, 'exact'], // the hedge is not beside the share
    ['de', 'Rund die Hälfte der Nutzer ist jünger als 30.', 'Hälfte', 50, 'exact'],
    ['fr', 'La moitié des Américains utilisent TikTok.', 'moitié', 50, 'exact'],
    ['it', 'La metà degli utenti ha meno di 30 anni.', 'metà', 50, 'exact'],
    ['id', 'Separuh dari pengguna berusia muda.', 'Separuh', 50, 'exact'],
  ] as const)('[%s] %s → "%s" is %d%% (%s)', (language, input, text, value, qualifier) => {
    expect(read(language, input)).toContainEqual({ text, value, unit: 'percent', qualifier, kind: 'quantity' });
  });

  it.each([
    ['en', 'In the first half of 2025 the app hired more staff.'], // a period
    ['en', 'The second half of January was quieter.'],
    ['en', 'The other half of the team stayed in Shanghai.'],
    ['en', 'The ban took effect half an hour later.'], // no "of"
    ['en', 'On behalf of the company, she declined to comment.'], // a word that ends in "half"
    ['en', 'A third hearing is set for March.'], // an ordinal, not a share
    ['pt', 'Na primeira metade do ano, o app cresceu.'],
    ['de', 'In der zweiten Hälfte des Jahres wuchs die App.'],
  ])('[%s] %s → no share', (language, input) => {
    expect(read(language, input).filter((m) => m.unit === 'percent')).toEqual([]);
  });
});

describe('growth by a multiple', () => {
  it.each([
    ['ja', 'アメリカでのダウンロード数は前週比で2倍に増加した。', '2倍', 100, 'exact'],
    ['ja', '利用者は3倍以上に拡大した。', '3倍以上', 200, 'at-least'],
    ['ko', '순익이 2배 이상 증가했다.', '2배 이상', 100, 'at-least'],
    ['ko', '가입자가 3배로 늘었다.', '3배', 200, 'exact'],
    ['en', 'Downloads more than doubled from the week before.', 'more than doubled', 100, 'more-than'],
    ['en', 'Sign-ups tripled in a day.', 'tripled', 200, 'exact'],
    ['de', 'Die Downloads haben sich verdoppelt.', 'verdoppelt', 100, 'exact'],
    ['pt', 'As inscrições dobraram em dois dias.', 'dobraram', 100, 'exact'],
  ] as const)('[%s] %s → "%s" is +%d%%', (language, input, text, value, qualifier) => {
    expect(read(language, input)).toContainEqual({ text, value, unit: 'percent', qualifier, kind: 'quantity' });
  });

  it.each([
    ['ja', '2倍の速さで広がった。', '2倍'], // a speed, not a growth
    ['ko', '2배 빠르다.', '2배'],
    ['zh', '下载量增长2倍。', '2倍'], // read both ways in Chinese: left alone
  ])('[%s] %s → "%s" is a multiple, not a figure', (language, input, text) => {
    expect(read(language, input)).toEqual([expect.objectContaining({ text, kind: 'other' })]);
  });

  it('does not read "doubled down" as growth', () => {
    expect(read('en', 'Trump doubled down on the ban.')).toEqual([]);
  });
});

describe("China's currency and counts of countries", () => {
  it.each([
    ['en', 'The jobs pay 4,500 RMB to 8,000 RMB a month.', '4,500 RMB', 4500, 'cny'],
    ['en', 'The jobs pay RMB 8,000 a month.', 'RMB 8,000', 8000, 'cny'],
    ['en', 'It raised 2 billion yuan.', '2 billion yuan', 2e9, 'cny'],
    ['zh', '月薪8000元。', '8000元', 8000, 'cny'],
    ['zh', '售价￥5000。', '￥5000', 5000, 'cny'],
    ['pt', 'Captou 300 milhões de yuans.', '300 milhões de yuans', 3e8, 'cny'],
    ['ko', '월급은 5000위안이다.', '5000위안', 5000, 'cny'],
    ['ja', '月額980円。', '980円', 980, null], // yen, not yuan
    ['ja', '価格は¥5000。', '¥5000', 5000, null], // "¥" on a Japanese page is the yen
    ['zh', '100港元。', '100', 100, null], // Hong Kong dollars are not yuan
  ] as const)('[%s] %s → "%s" %s', (language, input, text, value, unit) => {
    expect(read(language, input)).toContainEqual(expect.objectContaining({ text, value, unit, kind: 'quantity' }));
  });

  it.each([
    ['zh', '小红书在80个海外国家和地区的App Store夺冠。', '80'],
    ['ja', '80カ国でダウンロード首位になった。', '80'],
    ['ko', '80개국에서 1위에 올랐다.', '80'],
    ['ko', '30개 국가에서 순위에 올랐다.', '30'],
    ['en', 'It topped the charts in 80 countries and regions.', '80'],
    ['pt', 'Liderou em 80 países.', '80'],
    ['de', 'Platz eins in 80 Ländern.', '80'],
  ])('[%s] %s → "%s" countries', (language, input, text) => {
    expect(read(language, input)).toContainEqual(expect.objectContaining({ text, unit: 'countries', kind: 'quantity' }));
  });

  it('does not count cities or people as countries', () => {
    expect(read('zh', '小红书在80个城市开设了办公室。').map((m) => m.unit)).not.toContain('countries');
    expect(read('en', 'Some 80 country singers joined.').map((m) => m.unit)).not.toContain('countries');
  });
});
