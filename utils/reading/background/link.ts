/**
 * Links what a page states to the dataset: a number to the metric it is a value of, a date to
 * the event it names, or to nothing. Evidence comes from the number's sentence (the metric's
 * signal words near it, its subject, its unit) and from the dataset's own values; a look-alike
 * number about another app ("702,900 downloads in 48 hours" for a rival) stays unlinked.
 */
import { compileWords, wordsOf, type WordMatcher } from '../../core/words';
import type { Figure, Metric, Qualifier, Story, StoryEvent, Unit } from '../../schema';
import { clauseOf, gap, includesTerm, placeOf, RANGE_JOIN, type Place } from './link-places';

/** The dataset as linking needs it, built once per dataset. */
export interface LinkIndex {
  metrics: IndexedMetric[];
  events: IndexedEvent[];
  /** In how many events' words each word occurs. */
  wordFrequency: Map<string, number>;
  /** Names of others a number may belong to (the story's other names). */
  others: WordMatcher;
  /** Every actor's names, to tell the story's own apps from others an article introduces. */
  actorNames: WordMatcher;
}

interface IndexedMetric {
  metric: Metric;
  /** The names of the metric's subject (its actor's aliases in every language). */
  subject: WordMatcher;
  subjectName: string;
  signals: string[];
  /** Words that, beside the number, make it another quantity (the metric's `counterSignals`). */
  counterSignals: string[];
  values: number[];
  /** Values of the metric's garbled statements (`suspect`): a page stating one exactly states the same garble. */
  suspectValues: number[];
}

interface IndexedEvent {
  event: StoryEvent;
  words: Set<string>;
}

