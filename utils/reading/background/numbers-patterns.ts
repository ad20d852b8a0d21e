/** The number reader's vocabulary and the bounded regexes it reads with (see numbers.ts). */
import type { Qualifier, Unit } from '../../schema';

export const tidy = (x: number) => Number(x.toPrecision(15));
export const S = '[ \\u00a0]'; // one space, as a regex source
export const sticky = (source: string) => new RegExp(source, 'iy');
export const before = (source: string, flags = 'i') => new RegExp(`(?:${source})$`, flags);
export const words = (list: string) => list.split(' ');
export const lookup = <T>(list: string, value: (index: number) => T) => new Map(words(list).map((word, index) => [word, value(index)]));

export const SMALL = lookup(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety',
  (i) => (i < 20 ? i : (i - 18) * 10),
);
export const ORDINALS = lookup('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth', (i) => i + 1);
export const SCALES = lookup('hundred thousand million billion trillion k m mn mln b bn tn', (i) => [100, 1e3, 1e6, 1e9, 1e12, 1e3, 1e6, 1e6, 1e6, 1e9, 1e9, 1e12][i]!);
export const ROUGH = lookup('tens dozens hundreds thousands millions billions', (i) => [10, 12, 100, 1e3, 1e6, 1e9][i]!);
export const CJK_DIGITS = lookup('零 〇 一 二 两 三 四 五 六 七 八 九', (i) => [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][i]!);
export const CJK_SCALES = lookup('十 百 千 万 亿 千万 百万 万亿 億 萬 兆 천 백 만 억 조 천만 백만 십', (i) =>
  [10, 100, 1e3, 1e4, 1e8, 1e7, 1e6, 1e12, 1e8, 1e4, 1e12, 1e3, 100, 1e4, 1e8, 1e12, 1e7, 1e6, 10][i]!);

