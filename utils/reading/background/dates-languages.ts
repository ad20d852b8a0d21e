/**
 * Dates in the story's other languages: day before month ("19. Januar 2025", "19 de enero",
 * "13 de março de 2024", "14 Januari"), months after a preposition ("im Januar", "em janeiro"),
 * weekdays ("am Montag", "lunedì scorso", "na segunda-feira", "月曜日", "지난 월요일") and days
 * relative to the article's date ("gestern", "ieri", "昨日", "어제", "先月", "지난달"), and the
 * bare day of the month of Japanese, Chinese and Korean news ("13日", "지난 12일").
 *
 * Latin-script forms are looked for in the page's own language only ("mai" is May in German and
 * French, a word in Portuguese); Japanese, Korean and Hindi forms on every page, their scripts
 * saying which they are. Every pattern is bounded, so each pass is linear in the text.
 */
import { type Calendar, MONTH_WORDS, nameIndex, WEEKDAY_WORDS } from '../../core/calendar';
import type { DatePrecision } from '../../schema';
import { day, dayOf, type Found, month, monthWithoutYear, shift, weekdayNear } from './dates-resolve';

const SP = '[ \\u00a0]';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

type Shift = [years: number, months: number, days: number];
type Relative = [Shift, DatePrecision];
interface LatinDates {
  /** Words before a bare month name that make it a date ("im Januar"), not a name. */
  monthPrepositions: string[];
  /** Words around a weekday that make it the last or next one ("letzten Montag", "lunedì scorso"). */
  lastBefore: string[];
  lastAfter: string[];
  nextBefore: string[];
  nextAfter: string[];
  /** Days, months and years relative to the article's date. */
  relative: Record<string, Relative>;
  /** Weekday names are capitalised in this language's running text only as names ("Minggu" is Sunday, "minggu" a week). */
  weekdaysCapitalised?: boolean;
}

const D = (days: number): Relative => [[0, 0, days], 'day'];
const M = (months: number): Relative => [[0, months, 0], 'month'];
const Y = (years: number): Relative => [[years, 0, 0], 'year'];