/** Words, and numbers whole ("50,000" is one word: a strong clue to the event it belongs to). */
const WORD = /\p{L}+(?:['’]\p{L}+)?|\d[\d,.]*\d|\d/gu;
const STOPWORDS = new Set(
  'a an the of to in on at for and or but by with from as is are was were be been its it his her their this that than more over into after before about which who what when says said told us u s has have had not no day days'.split(' '),
);

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (word.length > 2 && !STOPWORDS.has(word)) words.add(word.replace(/['’]s$/, '').replace(/[.,]$/, ''));
  }
  return words;
}

export interface LinkData {
  story: Pick<Story, 'actors' | 'otherNames'>;
  metrics: readonly Metric[];
  figures: readonly Figure[];
  events: readonly StoryEvent[];
}

export function buildLinkIndex(data: LinkData): LinkIndex {
  const values = new Map<string, number[]>();
  const suspectValues = new Map<string, number[]>();
  for (const figure of data.figures) {
    // A garbled statement ("700 million" new users) would make its metric claim numbers of its
    // order: it counts only when a page states it exactly (the same garble, copied from the same wire).
    const into = figure.suspect ? suspectValues : values;
    into.set(figure.metricId, [...(into.get(figure.metricId) ?? []), figure.value]);
  }
  const actors = new Map(data.story.actors.map((actor) => [actor.id, actor]));
  const subjects = new Map<string, WordMatcher>();
  const subjectOf = (id: string) => {
    let matcher = subjects.get(id);
    // Stryker disable next-line OptionalChaining: the dataset's check refuses a metric whose subject is not one of the story's actors (schema/dataset.ts), so the actor is always there
    if (!matcher) subjects.set(id, (matcher = compileWords(actors.get(id)?.aliases ?? [])));
    return matcher;
  };
  const events = data.events.map((event) => ({
    event,
    words: contentWords([event.title, ...event.reports.map((r) => r.quote)].join(' ')),
  }));
  const wordFrequency = new Map<string, number>();
  for (const { words } of events) for (const word of words) wordFrequency.set(word, (wordFrequency.get(word) ?? 0) + 1);
  return {
    metrics: data.metrics.map((metric) => ({
      metric,
      subject: subjectOf(metric.subject),
      // Stryker disable next-line OptionalChaining: the dataset's check refuses a metric whose subject is not one of the story's actors (schema/dataset.ts), so the actor is always there
      subjectName: actors.get(metric.subject)?.name ?? metric.subject,
      // The name of one of the story's own apps as a signal ("小红书" for a RedNote metric) is on every
      // line of a story about it: it says whose number it is, which the subject weighs already, not
      // which quantity (itbear's daily downloads were linked to the two-day sign-ups by it). A named
      // company's name ("Onechance") stays a signal: the story mentions it only beside its figure.
      signals: wordsOf(metric.signals)
        .map((signal) => signal.toLowerCase())
        // Stryker disable next-line OptionalChaining: the dataset's check refuses a metric whose subject is not one of the story's actors (schema/dataset.ts), so the actor is always there
        .filter((signal) => actors.get(metric.subject)?.role === 'named' || !subjectOf(metric.subject).find(signal).some((m) => m.start === 0 && m.end === signal.length)),
      counterSignals: wordsOf(metric.counterSignals ?? {}).map((word) => word.toLowerCase()),
      values: values.get(metric.id) ?? [],
      suspectValues: suspectValues.get(metric.id) ?? [],
    })),
    events,
    wordFrequency,
    others: compileWords(data.story.otherNames),
    actorNames: compileWords(data.story.actors.flatMap((actor) => wordsOf(actor.aliases))),
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
  /**
   * Other numbers in the same sentence (offsets in it, and their unit when known): a signal word
   * belongs to its nearest that could be the metric's.
   */
  neighbours?: readonly { start: number; end: number; unit?: Unit | null }[];
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
const COUNTS: ReadonlySet<Unit> = new Set(['users', 'people', 'downloads', 'views', 'terms', 'posts', 'comments', 'likes', 'followers']);

/**
 * The linker's weights. The scores were set on the fixture pages (`tests/unit/pipeline.test.ts`:
 * every figure of wire-local-news, trade-entertainment and the Chinese page linked, the rival
 * app's look-alikes on lookalike-rival-app and festival-numbers left alone), and checked on the
 * corpus's pages in every language (`tests/unit/corpus-languages.test.ts`).
 */
export const WEIGHTS = {
  /** The number's unit is the metric's ("700,000 new users" for a users metric), or one that can stand for it (people for users). */
  unit: { same: 2, compatible: 1 },
  /** Whose number it is: the subject named in its sentence, the sentence before ("its"), or only the headline. */
  subject: { sentence: 2, previous: 1, title: 0.5 },
  /**
   * A signal word within half of `nearChars` of the number, within `nearChars`, or further in the
   * sentence; little when another number of the sentence is nearer to it ("up more than 200%
   * year-over-year, and 194% from the week prior", wire-local-news). Capped: a sentence full of
   * signal words is not more certain.
   */
  signal: { near: 3, close: 2, far: 1, nearerNumber: 0.5, cap: 6 },
  nearChars: 40,
  /** The dataset's closest value: equal, within 1.5×, within 2.5×; past `maxRatio` it is another quantity. */
  value: { equal: 3, close: 2, near: 1, closeRatio: 1.5, nearRatio: 2.5, maxRatio: 4 },
  /** A "sentence" of this many numbers is a list or a table (the county list in the tests). */
  maxNeighbours: 8,
  threshold: 4,
} as const;

/**
 * The story's other names in a sentence, remembered for the sentence's next numbers and as the
 * sentence before the next one (a few sentences at a time: the pattern of every other name is long).
 */
const otherNames = new WeakMap<LinkIndex, Map<string, string | null>>();
/**
 * Another app named only as what the subject is compared to does not own the sentence's numbers:
 * "the app - launched in 2013 as China's answer to Instagram - has also cracked the top three"
 * (SCMP). Not "apps like Instagram" nor "compared with Instagram's", whose numbers may be theirs.
 */
const COMPARED = /(?:answer to|version of|alternatives? to|equivalent (?:of|to)|counterpart (?:of|to)|clone of|rival to)[ \u00a0](?:(?:the|a|an)[ \u00a0])?(?:[\p{L}-]+['’]s[ \u00a0])?$/u;
function otherNameIn(index: LinkIndex, lower: string): string | null {
  let known = otherNames.get(index);
  if (!known) otherNames.set(index, (known = new Map()));
  let name = known.get(lower);
  if (name === undefined) {
    if (known.size >= 16) known.clear();
    known.set(lower, (name = index.others.find(lower).find((m) => !COMPARED.test(lower.slice(Math.max(0, m.start - 40), m.start)))?.word ?? null));
  }
  return name;
}

/**
 * What the number's sentence, the sentence before and the headline name, asked once per number
 * (each of the dataset's metrics asks about its subject; many share one).
 */
function namings(context: FigureContext, index: LinkIndex) {
  const texts = { sentence: context.sentence.toLowerCase(), previous: context.previous.toLowerCase(), title: context.title.toLowerCase() };
  const tested = { sentence: new Map<WordMatcher, boolean>(), previous: new Map<WordMatcher, boolean>(), title: new Map<WordMatcher, boolean>() };
  const others: Partial<Record<'sentence' | 'previous', string | null>> = {};
  let actors: boolean | undefined;
  return {
    sentence: texts.sentence,
    /** Whether `subject` is named in the text. */
    names(subject: WordMatcher, where: keyof typeof texts): boolean {
      let named = tested[where].get(subject);
      if (named === undefined) tested[where].set(subject, (named = subject.test(texts[where])));
      return named;
    },
    /** Another's name in the text (the story's other names, or apps the article introduced). */
    other(where: 'sentence' | 'previous'): string | null {
      if (!(where in others)) {
        const lower = texts[where];
        others[where] = otherNameIn(index, lower) ?? context.otherSubjects.find((name) => includesTerm(lower, name)) ?? null;
      }
      return others[where]!;
    },
    /** Whether the sentence names any of the story's actors. */
    actors(): boolean {
      return (actors ??= index.actorNames.test(texts.sentence));
    },
  };
}

/** Whether a unit can be a value of the metric's unit: its own, one that stands for it, or none for a count. */
const couldBe = (unit: Unit | null | undefined, metricUnit: Unit) =>
  unit ? unit === metricUnit || (COMPATIBLE_UNITS[unit]?.includes(metricUnit) ?? false) : COUNTS.has(metricUnit);

/**
 * The sentence's other numbers that compete with this one for a metric's signal words: those that
 * could be its values ("up 200% year-over-year, and 194% from the week prior"), not another kind
 * ("순익이 2배 이상 증가 10억달러": the profit is the dollars'), nor the other end of its range.
 */
function rivalsFor(context: FigureContext, sentence: string, metricUnit: Unit): FigureContext['neighbours'] {
  return (context.neighbours ?? []).filter((other) => {
    if (!couldBe(other.unit, metricUnit)) return false;
    const [from, to] = other.end <= context.start ? [other.end, context.start] : [context.end, other.start];
    return !(to - from <= 12 && RANGE_JOIN.test(sentence.slice(from, to)));
  });
}

/**
 * How close `value` is to the closest value the dataset has for the metric: 1 is equal. Sizes
 * are compared: a page writes "fell by 54%" where the dataset keeps the change as -54.
 */
function closeness(value: number, values: readonly number[]): number {
  let best = Infinity;
  const size = Math.abs(value);
  for (const v of values) {
    const other = Math.abs(v);
    if (other === 0 || size === 0) continue;
    best = Math.min(best, Math.max(other, size) / Math.min(other, size));
  }
  return best;
}

/** The metric a number is a value of, or null. */
export function linkFigure(context: FigureContext, index: LinkIndex): MetricLink | null {
  // A "sentence" of many numbers is a list or a table, not a statement of one figure.
  if ((context.neighbours?.length ?? 0) >= WEIGHTS.maxNeighbours) return null;
  const naming = namings(context, index);
  const sentence = naming.sentence;
  let best: MetricLink | null = null;
  const rivals = new Map<Unit, FigureContext['neighbours']>();
  let clause: string | undefined; // the number's clause, for ranks
  for (const { metric, subject, subjectName, signals: metricSignals, counterSignals, values, suspectValues } of index.metrics) {
    const evidence: string[] = [];
    let score = 0;
    if (context.unit) {
      if (context.unit === metric.unit) score += WEIGHTS.unit.same;
      else if (COMPATIBLE_UNITS[context.unit]?.includes(metric.unit)) score += WEIGHTS.unit.compatible;
      else continue;
      evidence.push(`unit ${context.unit}`);
    } else if (!COUNTS.has(metric.unit)) {
      continue; // "%", "$", "days", "No." are always written out: a bare number is none of them
    }

    // Whose number is it? The sentence, else the sentence before, else the headline.
    // Another's name where the subject's is not: the number is likely theirs.
    const named = naming.names(subject, 'sentence');
    if (named) score += WEIGHTS.subject.sentence;
    else if (naming.other('sentence')) continue;
    else if (naming.names(subject, 'previous')) score += WEIGHTS.subject.previous;
    else if (naming.other('previous')) continue;
    else if (naming.names(subject, 'title')) score += WEIGHTS.subject.title;
    else continue;
    evidence.push(`subject ${subjectName}`);

    // Signal words, worth more next to the number, and little when another number is nearer:
    // in "up more than 200% year-over-year, and 194% from the week prior" each has its own.
    let signals = 0;
    const own: Place[] = []; // signal words nearer to this number than to any other of the sentence
    let neighbours = rivals.get(metric.unit);
    if (!neighbours) rivals.set(metric.unit, (neighbours = rivalsFor(context, sentence, metric.unit)));
    const competing = { start: context.start, end: context.end, neighbours };
    for (const signal of metricSignals) {
      const place = placeOf(sentence, signal, competing);
      if (!place) continue;
      const { distance, nearer } = place;
      const { near, close, far, nearerNumber } = WEIGHTS.signal;
      signals += nearer ? nearerNumber : distance <= WEIGHTS.nearChars / 2 ? near : distance <= WEIGHTS.nearChars ? close : far;
      if (!nearer) own.push(place);
      evidence.push(`"${signal}"`);
    }
    score += Math.min(signals, WEIGHTS.signal.cap);
    // Beside the number, another quantity: nearer to it than the metric's own words ("the top 10
    // on Google Play"), or fused with the nearest of them ("社交免费榜的第61名": the social chart).
    // "No. 1 on the App Store and Google Play" keeps the App Store nearer.
    const counter = counterSignals.some((word) => {
      const place = placeOf(sentence, word, competing);
      if (!place || place.nearer || place.distance > WEIGHTS.nearChars / 2) return false;
      const nearest = own.reduce<Place | null>((a, b) => (a && a.distance <= b.distance ? a : b), null);
      return !nearest || place.distance < nearest.distance || gap(place.at, place.at + word.length, { start: nearest.at, end: nearest.end }) <= 1;
    });
    if (counter) continue;

    const { equal, close, near, closeRatio, nearRatio, maxRatio } = WEIGHTS.value;
    const ratio = suspectValues.includes(context.value) ? 1 : closeness(context.value, values);
    if (metric.unit === 'rank') {
      // A place in a chart changes by the hour and "No. 1" is said of anything: the same place
      // counts, another is no evidence either way, and the chart must be named beside this very
      // number, in its own clause ("from 61st to 6th in the social chart, 25th overall": each place
      // has its chart; "…夺冠,并在53个国家…排名第二" is a place in other countries' charts).
      if (ratio === 1) score += equal;
      if (!own.some((place) => place.clause)) continue;
      // …and it must be the subject's place: "TikTok is the No. 1 source of news" is not RedNote's,
      // nor is "TikTok has become the most popular app in the world, and RedNote wants its users".
      if (!named && naming.actors()) continue;
      clause ??= clauseOf(sentence, context);
      if (index.actorNames.test(clause) && !subject.test(clause)) continue;
    } else {
      if (ratio > maxRatio) continue; // a number of another order is another quantity
      score += ratio === 1 ? equal : ratio <= closeRatio ? close : ratio <= nearRatio ? near : 0;
      // A value alone ties a count to its metric, not a length of time ("in 24 hours, the hashtag…",
      // a Portuguese corpus page, is not the 24 hours TikTok went dark), a share or an amount ("let
      // the US own 50% of TikTok" is not the half of Americans who use it), nor a rough number
      // ("Thousands of TikTok refugees" are not the thousands of terms RedNote censors), nor a bare
      // number in a sentence that names another of the story's actors while its subject is only in
      // the sentence before ("more than 700 million globally are jumping ship to RedNote", after a
      // sentence on the hashtag, is not the hashtag's views).
      if (own.length === 0 && (ratio !== 1 || !COUNTS.has(metric.unit) || context.qualifier === 'order-of' || (!context.unit && !named && naming.actors()))) continue;
    }

    if (score >= WEIGHTS.threshold && (!best || score > best.score)) best = { metricId: metric.id, score, evidence };
  }
  return best;
}

// A name starts where a run of letters does: `\b` is ASCII even in a `u` pattern, so after "é" it
// would let every capital of a mixed-script run start a name and rescan the run (quadratic).
const OTHER_APP_PATTERN = /(?<![\p{L}\d_])([A-Z][\p{L}\d]+),\s+(?:an?|the)\s+[^,.;]{0,50}?\b(?:app|platform|service|network|start-?up|rival)\b/gu;

/** Apps an article names that the story is not about: "Lumio, a two-year-old video app". */
export function findOtherSubjects(text: string, index: Pick<LinkIndex, 'actorNames'>): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(OTHER_APP_PATTERN)) {
    const name = match[1]!;
    if (!index.actorNames.test(name)) names.add(name.toLowerCase());
  }
  return [...names];
}
