/**
 * Links a date the page gives to the dataset's event it names, or to nothing (moved from link.ts,
 * which links numbers).
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../core/calendar';
import { contentWords, type LinkIndex } from './link';
import { includesTerm } from './link-places';

/** A date read from the page, with its sentence. */
export interface DateContext {
  date: string;
  precision: 'day' | 'month' | 'year';
  sentence: string;
}

/** Whether a date the page gives falls on (or within) a date the dataset gives. */
function sameDate(page: DateContext, dataset: { date: string; precision: string }): boolean {
  if (page.precision === dataset.precision) return page.date === dataset.date;
  // A day on the page falls within an event dated to its month or year, and the other way round.
  return page.date.startsWith(dataset.date) || dataset.date.startsWith(page.date);
}

/** Words that name the date itself: the date is matched on its own, and every event of the day shares them. */
const CALENDAR_WORDS = new Set(
  [...MONTH_NAMES, ...WEEKDAY_NAMES, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'morning', 'night', 'evening', 'afternoon', 'week', 'today', 'yesterday'].map((w) => w.toLowerCase()),
);

/**
 * The event a date names, or null: the same date and words in common. Each word counts by how
 * few of the events on that date use it ("Lemon8" tells Lemon8's rank from RedNote's on the same
 * Tuesday; "app" tells nothing), and by how few events of the whole story do, so a word every
 * event uses ("TikTok") adds little however few share the date. Reports dated less precisely than
 * the event ("this week") do not count: only the event's date and day-precise reports do.
 */
// Stryker disable next-line ArrayDeclaration: a default list holding one name no sentence contains ("Stryker was here") reads every sentence as the empty one does
export function linkDate(context: DateContext, index: LinkIndex, otherSubjects: readonly string[] = []): string | null {
  const sentence = context.sentence.toLowerCase();
  if (otherSubjects.some((name) => includesTerm(sentence, name))) return null;
  const words = [...contentWords(context.sentence)].filter((word) => !CALENDAR_WORDS.has(word));
  const candidates = index.events.filter(({ event }) =>
    [event.date, ...event.reports.filter((r) => r.date.precision === event.date.precision).map((r) => r.date)].some((d) => sameDate(context, d)),
  );
  const onTheDay = new Map<string, number>();
  for (const { words: eventWords } of candidates) for (const word of words) if (eventWords.has(word)) onTheDay.set(word, (onTheDay.get(word) ?? 0) + 1);
  let best: { id: string; weight: number } | null = null;
  for (const { event, words: eventWords } of candidates) {
    let weight = 0;
    for (const word of words) {
      if (!eventWords.has(word)) continue;
      const story = index.wordFrequency.get(word) ?? 1;
      weight += 1 / Math.max(onTheDay.get(word) ?? 1, Math.sqrt(story));
    }
    if (weight >= 1 && (!best || weight > best.weight)) best = { id: event.id, weight };
  }
  return best?.id ?? null;
}