const LATIN: Record<string, LatinDates> = {
  de: {
    monthPrepositions: ['im', 'seit', 'bis', 'ab', 'anfang', 'ende', 'mitte', 'vom', 'zum'],
    lastBefore: ['letzten', 'vergangenen', 'letzter', 'vergangener'],
    lastAfter: [],
    nextBefore: ['kommenden', 'nächsten', 'kommender', 'nächster'],
    nextAfter: [],
    relative: { vorgestern: D(-2), gestern: D(-1), heute: D(0), 'letzten monat': M(-1), 'vergangenen monat': M(-1), 'letztes jahr': Y(-1), 'vergangenen jahr': Y(-1), 'vergangenes jahr': Y(-1), 'nächsten monat': M(1), 'diesen monat': M(0), 'dieses jahr': Y(0) },
  },
  it: {
    monthPrepositions: ['a', 'in', 'di', 'da', 'dal', 'entro', 'fino a', 'nel mese di', 'inizio', 'fine', 'metà'],
    lastBefore: ['lo scorso', 'la scorsa'],
    lastAfter: ['scorso', 'scorsa'],
    nextBefore: ['il prossimo', 'la prossima'],
    nextAfter: ['prossimo', 'prossima'],
    relative: { "l'altro ieri": D(-2), 'l’altro ieri': D(-2), ieri: D(-1), oggi: D(0), domani: D(1), 'il mese scorso': M(-1), 'lo scorso mese': M(-1), "l'anno scorso": Y(-1), 'l’anno scorso': Y(-1), 'lo scorso anno': Y(-1), 'il mese prossimo': M(1), "quest'anno": Y(0), 'quest’anno': Y(0) },
  },
  fr: {
    monthPrepositions: ['en', 'depuis', "jusqu'en", 'jusqu’en', 'fin', 'début', 'mi-'],
    lastBefore: [],
    lastAfter: ['dernier', 'dernière'],
    nextBefore: [],
    nextAfter: ['prochain', 'prochaine'],
    relative: { 'avant-hier': D(-2), hier: D(-1), "aujourd'hui": D(0), 'aujourd’hui': D(0), demain: D(1), 'le mois dernier': M(-1), "l'an dernier": Y(-1), 'l’an dernier': Y(-1), "l'année dernière": Y(-1), 'l’année dernière': Y(-1), 'le mois prochain': M(1), 'cette année': Y(0) },
  },
  es: {
    monthPrepositions: ['en', 'desde', 'hasta', 'a finales de', 'a principios de', 'a mediados de'],
    lastBefore: [],
    lastAfter: ['pasado', 'pasada'],
    nextBefore: ['el próximo', 'la próxima', 'próximo', 'próxima'],
    nextAfter: ['que viene'],
    relative: { anteayer: D(-2), ayer: D(-1), hoy: D(0), 'el mes pasado': M(-1), 'el año pasado': Y(-1), 'el próximo mes': M(1), 'el mes que viene': M(1), 'este año': Y(0), 'este mes': M(0) },
  },
  pt: {
    monthPrepositions: ['em', 'desde', 'até', 'no início de', 'no fim de', 'no final de', 'em meados de'],
    lastBefore: [],
    lastAfter: ['passado', 'passada'],
    nextBefore: ['na próxima', 'no próximo', 'próxima', 'próximo'],
    nextAfter: ['que vem'],
    relative: { anteontem: D(-2), ontem: D(-1), hoje: D(0), amanhã: D(1), 'o mês passado': M(-1), 'no mês passado': M(-1), 'o ano passado': Y(-1), 'no ano passado': Y(-1), 'o próximo mês': M(1), 'este ano': Y(0), 'este mês': M(0) },
  },
  id: {
    monthPrepositions: ['pada', 'sejak', 'hingga', 'sampai', 'bulan', 'akhir', 'awal', 'pertengahan'],
    lastBefore: [],
    lastAfter: ['lalu', 'kemarin'],
    nextBefore: [],
    nextAfter: ['depan'],
    relative: { kemarin: D(-1), 'hari ini': D(0), besok: D(1), 'bulan lalu': M(-1), 'tahun lalu': Y(-1), 'bulan depan': M(1), 'tahun ini': Y(0), 'bulan ini': M(0) },
    weekdaysCapitalised: true,
  },
};

/** Weekday names that are dates by themselves: Portuguese "segunda" alone is "second". */
const weekdayNames = (language: string) =>
  (WEEKDAY_WORDS[language] ?? []).map((names) => (language === 'pt' ? names.filter((n) => n.includes('-') || /^(?:s[áa]bado|domingo)$/.test(n)) : names));

const CJK_RELATIVE: Record<string, Relative> = {
  一昨日: D(-2), 昨日: D(-1), 今日: D(0), 明日: D(1), 先月: M(-1), 今月: M(0), 来月: M(1), 昨年: Y(-1), 来年: Y(1),
  그저께: D(-2), 어제: D(-1), 오늘: D(0), 내일: D(1), 지난달: M(-1), '지난 달': M(-1), '이번 달': M(0), '다음 달': M(1), 작년: Y(-1), 지난해: Y(-1), 올해: Y(0), 내년: Y(1),
  आज: D(0), 'पिछले महीने': M(-1), 'पिछले साल': Y(-1),
};

interface Compiled {
  dayMonth: RegExp | null;
  monthYear: RegExp | null;
  bareMonth: RegExp | null;
  weekday: RegExp | null;
  relative: RegExp | null;
  relativeShifts: Map<string, Relative>;
  language: string;
}

const compiled = new Map<string, Compiled | null>();

