/** What a numeral is: what is attached after it, the window before it, its unit, its kind; ranges sharing what one end says. */
import type { Qualifier, Unit } from '../../schema';
import type { NumberMention } from './numbers';
import type { Numeral } from './numbers-numerals';
import { CJK_COUNTERS } from './numbers-cjk';
import type { Profile } from './numbers-profile';
import { tidy, UNIT_WORDS, PLUS, HYPHEN_UNIT, AGE_AFTER, READ_AFTER, RANK_AFTER_CJK, PLACE_AFTER_CJK, CJK_DATE, UNIT_WORD, OF, CURRENCY, RANKED, PAGE_BEFORE, READ_BEFORE, AGE_BEFORE, AGE_OF, CJK_LABEL_BEFORE, CJK_LABELS, YEARS_OLD, NAME_COMMA, VERSION_BEFORE, YEAR_BEFORE, BETWEEN, RANGE, stick } from './numbers-patterns';

/** Scripts written without spaces between words, where a counter follows the number as written. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** A CJK counter after the number, past at most four Han letters ("70万名新用户": 用户); 名 alone is people. */
/** Nouns a counted thing goes by after a counter or hedge in Japanese, Korean and Chinese. */
const CJK_NOUNS: Record<string, Unit> = {
  投稿: 'posts', 게시물: 'posts', 帖子: 'posts', コメント: 'comments', 댓글: 'comments', 评论: 'comments',
  ユーザー: 'users', 사용자: 'users', 이용자: 'users', フォロワー: 'followers', 팔로워: 'followers', 粉丝: 'followers',
  ダウンロード: 'downloads', 다운로드: 'downloads', 国家: 'countries', 국가: 'countries',
};
const NOUN_AFTER = new RegExp(`^(?:以上|超|弱|強|余り|程度|ほど|[ \u00a0]?(?:넘는|이상의?|가량의?|여)|)(?:の|의)?[ \u00a0]?(?:新規|新たな|신규)?[ \u00a0]?(${Object.keys(CJK_NOUNS).join('|')})`);
const COUNTER = new RegExp(`^[\\p{sc=Han}]{0,4}?(${Object.keys(CJK_COUNTERS).filter((c) => c !== '名').sort((a, b) => b.length - a.length).join('|')})`, 'u');

export interface Draft extends NumberMention {
  /** A bare integer: no grouping commas, decimals, scale, currency or percent. */
  plain: boolean;
  /** A spelled small number ("two") that only counts once a unit or a context claims it. */
  weak: boolean;
  scale: number;
}

/** A CJK noun after a counter or a hedge, past "の" or "의": "の投稿", " 팔로워", "のコメント". */
function nounAfter(text: string, at: number): Unit | 'span' | null {
  const m = NOUN_AFTER.exec(text.slice(at, at + 16));
  return m ? (CJK_NOUNS[m[1]!] ?? null) : null;
}

