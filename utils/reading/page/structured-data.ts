/**
 * The page's structured data (JSON-LD): what the publisher says the page is, its headline, date,
 * authors, publisher and language. Read once per document; never throws on bad input.
 */
import { isDataScript } from '../../constants';
import { squash } from './text';

export interface StructuredArticle {
  /** The schema.org type, e.g. "NewsArticle". */
  type: string;
  headline: string | null;
  /** As written (ISO 8601 in practice); normalise before use. */
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  inLanguage: string | null;
}

export interface StructuredData {
  /** Types of the page's entities: top level, `@graph` members and `mainEntity`. */
  types: string[];
  article: StructuredArticle | null;
  /** JSON-LD blocks that could not be parsed, even after light repair. */
  malformed: number;
}

/** schema.org types that are a piece of journalism or writing a reader reads through. */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle',
  'BlogPosting', 'LiveBlogPosting', 'Report', 'ScholarlyArticle', 'SocialMediaPosting',
]);

type JsonObject = Record<string, unknown>;

const MAX_JSON_LD_BLOCKS = 30;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "http://schema.org/NewsArticle" and "schema:NewsArticle" are both "NewsArticle". */
function typesOf(entity: JsonObject): string[] {
  const raw = entity['@type'];
  const list = Array.isArray(raw) ? raw.slice(0, JSON_LD_LIMITS.types) : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).trim());
}

function parseJsonLd(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    // Common breakage in the wild: CDATA/comment wrappers, raw newlines in strings, trailing
    // commas. One repair attempt; anything worse is counted as malformed.
    const repaired = source
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\/\/\s*\]\]>\s*$|^\s*<!--|-->\s*$/g, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/**
 * Bounds on what is walked in a page's JSON-LD: real graphs are a few levels deep and a few dozen
 * entities long (the SEO plugins' `@graph`s in the fixtures are 4 levels, 12 entities); a hostile
 * page can nest 100,000 arrays or list a million authors.
 */
const JSON_LD_LIMITS = { depth: 8, nodes: 2_000, entities: 300, names: 20, types: 20 } as const;

/**
 * Visits `root` and what `children` gives for each value, breadth first, without recursion: at
 * most `JSON_LD_LIMITS.depth` levels down and `JSON_LD_LIMITS.nodes` values in all. `visit`
 * returns false to stop the walk.
 */
function walkJson(root: unknown, children: (value: unknown) => unknown[], visit: (value: unknown) => boolean): void {
  let level: unknown[] = [root];
  let nodes = 0;
  for (let depth = 0; depth <= JSON_LD_LIMITS.depth && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (++nodes > JSON_LD_LIMITS.nodes || !visit(value)) return;
      for (const child of children(value)) {
        if (nodes + next.length >= JSON_LD_LIMITS.nodes) break;
        next.push(child);
      }
    }
    level = next;
  }
}

/** The first `JSON_LD_LIMITS.nodes` items of an array, without copying a huge one whole. */
const firstItems = (list: unknown[]) => (list.length > JSON_LD_LIMITS.nodes ? list.slice(0, JSON_LD_LIMITS.nodes) : list);

function collectEntities(value: unknown, out: JsonObject[]): void {
  // Members of a list (a home page's ItemList of NewsArticles) are not the page itself, so
  // only top-level arrays, the graph and the page's main entity are followed.
  const children = (item: unknown): unknown[] => {
    if (Array.isArray(item)) return firstItems(item);
    if (!isObject(item)) return [];
    const found: unknown[] = [];
    if (Array.isArray(item['@graph'])) found.push(item['@graph']);
    if (isObject(item.mainEntity) || Array.isArray(item.mainEntity)) found.push(item.mainEntity);
    return found;
  };
  walkJson(value, children, (item) => {
    if (isObject(item) && '@type' in item) out.push(item);
    return out.length < JSON_LD_LIMITS.entities;
  });
}

function plainString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = squash(value);
  return text.length > 0 ? text : null;
}

function namesOf(value: unknown, byId: Map<string, JsonObject>, limit: number = JSON_LD_LIMITS.names): string[] {
  const names: string[] = [];
  walkJson(value, (item) => (Array.isArray(item) ? firstItems(item) : []), (item) => {
    const direct = plainString(item);
    if (direct) names.push(direct);
    else if (isObject(item)) {
      const resolved = typeof item['@id'] === 'string' && !('name' in item) ? byId.get(item['@id']) : item;
      const name = resolved ? plainString(resolved.name) : null;
      if (name) names.push(name);
    }
    return names.length < limit;
  });
  return [...new Set(names)];
}

/**
 * The page's JSON-LD. Never throws on bad input. Not cached: a page that navigates in place
 * replaces its JSON-LD with the new article's.
 */
export function readStructuredData(doc: Document): StructuredData {
  const entities: JsonObject[] = [];
  let malformed = 0;
  const scripts = doc.getElementsByTagName('script');
  let blocks = 0;
  for (let i = 0; i < scripts.length && blocks < MAX_JSON_LD_BLOCKS; i++) {
    const script = scripts[i]!;
    if (!isDataScript(script.getAttribute('type'))) continue;
    blocks++;
    const parsed = parseJsonLd(script.textContent ?? '');
    if (parsed === undefined) malformed++;
    else collectEntities(parsed, entities);
  }
  const byId = new Map<string, JsonObject>();
  for (const entity of entities) if (typeof entity['@id'] === 'string') byId.set(entity['@id'], entity);

  const types: string[] = [];
  let article: StructuredArticle | null = null;
  for (const entity of entities) {
    const entityTypes = typesOf(entity);
    types.push(...entityTypes);
    const type = entityTypes.find((t) => ARTICLE_TYPES.has(t));
    if (article || !type) continue;
    const publisher = namesOf(entity.publisher, byId, 1)[0] ?? null;
    article = {
      type,
      headline: plainString(entity.headline) ?? plainString(entity.name),
      datePublished: plainString(entity.datePublished) ?? plainString(entity.dateCreated),
      authors: namesOf(entity.author ?? entity.creator, byId),
      publisher,
      inLanguage: plainString(entity.inLanguage),
    };
  }
  return { types: [...new Set(types)], article, malformed };
}
