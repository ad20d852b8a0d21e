/**
 * Links what a page states to the dataset: a number to the metric it is a value of, a date to
 * the event it names, or to nothing. Evidence comes from the number's sentence (the metric's
 * signal words near it, its subject, its unit) and from the dataset's own values; a look-alike
 * number about another app ("702,900 downloads in 48 hours" for a rival) stays unlinked.
 */
import type { Figure, Metric, Qualifier, StoryEvent, Unit } from '../../schema';

/** The dataset as linking needs it, built once per dataset. */
export interface LinkIndex {
  metrics: IndexedMetric[];
  events: IndexedEvent[];
  /** In how many events' words each word occurs. */
  wordFrequency: Map<string, number>;
}

interface IndexedMetric {
  metric: Metric;
  subjectTerms: string[];
  values: number[];
}

interface IndexedEvent {
  event: StoryEvent;
  words: Set<string>;
}

/** Names readers and outlets use for the story's main subjects. */
const SUBJECT_ALIASES: Record<string, string[]> = {
  rednote: ['rednote', 'red note', 'xiaohongshu', '小红书', '小紅書', 'little red book'],
  tiktok: ['tiktok', 'tik tok'],
  lemon8: ['lemon8'],
  bytedance: ['bytedance', '字节跳动'],
};

/** Apps that are not the subject of a metric they sit next to. */
const OTHER_APPS = ['instagram', 'facebook', 'youtube', 'douyin', 'clubhouse', 'capcut', 'threads', 'bluesky', 'snapchat', 'pinterest', 'kuaishou', 'weibo', 'wechat'];

const CAPITALISED = /[A-Z#][\p{L}\d]{3,}/gu;
const STOP_NAMES = new Set(['The', 'Corp', 'Tech', 'Company', 'Inc']);

function subjectTerms(subject: string): string[] {
  const lower = subject.toLowerCase();
  const terms = new Set<string>([lower.replace(/\s*\(.*\)\s*/, '').trim()]);
  const inBrackets = /\(([^)]+)\)/.exec(subject)?.[1];
  if (inBrackets) terms.add(inBrackets.toLowerCase());
  for (const [key, aliases] of Object.entries(SUBJECT_ALIASES)) if (lower.includes(key)) aliases.forEach((a) => terms.add(a));
  // Distinctive names in the subject: "Onechance", "Angelene", "#TikTokRefugee".
  for (const name of subject.match(CAPITALISED) ?? []) if (!STOP_NAMES.has(name)) terms.add(name.toLowerCase());
  return [...terms].filter(Boolean);
}

