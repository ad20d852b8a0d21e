/**
 * The bundled dataset grown to the size the reporting has (55+ sources in eleven languages, wire
 * copies, hundreds of figures for the main metric, a valuation reported at three dates, a garbled
 * figure set aside), for the layout, accessibility and speed checks of the card and the panel.
 * The story, metrics and signals stay the bundled ones, so the fixture pages link as usual;
 * the added sources and quotes are made up and say so ("Synthetic outlet 12").
 */
import type { Dataset, Figure, Position, Qualifier, Source } from '../../utils/schema';

const LANGUAGES = ['en', 'de', 'fr', 'ja', 'ko', 'es', 'pt', 'it', 'id', 'zh', 'hi'] as const;
const POSITIONS: Position[] = ['headline', 'caption', 'body', 'body', 'body', 'dek'];

/** The forms the new-user count takes across outlets, in proportions like the corpus'. */
const USER_FORMS: { value: number; qualifier: Qualifier; asWritten: string; interval: Figure['interval'] }[] = [
  { value: 700_000, qualifier: 'more-than', asWritten: '700,000', interval: { low: 700_000, high: null } },
  { value: 700_000, qualifier: 'more-than', asWritten: '700,000', interval: { low: 700_000, high: null } },
  { value: 700_000, qualifier: 'over', asWritten: '700,000', interval: { low: 700_000, high: null } },
  { value: 700_000, qualifier: 'more-than', asWritten: '700,000', interval: { low: 700_000, high: null } },
  { value: 500_000, qualifier: 'over', asWritten: 'half a million', interval: { low: 500_000, high: null } },
  { value: 500_000, qualifier: 'over', asWritten: '500,000', interval: { low: 500_000, high: null } },
  { value: 700_000, qualifier: 'exact', asWritten: '700,000', interval: { low: 700_000, high: 700_000 } },
  { value: 1_000_000, qualifier: 'nearly', asWritten: '1 million', interval: { low: 900_000, high: 1_000_000 } },
  { value: 700_000, qualifier: 'more-than', asWritten: '700,000', interval: { low: 700_000, high: null } },
  { value: 600_000, qualifier: 'about', asWritten: '600,000', interval: { low: 570_000, high: 630_000 } },
];

const WORDS: Partial<Record<Qualifier, string>> = { 'more-than': 'more than', over: 'over', nearly: 'nearly', about: 'about', 'at-least': 'at least' };

export interface GrowOptions {
  /** Sources added to the bundled ones. */
  sources?: number;
  /** Figures of the main metric (new users in two days) each added source states. */
  figuresPerSource?: number;
}

export function grownDataset(base: Dataset, { sources = 56, figuresPerSource = 3 }: GrowOptions = {}): Dataset {
  const added: Source[] = Array.from({ length: sources }, (_, i) => {
    const wire = i % 5 === 0 ? 'Reuters' : i % 7 === 0 ? 'AFP' : undefined;
    return {
      id: `synthetic-outlet-${i}`,
      outlet: `Synthetic outlet ${i}`,
      ...(wire ? { reportedBy: wire } : {}),
      title: `Synthetic report ${i} on RedNote's new users`,
      language: LANGUAGES[i % LANGUAGES.length]!,
      published: { date: `2025-01-${String(14 + (i % 6)).padStart(2, '0')}`, precision: i % 9 === 0 ? 'inferred' : 'exact', basis: 'synthetic test data' },
    };
  });
  const figures: Figure[] = [];
  added.forEach((source, i) => {
    for (let k = 0; k < figuresPerSource; k++) {
      const form = USER_FORMS[(i * figuresPerSource + k) % USER_FORMS.length]!;
      const words = WORDS[form.qualifier];
      figures.push({
        id: `synthetic-users-${i}-${k}`,
        sourceId: source.id,
        metricId: 'rednote-new-users-two-days',
        value: form.value,
        asWritten: form.asWritten,
        qualifier: form.qualifier,
        interval: form.interval,
        unit: 'users',
        scope: 'unstated',
        period: k === 0 ? { text: 'in two days' } : undefined,
        asOf: { date: source.published.date!, precision: 'day', basis: 'published' },
        position: POSITIONS[(i + k) % POSITIONS.length]!,
        quote: `Synthetic quote ${i}.${k}: ${words ? `${words} ` : ''}${form.asWritten} new users joined RedNote in two days.`,
      });
    }
  });
  // A figure garbled in one outlet's copy, kept as stated and set aside.
  figures.push({
    id: 'synthetic-users-garbled',
    sourceId: added[1]!.id,
    metricId: 'rednote-new-users-two-days',
    value: 700_000_000,
    asWritten: '700 million',
    qualifier: 'more-than',
    interval: { low: 700_000_000, high: null },
    unit: 'users',
    scope: 'unstated',
    asOf: { date: added[1]!.published.date!, precision: 'day', basis: 'published' },
    note: 'likely a typo: every other outlet says 700,000',
    suspect: true,
    position: 'body',
    quote: 'Synthetic quote: more than 700 million new users joined RedNote in two days.',
  });
  // The valuation at three dates: a series, not a disagreement.
  const rounds: [string, number, Qualifier, string, number][] = [
    ['2024-07', 17e9, 'exact', '$17 billion', 4],
    ['2025-01', 20e9, 'at-least', '$20 billion', 6],
    ['2025-06', 26e9, 'exact', '$26 billion', 3],
  ];
  let n = 0;
  for (const [date, value, qualifier, asWritten, times] of rounds) {
    for (let k = 0; k < times; k++, n++) {
      const source = added[(n * 3) % added.length]!;
      figures.push({
        id: `synthetic-valuation-${n}`,
        sourceId: source.id,
        metricId: 'rednote-valuation',
        value,
        asWritten,
        qualifier,
        interval: qualifier === 'at-least' ? { low: value, high: null } : { low: value, high: value },
        unit: 'usd',
        scope: 'unstated',
        asOf: { date, precision: 'month', basis: 'stated' },
        position: 'body',
        quote: `Synthetic quote: RedNote was valued at ${qualifier === 'at-least' ? 'at least ' : ''}${asWritten} (${date}).`,
      });
    }
  }
  return { ...base, version: '9.55.0', sources: [...base.sources, ...added], figures: [...base.figures, ...figures] };
}
