/**
 * The number reader's words and patterns for one language, compiled once: the language's own
 * (numbers-languages.ts) with English and the CJK hedges and counters, which cross languages in
 * quotes and names. A page of unknown language is read with English words and no decimal mark:
 * "700,000" or "700.000" alone could be either, so it is not read (see `readGrouped`).
 */
import { MONTH_PATTERN, MONTH_WORDS } from '../../core/calendar';
import type { Qualifier } from '../../schema';
import { CJK_AFTER, CJK_BEFORE, CJK_COUNTERS, YUAN } from './numbers-cjk';
import { NUMBER_WORDS, type Counted, type NumberWords } from './numbers-languages';
import { ORDINALS, QUALIFIERS, ROUGH, S, SCALES, SMALL, STOP, UNIT_WORDS } from './numbers-patterns';

export interface Profile {
  /** The language whose words are read, or null when the page's language is unknown. */
  language: string | null;
  /** Marks that group thousands, and the decimal mark; both when unknown (then only the unambiguous is read). */
  groupMarks: string;
  decimalMarks: string;
  commaGroups: boolean;
  /** "7,00,000": Indian grouping, in English and Hindi. */
  indian: boolean;
  small: ReadonlyMap<string, number>;
  ordinals: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, number>;
  rough: ReadonlyMap<string, number>;
  articles: ReadonlySet<string>;
  half: ReadonlySet<string>;
  of: ReadonlySet<string>;
  /** A scale word after the number (sticky): "Millionen", " milhões", "mn", "लाख". */
  scaleAfter: RegExp;
  qualifiers: ReadonlyMap<string, Qualifier>;
  /** Hedges on the window before the number (end-anchored) and right after it (sticky). */
  qualifierBefore: RegExp;
  qualifierAfter: RegExp;
  /** A CJK counter then a hedge: "人超", "명 넘는", "件弱". */
  counterThenHedge: RegExp;
  units: ReadonlyMap<string, Counted>;
  stop: ReadonlySet<string>;
  percent: RegExp;
  moneyAfter: RegExp;
  monthAfter: RegExp;
  monthBefore: RegExp;
  rankBefore: RegExp;
  /** A rank noun after an ordinal (sticky): "second place", "primeira posição", "zweiten Platz". */
  rankAfter: RegExp;
  /** A share in words before "of" (sticky), its percentage, and the first words that can start one. */
  fraction: RegExp | null;
  fractions: ReadonlyMap<string, number>;
  fractionStarts: ReadonlySet<string>;
  multiplied: ReadonlyMap<string, number>;
  timeBefore: RegExp | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternatives of a regex, longest first so that "mil millones" wins over "mil". */
const alternatives = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, S))
    .join('|');
const L = '\\p{L}\\p{M}';

const profiles = new Map<string | null, Profile>();

/** The primary subtag of a page's language ("pt-BR" → "pt"), or null. */
export function languageKey(language: string | null | undefined): string | null {
  const key = language?.trim().toLowerCase().split(/[-_]/)[0];
  return key && /^[a-z]{2,3}$/.test(key) ? key : null;
}

/** Languages written with a decimal point and comma groups whose words are English's or CJK's. */
const POINT_DECIMAL = new Set(['en', 'zh', 'ja', 'ko']);

/** A share's words as the profile keys them: lower case, spaced ("two-thirds" → "two thirds"). */
export const fractionKey = (written: string) => written.toLowerCase().replace(/[ \u00a0-]+/g, ' ');

/** "half of", "two-thirds of", "metade dos": the share's words (longest first), then what it is a share of. */
function fractionsOf(words: NumberWords): Pick<Profile, 'fraction' | 'fractions' | 'fractionStarts'> {
  const fractions = new Map(Object.entries(words.fractions ?? {}).map(([key, value]) => [fractionKey(key), value]));
  if (!fractions.size || !words.fractionOf?.length) return { fraction: null, fractions, fractionStarts: new Set() };
  const of = alternatives(words.fractionOf);
  const fraction = new RegExp(`(${alternatives([...fractions.keys()]).split(S).join('[ \\u00a0-]')})(?=[ \\u00a0-](?:${of})(?![${L}]))`, 'iyu');
  return { fraction, fractions, fractionStarts: new Set([...fractions.keys()].map((key) => key.split(' ')[0]!)) };
}