/** What the words after a number say it counts: "new users", "views", "days", "用户". */
export function unitAfter(text: string, at: number, p: Profile): Unit | 'span' | null {
  const from = text[at] === ' ' && UNSPACED.test(text[at + 1] ?? '') ? at + 1 : at; // "2억3000만 명"
  // Stryker disable next-line StringLiteral: past the end of the text, any Latin text is as unspaced as none
  if (UNSPACED.test(text[from] ?? '')) {
    const m = COUNTER.exec(text.slice(from, from + 10));
    if (!m) return text[from] === '名' ? 'people' : null; // "1.5万名网友"
    const counted = CJK_COUNTERS[m[1]!] ?? null;
    // A bare counter ("件", "건") says nothing of what; the noun after it may: "20万件以上の投稿".
    return counted ?? nounAfter(text, from + m[0].length);
  }
  for (let gap = 0, next = at; gap < 4; gap++) {
    const m = stick(UNIT_WORD, text, next);
    if (!m) return null;
    const word = m[1]!.toLowerCase().replace(/^d['’]/, ''); // "d’abonnés"
    const unit = p.units.get(word);
    if (unit) return unit;
    if (p.stop.has(word) || p.small.has(word) || p.scales.has(word)) return null;
    next = UNIT_WORD.lastIndex;
  }
  return null;
}

/** Completes a numeral into a mention: what is attached after it, the window before it, the unit, the kind. */
export function describe(text: string, at: number, numeral: Numeral, floor: number, p: Profile): Draft {
  const numberEnd = numeral.end;
  const weak = numeral.weak ?? false;
  const value = numeral.value;
  let { end, kind } = numeral;
  let qualifier: Qualifier = numeral.qualifier ?? 'exact';
  let unit: Unit | null = null;
  let plain = numeral.plain ?? false;
  let money = false; // a currency or percent sign: a quantity whatever the context
  let span = false; // counts time (days, hours, weeks…): a duration
  let m: RegExpExecArray | null;
  let counterAt = -1;

  if (numeral.percent) [unit, money] = ['percent', true];
  else if (!kind) {
    if (stick(PLUS, text, end)) [end, qualifier] = [PLUS.lastIndex, 'plus'];
    if (stick(p.percent, text, end)) [end, unit, money] = [p.percent.lastIndex, 'percent', true];
    else if ((m = stick(p.moneyAfter, text, end))) [end, unit, money] = [p.moneyAfter.lastIndex, m[1] ? 'usd' : m[2] ? 'cny' : null, true];
    if (plain && stick(READ_AFTER, text, end)) [end, kind] = [READ_AFTER.lastIndex, 'page'];
    else if ((m = stick(HYPHEN_UNIT, text, end))) {
      end = HYPHEN_UNIT.lastIndex;
      const counted = UNIT_WORDS.get(m[1]!.toLowerCase())!;
      if (m[2]) kind = 'age';
      else [span, unit] = [true, counted === 'span' ? null : counted];
    } else if (plain && stick(AGE_AFTER, text, end)) [end, kind] = [AGE_AFTER.lastIndex, 'age'];
    if ((m = stick(p.qualifierAfter, text, end))) {
      if (qualifier === 'exact') qualifier = p.qualifiers.get(m[0].trim().toLowerCase().replace(/\s+/g, ' ')) ?? 'exact';
      end = p.qualifierAfter.lastIndex;
    } else if (!kind && !money && (m = stick(p.counterThenHedge, text, end))) {
      // "3億人超", "1만명 넘는": the counter, then the hedge.
      counterAt = end;
      if (qualifier === 'exact') qualifier = p.qualifiers.get((m[1] ?? m[2])!) ?? 'exact';
      end = p.counterThenHedge.lastIndex;
    }
  }

  // The window before the number: a currency sign, then a hedge, then what the number belongs to.
  const window = (to: number) => text.slice(Math.max(floor, to - 28), to);
  const currency = kind ? null : CURRENCY.exec(window(at));
  if (currency) {
    money = true;
    const country = currency[1];
    const dollar = currency[2] && (!country || country === 'US' || country === 'U.S.');
    // "¥" is the yuan on a Chinese page and the yen on a Japanese one.
    const yuan = currency[3] === 'RMB' || currency[3] === 'CNY' || (p.language === 'zh' && /[¥￥]/.test(currency[0]));
    unit = dollar || currency[3] === 'USD' ? 'usd' : yuan ? 'cny' : null;
  }
  const lead = at - (currency?.[0].length ?? 0);
  const hedge = kind ? null : p.qualifierBefore.exec(window(lead));
  plain &&= !money;
  if (!kind && !money && !span) {
    // A CJK noun after the number or its hedge: "10万投稿", "1000以上のユーザー"; "1만명 넘는 팔로워":
    // the noun after the hedge says more than the counter before it.
    const counted =
      nounAfter(text, end) ??
      unitAfter(text, counterAt >= 0 ? counterAt : numeral.qualifier === 'order-of' && stick(OF, text, end) ? OF.lastIndex : end, p);
    if (counted === 'span') span = true;
    else if (counted) [unit, span] = [counted, counted === 'days' || counted === 'hours'];
    else if ((m = CJK_LABEL_BEFORE.exec(window(lead)))) unit = CJK_LABELS[m[1]!]!;
  }

  const context = window(at);
  let marker: RegExpExecArray | null = null;
  let start = at;
  if (kind === 'ordinal' && value <= 31 && (marker = p.monthBefore.exec(context))) kind = 'date'; // "Jan. 19th"
  else if (kind === 'ordinal' && (RANKED.test(context) || stick(p.rankAfter, text, end) || (marker = p.rankBefore.exec(context)))) kind = 'rank';
  else if (kind) {
    // already known from its form
  } else if (text[at - 1] === '第') {
    // "第25名", "第1位": a place in a ranking; "第3季" is only an ordinal.
    const place = stick(PLACE_AFTER_CJK, text, end);
    kind = place || RANKED.test(context) ? 'rank' : 'ordinal';
    if (place) [start, end] = [at - 1, PLACE_AFTER_CJK.lastIndex];
  } else if (plain) {
    const rank = p.rankBefore.exec(context);
    if (value <= 31 && (marker = p.monthBefore.exec(context))) kind = 'date';
    else if (value <= 31 && stick(p.monthAfter, text, end)) kind = 'date';
    else if (value <= 31 && stick(CJK_DATE, text, end)) [kind, end] = ['date', CJK_DATE.lastIndex];
    else if (value <= 1000 && stick(RANK_AFTER_CJK, text, end)) [kind, end] = ['rank', RANK_AFTER_CJK.lastIndex];
    else if (value <= 24 && p.timeBefore?.test(context)) kind = 'time';
    // "Charlotte Silverstein (32)", "실버스타인(32)": an age after a name.
    else if (!weak && value <= 120 && text[at - 1] === '(' && text[end] === ')' && /[\p{L}][ \u00a0]?$/u.test(text.slice(Math.max(0, at - 3), at - 1))) kind = 'age';
    else if ((rank && !(weak && rank[0].startsWith('No'))) || RANKED.test(context)) [kind, marker] = ['rank', rank]; // not "No one"
    else if ((marker = PAGE_BEFORE.exec(context)) || READ_BEFORE.test(context)) kind = 'page';
    else if (VERSION_BEFORE.test(context)) kind = 'other';
    else if (!weak && value <= 120 && (AGE_BEFORE.test(context) || (NAME_COMMA.test(context) && text[end] === ','))) kind = 'age';
    else if (!weak && !hedge && value <= 120 && AGE_OF.test(context) && stick(YEARS_OLD, text, end)) [kind, end] = ['age', YEARS_OLD.lastIndex];
    else if (!weak && !hedge && numberEnd - at === 4 && value >= 1800 && value <= 2100 && (!unit || YEAR_BEFORE.test(context))) {
      kind = 'year';
      if (text[end] === '年' || text[end] === '년') end++;
    }
  }

  if (!kind) {
    kind = span ? 'duration' : 'quantity';
    start = lead;
    const hedged = hedge && (p.qualifiers.get((hedge[1] ?? hedge[2] ?? hedge[3]!).toLowerCase().replace(/\s+/g, ' ')) ?? null);
    // "over two days" tells when, not how long.
    if (hedged && !(span && hedged === 'over')) [qualifier, start] = [hedged, lead - hedge[0].length];
  } else {
    [unit, qualifier] = [kind === 'rank' ? 'rank' : null, 'exact'];
    if (marker) start = at - marker[0].length;
    // "top three", "top 10": a place among the first few, not the third place.
    if (kind === 'rank' && /^top/i.test(marker?.[0] ?? '')) qualifier = 'up-to';
  }
  return {
    text: text.slice(start, end),
    start,
    end,
    numberText: text.slice(at, numberEnd),
    value,
    unit,
    qualifier,
    kind,
    plain,
    weak,
    scale: numeral.scale ?? 1,
  };
}

/** Lets a range share what one end says: "aged 15 to 28", "Jan. 13–20", "10 to 20 million users", "2 to 3 weeks". */
export function joinRange(text: string, first: Draft, second: Draft) {
  if (second.start - first.end > 12 || !RANGE.test(text.slice(first.end, second.start))) return;
  const and = /and/i.test(text.slice(first.end, second.start));
  const trap = first.kind !== 'quantity' && first.kind !== 'duration' && first.kind !== 'ordinal' && first.kind !== 'other';
  if (trap && second.plain && (second.kind === 'quantity' || second.kind === 'duration')) {
    second.kind = first.kind;
    second.unit = first.unit;
    second.qualifier = 'exact';
  } else if (
    first.kind === 'quantity' &&
    !first.unit &&
    (second.kind === 'duration' || (second.kind === 'quantity' && (second.unit || second.scale > 1))) &&
    // "10 million to 20 million users": a first end with its own scale takes only the unit.
    (first.scale === 1 || second.unit) &&
    (!and || BETWEEN.test(text.slice(Math.max(0, first.start - 12), first.start)))
  ) {
    first.unit = second.unit;
    first.kind = second.kind;
    if (first.scale === 1 && first.value < 1000) first.value = tidy(first.value * second.scale);
  }
}
