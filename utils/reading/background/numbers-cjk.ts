/**
 * The words that cross languages: Japanese, Korean and Chinese hedges and counters, and the names
 * of China's currency, read on every page whatever its language (see numbers-languages.ts for
 * each language's own words).
 */
import type { Qualifier } from '../../schema';
import type { Counted } from './numbers-languages';

/** China's currency after a number, in every language: "4,500 RMB", "300 milhões de yuans", "8000元". */
export const YUAN = ['yuan', 'yuans', 'yuanes', 'iuanes', 'renminbi', 'rmb', 'cny'];

/**
 * Japanese, Korean and Chinese hedges and counters, read on every page whatever its language:
 * their scripts say which they are, and quotes cross languages. Japanese and Korean write the
 * counter before a hedge that follows ("3億人超", "1만명 넘는").
 */
export const CJK_BEFORE: Partial<Record<Qualifier, string[]>> = {
  'more-than': ['超过', '超過', '超', '突破', '逾'],
  over: [],
  'at-least': ['至少', '少なくとも', '최소'],
  nearly: ['将近', '接近', '近', '近く', '거의', '근'],
  about: ['大约', '大概', '约', '約', 'およそ', '약', '대략'],
  'up-to': ['多达', '高达', '最大', '최대', '最多'],
  'less-than': ['不到', '不足', '少于'],
};
export const CJK_AFTER: Partial<Record<Qualifier, string[]>> = {
  'at-least': ['以上', '이상'],
  'more-than': ['超', 'を超える', 'を超え', '超え', '넘는', '넘게', '넘어', '넘었다', '넘는다', '넘은', '強'],
  nearly: ['近く', '弱', '가까이', '가까운', '足らず'],
  about: ['左右', '上下', '程度', 'ほど', '前後', '가량', '정도', '안팎', '내외'],
  plus: ['余り', 'あまり', '여'],
  'up-to': ['以下', '이하'],
  'less-than': ['未満', '미만'],
};
/** Counters and nouns written right after a CJK or Hangul number, and what each counts. */
export const CJK_COUNTERS: Record<string, Counted | null> = {
  用户: 'users', 用戶: 'users', ユーザー: 'users', 사용자: 'users', 이용자: 'users', 가입자: 'users', 유저: 'users',
  粉丝: 'followers', フォロワー: 'followers', 팔로워: 'followers',
  下载: 'downloads', ダウンロード: 'downloads', 다운로드: 'downloads',
  浏览: 'views', 播放: 'views', 次: 'views', 回: 'views', 회: 'views', 조회: 'views', 閲覧: 'views',
  人: 'people', 名: 'people', 명: 'people',
  天: 'days', 日間: 'days', 日: 'days', 일간: 'days', 일: 'days',
  小时: 'hours', 時間: 'hours', 시간: 'hours',
  美元: 'usd', ドル: 'usd', 달러: 'usd', 元: null, 円: null, 원: null, 위안: null,
  年: 'span', 个月: 'span', ヶ月: 'span', カ月: 'span', か月: 'span', 개월: 'span', 周: 'span', 週間: 'span', 주: 'span', 分钟: 'span', 分: 'span', 분: 'span', 년: 'span',
  件: null, 건: null, 개: null, 条: null,
  国家: 'countries', 國家: 'countries', カ国: 'countries', ヵ国: 'countries', か国: 'countries', ヶ国: 'countries', 개국: 'countries', 국가: 'countries',
};