/** Words, and numbers whole ("50,000" is one word: a strong clue to the event it belongs to). */
const WORD = /\p{L}+(?:['’]\p{L}+)?|\d[\d,.]*\d|\d/gu;
const STOPWORDS = new Set(
  'a an the of to in on at for and or but by with from as is are was were be been its it his her their this that than more over into after before about which who what when says said told us u s has have had not no day days'.split(' '),
);

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (word.length > 2 && !STOPWORDS.has(word)) words.add(word.replace(/['’]s$/, '').replace(/[.,]$/, ''));
  }
  return words;
}

export function buildLinkIndex(data: { metrics: readonly Metric[]; figures: readonly Figure[]; events: readonly StoryEvent[] }): LinkIndex {
  const values = new Map<string, number[]>();
  for (const figure of data.figures) values.set(figure.metricId, [...(values.get(figure.metricId) ?? []), figure.value]);
  const events = data.events.map((event) => ({
    event,
    words: contentWords([event.title, ...event.reports.map((r) => r.quote)].join(' ')),
  }));
  const wordFrequency = new Map<string, number>();
  for (const { words } of events) for (const word of words) wordFrequency.set(word, (wordFrequency.get(word) ?? 0) + 1);
  return {
    metrics: data.metrics.map((metric) => ({ metric, subjectTerms: subjectTerms(metric.subject), values: values.get(metric.id) ?? [] })),
    events,
    wordFrequency,
  };
}

/** A number read from the page, with the words around it. */
export interface FigureContext {
  value: number;
  unit: Unit | null;
  qualifier: Qualifier;
  /** The sentence that holds the number, and the number's offsets in it. */
  sentence: string;
  start: number;
  end: number;
  /** The sentence before (same paragraph or the one before it), for "its" and "the app". */
  previous: string;
  /** The article's headline. */
  title: string;
  /** Apps the article has named that are not the story's ("Lumio, a video app"). */
  otherSubjects: readonly string[];
  /** Other numbers in the same sentence (offsets in it): a signal word belongs to its nearest. */
  neighbours?: readonly { start: number; end: number }[];
}

export interface MetricLink {
  metricId: string;
  score: number;
  /** The evidence, in words, for curators and tests. */
  evidence: string[];
}

const COMPATIBLE_UNITS: Partial<Record<Unit, Unit[]>> = {
  users: ['people'],
  people: ['users'],
};

/** Units a bare number can be: "over half a million" (users), "about 3.4 million" (downloads). */
const COUNTS: ReadonlySet<Unit> = new Set(['users', 'people', 'downloads', 'views', 'terms']);
const NEAR = 40;
const MAX_NEIGHBOURS = 8;
const THRESHOLD = 4;

function includesTerm(haystack: string, term: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(term, from);
    if (at < 0) return false;
    const before = haystack[at - 1];
    const after = haystack[at + term.length];
    const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\d]/u.test(c) && !/\p{Script=Han}/u.test(c);
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}

function namesOther(text: string, terms: readonly string[], others: readonly string[]): string | null {
  const lower = text.toLowerCase();
  if (terms.some((term) => includesTerm(lower, term))) return null;
  return [...OTHER_APPS, ...others].find((name) => includesTerm(lower, name)) ?? null;
}

/** Characters between a span and a number (0 when they touch or overlap). */
function gap(start: number, end: number, number: { start: number; end: number }): number {
  if (start >= number.end) return start - number.end;
  if (number.start >= end) return number.start - end;
  return 0;
}

/** How close `value` is to the closest value the dataset has for the metric: 1 is equal. */
function closeness(value: number, values: readonly number[]): number {
  let best = Infinity;
  for (const v of values) {
    if (v === 0 || value === 0) continue;
    best = Math.min(best, Math.max(v, value) / Math.min(v, value));
  }
  return best;
}

/** The metric a number is a value of, or null. */
export function linkFigure(context: FigureContext, index: LinkIndex): MetricLink | null {
  // A "sentence" of many numbers is a list or a table, not a statement of one figure.
  if ((context.neighbours?.length ?? 0) >= MAX_NEIGHBOURS) return null;
  const sentence = context.sentence.toLowerCase();
  const previous = context.previous.toLowerCase();
  const title = context.title.toLowerCase();
  let best: MetricLink | null = null;
  for (const { metric, subjectTerms: terms, values } of index.metrics) {
    const evidence: string[] = [];
    let score = 0;
    if (context.unit) {
      if (context.unit === metric.unit) score += 2;
      else if (COMPATIBLE_UNITS[context.unit]?.includes(metric.unit)) score += 1;
      else continue;
      evidence.push(`unit ${context.unit}`);
    } else if (!COUNTS.has(metric.unit)) {
      continue; // "%", "$", "days", "No." are always written out: a bare number is none of them
    }

    // Whose number is it? The sentence, else the sentence before, else the headline.
    if (terms.some((term) => includesTerm(sentence, term))) score += 2;
    else if (namesOther(sentence, terms, context.otherSubjects)) continue;
    else if (terms.some((term) => includesTerm(previous, term))) score += 1;
    else if (namesOther(previous, terms, context.otherSubjects)) continue;
    else if (terms.some((term) => includesTerm(title, term))) score += 0.5;
    else continue;
    evidence.push(`subject ${metric.subject}`);

    // Signal words, worth more next to the number, and little when another number is nearer:
    // in "up more than 200% year-over-year, and 194% from the week prior" each has its own.
    let signals = 0;
    for (const signal of metric.signals) {
      let at = sentence.indexOf(signal);
      while (at >= 0 && !includesTerm(sentence.slice(Math.max(0, at - 1), at + signal.length + 1), signal)) at = sentence.indexOf(signal, at + 1);
      if (at < 0) continue;
      const distance = gap(at, at + signal.length, context);
      const nearer = (context.neighbours ?? []).some((other) => gap(at, at + signal.length, other) < distance);
      signals += nearer ? 0.5 : distance <= NEAR / 2 ? 3 : distance <= NEAR ? 2 : 1;
      evidence.push(`"${signal}"`);
    }
    score += Math.min(signals, 6);

    const ratio = closeness(context.value, values);
    if (ratio > 4) continue; // a number of another order is another quantity
    score += ratio === 1 ? 3 : ratio <= 1.5 ? 2 : ratio <= 2.5 ? 1 : 0;
    if (signals === 0 && ratio !== 1) continue;

    if (score >= THRESHOLD && (!best || score > best.score)) best = { metricId: metric.id, score, evidence };
  }
  return best;
}

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

/**
 * The event a date names, or null: the same date and words in common, each word weighted by how
 * few events use it ("deadline" says more than "TikTok"). Reports dated less precisely than the
 * event ("this week") do not count: only the event's date and day-precise reports do.
 */
export function linkDate(context: DateContext, index: LinkIndex, otherSubjects: readonly string[] = []): string | null {
  const sentence = context.sentence.toLowerCase();
  if (otherSubjects.some((name) => includesTerm(sentence, name))) return null;
  const words = contentWords(context.sentence);
  const candidates = index.events.filter(({ event }) =>
    [event.date, ...event.reports.filter((r) => r.date.precision === event.date.precision).map((r) => r.date)].some((d) => sameDate(context, d)),
  );
  let best: { id: string; weight: number } | null = null;
  for (const { event, words: eventWords } of candidates) {
    let weight = 0;
    for (const word of words) if (eventWords.has(word)) weight += 1 / (index.wordFrequency.get(word) ?? 1);
    if (weight >= 1 && (!best || weight > best.weight)) best = { id: event.id, weight };
  }
  return best?.id ?? null;
}

const OTHER_APP_PATTERN = /\b([A-Z][\p{L}\d]+),\s+(?:an?|the)\s+[^,.;]{0,50}?\b(?:app|platform|service|network|start-?up|rival)\b/gu;

/** Apps an article names that the story is not about: "Lumio, a two-year-old video app". */
export function findOtherSubjects(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(OTHER_APP_PATTERN)) {
    const name = match[1]!.toLowerCase();
    if (!Object.values(SUBJECT_ALIASES).some((aliases) => aliases.includes(name))) names.add(name);
  }
  return [...names];
}