/** The words that hedge a number, by the qualifier they mean. */
export const QUALIFIERS = new Map<string, Qualifier>();
for (const entry of [
  'more-than:more than|greater than|in excess of|upwards of|above|超过|超',
  'over:over|well over|just over|逾',
  'at-least:at least|no fewer than|no less than|至少|or more|以上',
  'nearly:nearly|almost|close to|just under|just shy of|approaching|将近|接近|近',
  'about:about|around|roughly|approximately|approx.|some|an estimated|estimated|大约|大概|约|or so|左右|上下',
  'up-to:up to|as much as|as many as|as high as|多达|高达|以下',
  'less-than:less than|fewer than|under|below|不到|不足|少于',
  'order-of:on the order of',
]) {
  const [qualifier, phrases] = entry.split(':') as [Qualifier, string];
  for (const phrase of phrases.split('|')) QUALIFIERS.set(phrase, qualifier);
}
/** Count nouns that name the unit: "700,000 new users", "35 million views", "75 days". */
export const UNIT_WORDS = new Map<string, Unit | 'span'>();
for (const entry of [
  'users:user users member members',
  'downloads:download downloads install installs',
  'views:view views plays',
  'followers:follower followers fan fans subscriber subscribers',
  'people:people persons individuals americans residents citizens viewers participants netizens',
  'days:day days',
  'hours:hour hours hrs',
  'posts:post posts',
  'comments:comment comments',
  'countries:countries nations',
  'span:week weeks month months year years minute minutes seconds',
]) {
  const [unit, list] = entry.split(':') as [Unit | 'span', string];
  for (const word of words(list)) UNIT_WORDS.set(word, unit);
}
/** Words a unit lookahead does not cross: "700,000 in two days" is not 700,000 days. */
export const STOP = new Set(
  words('in on at by for from to of and or but than with who that which was were is are had have has will would as after before during since into over under per the its their this these those said says'),
);
// What can follow the digits.
export const VERSION = /(?:\.[0-9]+){2,}/y;
export const PHONE = /(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}[ .-]?\d{3,4}(?:[ .-]?\d{3,4})?|\+\d{1,3}(?:[ .-]\d{1,5}){2,5}|0\d(?:[ .]\d\d){4}|0\d{1,3}-\d{3,4}-\d{4}|\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{4}|\d{3}([.-])\d{3}\1\d{4}|\d{3,4}-\d{7,8})(?!\d)/y;
export const CLOCK = /:[0-5]\d(?::[0-5]\d)?(?!\d)/y;
export const RATIO = /[:/]\d+(\/\d+)?/y;
export const ISO_DATE = /-[01]?\d-[0-3]?\d(?!\d)/y;
/** "19-01-2025", "19.01.2025": a day, month and year. */
export const DMY_DATE = /([-.])[01]?\d\1\d{4}(?!\d)/y;
export const MERIDIEM = sticky(`${S}?(?:[ap]\\.m\\.|[ap]m(?![a-z]))`);
export const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![A-Za-z0-9])/y;
export const DECADE = /s(?![A-Za-z0-9])/y;
export const CJK_SCALE = /([多余]?)(千万|百万|万亿|万|亿|億|萬|兆|千|百|천만|백만|만|억|조|천|백)([多余여]?)/y;
export const PLUS = /-plus(?![a-z])|\+/iy;
export const HYPHEN_UNIT = sticky('-(year|day|hour|week|month|minute)s?(-olds?)?(?![a-z])');
export const AGE_AFTER = sticky(`${S}years?[ -]old(?![a-z])|岁|歳|세|살`);
/** A time of day after the number: "14 Uhr", "14.30 Uhr", "20h30", "3時", "3시" (not "3時間", "3시간"). */
export const TIME_AFTER = /(?:[.:][0-5]\d)?[ \u00a0]?Uhr(?![\p{L}])|h[0-5]\d(?!\d)|時(?!間)|시(?!간)/yu;
/** A rank after the number: "1位", "1위"; after "第" also "名" ("第25名"), which alone counts people. */
export const RANK_AFTER_CJK = /位|위/y;
export const PLACE_AFTER_CJK = /[位名]/y;
/**
 * The top place said as a superlative of a download chart, as "榜首" says it in Chinese: "the most
 * popular free app on the App Store" (Her Campus, of Lemon8), "the most downloaded free app on
 * iOS", "the most-downloaded app in the US". Not "one of the most popular apps", "the second most
 * popular download" (its ordinal is the rank), nor what is not an app ("the most popular languages").
 */