function compile(language: string): Compiled | null {
  const months = MONTH_WORDS[language]?.flat();
  const latin = LATIN[language];
  if (!months && !latin) return null;
  const monthAlt = months ? alternatives(months) : null;
  // The point of an abbreviated month ("Jan.", "févr."), never the full stop after a full name.
  const shorts = months?.filter((name) => name.length <= 4) ?? [];
  const dot = shorts.length ? `(?:(?<=(?<![\\p{L}])(?:${alternatives(shorts)}))\\.)?` : '';
  const year = `(?:,?${SP}(?:de${SP})?(\\d{4})(?!\\d))?`;
  const weekdays = weekdayNames(language)
    .flat()
    .map((name) => (latin?.weekdaysCapitalised ? name[0]!.toUpperCase() + name.slice(1) : name));
  const weekdayAlt = weekdays.length ? alternatives(weekdays) : null;
  const shifts = new Map(Object.entries(latin?.relative ?? {}));
  return {
    language,
    dayMonth: monthAlt ? new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})(?:\\.|º|°|er)?${SP}(?:de${SP})?(${monthAlt})${NOT_LETTER_AFTER}${dot}${year}`, 'giud') : null,
    monthYear: monthAlt ? new RegExp(`${NOT_LETTER_BEFORE}(${monthAlt})${dot}${SP}(?:de${SP})?(\\d{4})(?!\\d)`, 'giud') : null,
    bareMonth:
      monthAlt && latin
        ? new RegExp(`${NOT_LETTER_BEFORE}(?:${alternatives(latin.monthPrepositions)})${SP}(${monthAlt})${NOT_LETTER_AFTER}(?!${SP}?(?:de${SP})?\\d)`, 'giud')
        : null,
    weekday:
      weekdayAlt && latin
        ? new RegExp(
            `${NOT_LETTER_BEFORE}(?:(${alternatives([...latin.lastBefore, ...latin.nextBefore]) || '(?!)'})${SP})?(${weekdayAlt})${NOT_LETTER_AFTER}(?:${SP}(${alternatives([...latin.lastAfter, ...latin.nextAfter]) || '(?!)'})${NOT_LETTER_AFTER})?`,
            latin.weekdaysCapitalised ? 'gud' : 'giud',
          )
        : null,
    relative: shifts.size ? new RegExp(`${NOT_LETTER_BEFORE}(${alternatives(shifts.keys())})${NOT_LETTER_AFTER}`, 'giud') : null,
    relativeShifts: shifts,
  };
}

const JA_WEEKDAY = /(先週|今週|来週)?(?:の)?([日月火水木金土])曜日?/dg;
const KO_WEEKDAY = /(?:(지난|이번|다음)[ \u00a0]?)?([일월화수목금토])요일/dg;
const KO_DATE = /(?<![0-9])(?:([0-9]{4})년[ \u00a0]?)?([0-9]{1,2})월(?:[ \u00a0]?([0-9]{1,2})일)?/dg;
/** A day of the month alone, as Japanese, Chinese and Korean news write it: "13日", "지난 12일", "오는 19일". */
const BARE_DAY = /(?<![0-9０-９月월])(?:(오는|지난)[ \u00a0]?)?([0-9０-９]{1,2})(?:日(?!間|以内|内|ぶり|目)|号|일(?![간째])(?![ \u00a0]?동안))/dg;
const HI_WEEKDAY = new RegExp(`(${alternatives(WEEKDAY_WORDS.hi!.flat())})`, 'dg');
const CJK_RELATIVE_RE = new RegExp(alternatives(Object.keys(CJK_RELATIVE)), 'dg');
/** Devanagari, kana, Han and Hangul: one of them is in every match of the patterns above. */
export const NON_LATIN_DATE_SCRIPT = /[\u0900-\u097f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/**
 * A day of the month without a month: the publication month's, or the month before when that day
 * is still more than a day ahead ("13일" in a piece of the 15th is the 13th; in a piece of the 2nd,
 * last month's); "오는" (coming) looks ahead instead.
 */
function dayOfMonth(published: Calendar, d: number, ahead: boolean) {
  const [y, m, today] = published;
  if (ahead) return d >= today ? day([y, m, d], true) : m === 12 ? day([y + 1, 1, d], true) : day([y, m + 1, d], true);
  if (d <= today + 1) return day([y, m, d], true);
  return m === 1 ? day([y - 1, 12, d], true) : day([y, m - 1, d], true);
}

/** Adds the dates `text` gives in `language` (and in Japanese, Korean and Hindi, whatever the page's) to `found`. */
export function findInLanguages(text: string, language: string | null, found: Found[]): void {
  const each = (re: RegExp | null, resolve: (m: RegExpExecArray) => Found['resolve'], weekday = false, from = (_m: RegExpExecArray) => 0) => {
    if (!re) return;
    for (const m of text.matchAll(re)) found.push({ start: m.indices![from(m)]![0], end: m.index + m[0].length, weekday, resolve: resolve(m) });
  };
  const key = language?.toLowerCase().split(/[-_]/)[0] ?? null;
  if (key && (LATIN[key] || MONTH_WORDS[key]) && key !== 'en') {
    let c = compiled.get(key);
    if (c === undefined) compiled.set(key, (c = compile(key)));
    if (c) {
      const monthOf = (name: string) => nameIndex(MONTH_WORDS, c.language, name);
      each(c.dayMonth, (m) => dayOf(m[3], monthOf(m[2]!), Number(m[1])));
      each(c.monthYear, (m) => () => month(Number(m[2]), monthOf(m[1]!), false));
      each(c.bareMonth, (m) => (p) => (p ? monthWithoutYear(p, monthOf(m[1]!), '') : null), false, () => 1);
      const latin = LATIN[c.language];
      each(
        c.weekday,
        (m) => {
          const word = (m[1] ?? m[3] ?? '').toLowerCase();
          const which = latin && [...latin.lastBefore, ...latin.lastAfter].includes(word) ? 'last' : word ? 'next' : '';
          const index = weekdayNames(c.language).findIndex((names) => names.includes(m[2]!.toLowerCase()));
          return (p) => (p && index >= 0 ? weekdayNear(p, index, which) : null);
        },
        true,
      );
      each(c.relative, (m) => {
        const [shiftBy, precision] = c.relativeShifts.get(m[1]!.toLowerCase())!;
        return (p) => (p ? shift(p, shiftBy, precision) : null);
      });
    }
  }
  // The passes below need a Japanese, Chinese, Korean or Hindi letter in every match: a page
  // without one (most Latin-script pages) skips them.
  if (!NON_LATIN_DATE_SCRIPT.test(text)) return;
  if (key === 'hi') {
    each(HI_WEEKDAY, (m) => (p) => (p ? weekdayNear(p, WEEKDAY_WORDS.hi!.findIndex((names) => names.includes(m[1]!)), '') : null), true);
  }
  each(JA_WEEKDAY, (m) => (p) => (p ? weekdayNear(p, '日月火水木金土'.indexOf(m[2]!), m[1] === '先週' ? 'last' : m[1] === '来週' ? 'next' : m[1] ? 'this' : '') : null), true);
  each(KO_WEEKDAY, (m) => (p) => (p ? weekdayNear(p, '일월화수목금토'.indexOf(m[2]!), m[1] === '지난' ? 'last' : m[1] === '다음' ? 'next' : m[1] ? 'this' : '') : null), true);
  each(KO_DATE, (m) => {
    const mm = Number(m[2]);
    if (m[3]) return dayOf(m[1], mm, Number(m[3]));
    return (p) => (m[1] ? month(Number(m[1]), mm, false) : p ? monthWithoutYear(p, mm, '') : null);
  });
  each(BARE_DAY, (m) => {
    const d = Number(m[2]!.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
    return (p) => (p ? dayOfMonth(p, d, m[1] === '오는') : null);
  });
  each(CJK_RELATIVE_RE, (m) => {
    const [shiftBy, precision] = CJK_RELATIVE[m[0]]!;
    return (p) => (p ? shift(p, shiftBy, precision) : null);
  });
}
