/**
 * Synthetic datasets of any size, valid against the schema, for tests and benchmarks. The
 * shapes follow the real story (outlets, RedNote metrics, qualifiers) so sizes and indexes are
 * realistic; the values are made up and say so in their titles.
 */
import type { Dataset, Figure, Qualifier, Story } from '../../utils/schema';

const INTERVALS = {
  exact: (v: number) => ({ low: v, high: v }),
  'more-than': (v: number) => ({ low: v, high: null }),
  over: (v: number) => ({ low: v, high: null }),
  plus: (v: number) => ({ low: v, high: null }),
  nearly: (v: number) => ({ low: v * 0.9, high: v }),
  about: (v: number) => ({ low: v * 0.95, high: v * 1.05 }),
} satisfies Partial<Record<Qualifier, (v: number) => Figure['interval']>>;
const QUALIFIERS = Object.keys(INTERVALS) as (keyof typeof INTERVALS)[];

/** A small story for synthetic datasets: their metrics are RedNote's. */
export const SYNTHETIC_STORY: Story = {
  id: 'synthetic-story',
  title: 'A synthetic story for the tests',
  actors: [{ id: 'rednote', name: 'RedNote', role: 'anchor', aliases: { en: ['rednote'] } }],
  terms: [],
  otherNames: [],
  firstLook: { en: ['rednote'] },
};

export function syntheticDataset({ figures = 100, version = '9.0.0', sources = 20, metrics = 50, events = 30 } = {}): Dataset {
  const sourceRows = Array.from({ length: sources }, (_, i) => ({
    id: `synthetic-source-${i}`,
    outlet: `Synthetic Outlet ${i}`,
    ...(i % 3 === 0 ? { reportedBy: 'Reuters' } : {}),
    title: `Synthetic article ${i} about RedNote and TikTok`,
    language: 'en',
    published: { date: '2025-01-14', precision: 'exact' as const, basis: 'synthetic test data' },
  }));
  const metricRows = Array.from({ length: metrics }, (_, i) => ({
    id: `synthetic-metric-${i}`,
    label: `Synthetic metric ${i}`,
    unit: 'users' as const,
    subject: 'rednote',
    scope: 'unstated' as const,
    signals: { en: [`signal ${i}`, 'new users'] },
  }));
  const figureRows: Figure[] = Array.from({ length: figures }, (_, i) => {
    const value = 1_000 * (i + 1);
    const qualifier = QUALIFIERS[i % QUALIFIERS.length]!;
    const interval = INTERVALS[qualifier];
    const asWritten = value.toLocaleString('en-US');
    return {
      id: `synthetic-figure-${i}`,
      sourceId: `synthetic-source-${i % sources}`,
      metricId: `synthetic-metric-${i % metrics}`,
      value,
      asWritten,
      qualifier,
      interval: interval(value),
      unit: 'users',
      scope: 'unstated',
      asOf: { date: '2025-01-14', precision: 'day', basis: 'published' },
      position: 'body',
      quote: `Synthetic quote: ${asWritten} new users joined.`,
    };
  });
  const eventRows = Array.from({ length: events }, (_, i) => ({
    id: `synthetic-event-${i}`,
    date: { date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day' as const },
    title: `Synthetic event ${i}`,
    reports: [
      {
        sourceId: `synthetic-source-${i % sources}`,
        quote: `Synthetic report ${i}`,
        date: { date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day' as const },
      },
    ],
  }));
  return {
    format: 2,
    version,
    builtAt: '2026-11-21',
    story: SYNTHETIC_STORY,
    sources: sourceRows,
    metrics: metricRows,
    figures: figureRows,
    events: eventRows,
  };
}