export const TOP_PLACE = /most[- \u00a0](?:popular|downloaded)(?=[ \u00a0](?:[\p{L}-]+[ \u00a0]){0,2}?(?:apps?|applications?|downloads?)(?![\p{L}]))/iuy;
export const TOP_PLACE_BEFORE = /(?<![\p{L}])(?<!one of[ \u00a0])the[ \u00a0]$/iu;
export const READ_AFTER = sticky(`[ \\u00a0-]min(?:ute)?s?\\.?[ -]read(?![a-z])`);
export const CJK_DATE = /月|日(?!間)|号|월|일(?!간|동안)/y;
export const UNIT_WORD = /[ \u00a0]{1,2}([\p{L}][\p{L}\p{M}’'-]*)/yu;
export const OF = / of(?![A-Za-z])/y;
export const LATIN_WORD = /\p{Script=Latin}+/yu;
export const CJK_NUMERAL = /[零〇一二两三四五六七八九十百千万亿億萬兆多余]+/y;
export const CJK_ROUGH = /[数几수]([十百千십백천]?)([万亿億萬만억])/y;
/**
 * "2倍に増加", "2배 이상 증가": grew to N times, a change of (N − 1) × 100%. Only before a verb of
 * growth: "2倍の速さ" is a speed, and Chinese "增长2倍" is read both ways, so it is not read.
 */
export const MULTIPLIED = /(?:倍(以上)?(?=(?:に|へ)?(?:増|拡大|伸び|急増|上昇))|배([ \u00a0]?이상)?(?=[ \u00a0]?(?:으?로)?[ \u00a0]?(?:증가|늘|급증|성장|확대)))/y;
/** A multiple that is not a growth ("2倍の速さ", "3배 빠르다"): neither a count nor a figure. */
export const MULTIPLE = /倍|배/y;

// What can come before the number, read on a short window that ends where the number starts.
export const CURRENCY = before(`(?<![A-Za-z])(US|U\\.S\\.|[A-Z]{1,2})?(\\$)${S}?|(?<![A-Za-z])(USD|RMB|CNY|Rp\\.?|Rs\\.?|INR) ?|[¥￥€£₩₹]${S}?`, '');
export const RANKED = before(`(?<![a-z])rank(?:s|ed)${S}(?:at${S})?|排名第|排第|位居第|排行第`);
export const PAGE_BEFORE = before(`(?<![a-z])(?:pages?|pp?\\.|issues?|vol(?:ume)?\\.?|chapter|section|episode|ep\\.|season|part|article|fig(?:ure)?\\.?|table|step)${S}?`);
export const READ_BEFORE = before(`read(?:ing)? time:?${S}?`);
/** "una abuela de 72 años", "un uomo di 40 anni": a person's age (not "después de 5 años"). */
export const AGE_OF = before(`\\p{L}{3,}(?<!después|antes|depois|dopo|prima|après|avant|plus|más|mas|mais|più|cerca|menos|moins|meno|além|alrededor|hace|tra|fra)${S}(?:de|di)${S}`, 'iu');
export const YEARS_OLD = /[ \u00a0](?:años|anos|anni|ans)(?![\p{L}])/yu;
/** A count named before its number in CJK text: "日下载量从之前的20万", "閲覧数は2億". */
export const CJK_LABEL_BEFORE = /(下载量|下载次数|浏览量|播放量|阅读量|粉丝数|用户数|ダウンロード数|閲覧数|再生回数|フォロワー数|ユーザー数|다운로드 수|조회수|팔로워 수|이용자 수|사용자 수)[^。！？；\n\d]{0,10}$/;
export const CJK_LABELS: Record<string, Unit> = {
  下载量: 'downloads', 下载次数: 'downloads', ダウンロード数: 'downloads', '다운로드 수': 'downloads',
  浏览量: 'views', 播放量: 'views', 阅读量: 'views', 閲覧数: 'views', 再生回数: 'views', 조회수: 'views',
  粉丝数: 'followers', フォロワー数: 'followers', '팔로워 수': 'followers',
  用户数: 'users', ユーザー数: 'users', '이용자 수': 'users', '사용자 수': 'users',
};
export const AGE_BEFORE = before(`(?<![a-z])(?:aged?|ages)${S}`);
export const NAME_COMMA = before(`[A-Z][a-z'’-]+,${S}`, '');
export const VERSION_BEFORE = before(`(?<![a-z])(?:version|ver\\.|v\\.|ios|android|windows|macos|iphone)${S}?`);
export const YEAR_BEFORE = before(`(?<![a-z])(?:in|since|by|from|until|to|through|during|of|before|after|early|late|mid|and|between)[ \\u00a0-]|[-–—©]${S}?`);
export const BETWEEN = before(`between${S}`);
export const HYPHENATED = /(?<![A-Za-z])([A-Za-z]+)-$/;
export const COMPOUND_PREFIX = new Set(words('mid early late pre post top'));
export const RANGE = /^[ \u00a0]?(?:[-–—~～到至]|to|through|or|and)[ \u00a0]?$/i;

export const WORD_CHAR = /[\w\u00c0-\u024f０-９]/;
export const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
export const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Runs a sticky regex at `at`; the match, or null. */
export function stick(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Full-width digits and point to ASCII, grouping commas dropped. */
export const toNumber = (written: string) =>
  Number(written.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/g, ''));