export function profileFor(language: string | null): Profile {
  // A language this reader does not know is read as unknown: its decimal mark is not guessed.
  // (It also keeps the cache to the known languages, whatever a page declares.)
  const given = languageKey(language);
  const key = given && (NUMBER_WORDS[given] || POINT_DECIMAL.has(given)) ? given : null;
  let profile = profiles.get(key);
  if (!profile) profiles.set(key, (profile = compile(key)));
  return profile;
}

function compile(key: string | null): Profile {
  const own = key ? NUMBER_WORDS[key] : undefined;
  const en = NUMBER_WORDS.en!;
  const english = !own || own === en;
  const decimal = own ? own.decimal : key && POINT_DECIMAL.has(key) ? '.' : null;

  const scales = new Map<string, number>(english ? SCALES : []);
  for (const [word, value] of Object.entries(own?.scales ?? en.scales)) scales.set(word, value);
  if (!english) scales.delete('hundred');

  const qualifiers = new Map<string, Qualifier>(QUALIFIERS);
  const latinBefore = [...QUALIFIERS.keys()].filter((p) => /^[a-z]/.test(p) && !p.startsWith('or '));
  for (const [qualifier, phrases] of Object.entries(own?.before ?? {})) {
    for (const phrase of phrases) {
      qualifiers.set(phrase, qualifier as Qualifier);
      latinBefore.push(phrase);
    }
  }
  const afterPhrases: string[] = [];
  for (const [qualifier, phrases] of Object.entries(own?.after ?? {})) {
    for (const phrase of phrases) {
      qualifiers.set(phrase, qualifier as Qualifier);
      afterPhrases.push(phrase);
    }
  }
  const cjkBefore: string[] = [];
  for (const [qualifier, phrases] of Object.entries(CJK_BEFORE)) {
    for (const phrase of phrases) {
      if (!qualifiers.has(phrase)) qualifiers.set(phrase, qualifier as Qualifier);
      cjkBefore.push(phrase);
    }
  }
  const cjkAfter: string[] = [];
  for (const [qualifier, phrases] of Object.entries(CJK_AFTER)) {
    for (const phrase of phrases) {
      // After the number "超" is "more than" as before it; the table's first meaning wins.
      if (!cjkBefore.includes(phrase) || phrase === '超') qualifiers.set(phrase, qualifier as Qualifier);
      cjkAfter.push(phrase);
    }
  }

  const units = new Map<string, Counted>(UNIT_WORDS);
  for (const [unit, words] of Object.entries(own?.units ?? {})) for (const word of words) units.set(word, unit as Counted);
  // English month names are capitalised ("may" is a verb); others as written in running text or a title.
  const ownMonths = key && key !== 'en' ? MONTH_WORDS[key]?.flat() : undefined;
  const months = `${MONTH_PATTERN}${ownMonths ? `|${alternatives(ownMonths.flatMap((m) => [m, m[0]!.toUpperCase() + m.slice(1)]))}` : ''}`;
  const counters = alternatives(Object.keys(CJK_COUNTERS));
  const hangulHedges = cjkAfter.filter((w) => /\p{Script=Hangul}/u.test(w));
  const otherHedges = cjkAfter.filter((w) => !/\p{Script=Hangul}/u.test(w));

  return {
    language: key,
    groupMarks: decimal === '.' ? ',' : decimal === ',' ? `.\u00a0\u202f${key === 'fr' ? ' ' : ''}` : ',.',
    decimalMarks: decimal === '.' ? '.．' : decimal === ',' ? ',' : '.,．',
    commaGroups: own?.commaGroups ?? false,
    indian: key === 'en' || key === 'hi',
    small: new Map([...SMALL, ...Object.entries(own?.small ?? {})]),
    ordinals: new Map([...ORDINALS, ...Object.entries(own?.ordinals ?? {})]),
    scales,
    rough: new Map([...(english ? ROUGH : []), ...Object.entries(own?.rough ?? {})]),
    articles: new Set(english ? ['a', 'an'] : own!.articles),
    half: new Set(english ? ['half'] : own!.half),
    of: new Set(english ? ['of'] : own!.of),
    scaleAfter: english
      ? new RegExp(`(mln|mn|bn|tn|k|m|b)(?![a-z0-9])|[ \\u00a0-](thousand|million|billion|trillion|mln|mn|bn|lakhs?|crores?)(?![a-z])`, 'iy')
      : new RegExp(`[ \\u00a0-]?(${alternatives(Object.keys(own!.scales))})(?![${L}])`, 'iyu'),
    qualifiers,
    qualifierBefore: new RegExp(
      `(?:(?<![${L}])(${alternatives(latinBefore)})${S}?|(?<![${L}])(약|근|거의|최소|최대|대략)${S}|(${alternatives(cjkBefore.filter((w) => !/\p{Script=Hangul}/u.test(w) && w !== '近'))}|(?<!最)近))$`,
      'iu',
    ),
    qualifierAfter: new RegExp(
      `${S}or (?:more|so)(?![a-z])|左右|上下|以上|以下${afterPhrases.length ? `|${S}(${alternatives(afterPhrases)})(?![${L}])` : ''}`,
      'iyu',
    ),
    counterThenHedge: new RegExp(`${S}?(?:${counters})(?:(${alternatives(otherHedges)})|${S}?(${alternatives(hangulHedges)}))`, 'yu'),
    units,
    stop: new Set([...STOP, ...(own?.stop ?? [])]),
    percent: new RegExp(
      `${S}?(?:%|％|per ?cent(?![a-z])|pct(?![a-z])|percentage points?(?![a-z])|パーセント|퍼센트|프로${own?.percent.length ? `|(?:${alternatives(own.percent)})(?![${L}])` : ''})`,
      'iyu',
    ),
    moneyAfter: new RegExp(
      `(${S}(?:US |U\\.S\\. )?dollars(?![a-z])|美元|ドル|달러${own?.dollars.length ? `|${S}(?:(?:de|di)${S}|d['’])?(?:${alternatives(own.dollars)})(?![${L}])` : ''})|(${S}(?:(?:de|di)${S}|d['’])?(?:${alternatives(YUAN)})(?![${L}])|元|人民币|위안)|${S}?(?:円|원|€${own?.money.length ? `|(?:(?:de|di)${S}|d['’])?(?:${alternatives(own.money)})(?![${L}])` : ''})`,
      'iyu',
    ),
    monthAfter: new RegExp(`\\.?${S}(?:de${S})?(?:${months})(?![${L}])|\\.?${S}?월`, 'yu'),
    monthBefore: new RegExp(`(?<![${L}])(?:${months})\\.?${S}$`, 'u'),
    rankBefore: new RegExp(
      `(?:(?<![A-Za-z])(?:No\\.? ?|[Nn]umber |[Tt]op[ -])|#|(?<![${L}])(?:n[º°]|n\\.º)${S}?${own?.rank.length ? `|(?<![${L}])(?:${alternatives(own.rank.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))})${S}` : ''})$`,
      'u',
    ),
    rankAfter: new RegExp(
      `[ \\u00a0-](?:most|place|spot|largest|biggest|highest|ranked${own?.rankAfter?.length ? `|${alternatives(own.rankAfter)}` : ''})(?![${L}])`,
      'iyu',
    ),
    ...fractionsOf(own ?? en),
    multiplied: new Map(Object.entries(own?.multiplied ?? en.multiplied ?? {})),
    timeBefore: own?.time.length ? new RegExp(`(?<![${L}])(?:${alternatives(own.time)})${S}$`, 'iu') : null,
  };
}
