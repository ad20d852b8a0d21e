/**
 * The page's `<meta>` tags, read once: `property`, `name`, `itemprop` and `http-equiv`, in lower
 * case, each to the first non-empty `content` given for it.
 */
import { squash } from './text';

export type MetaTags = ReadonlyMap<string, string>;

/** Past this many meta tags a page is not describing itself, it is stuffing its head. */
const MAX_META = 500;

export function readMeta(doc: Document): MetaTags {
  const tags = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < MAX_META; i++) {
    const meta = metas[i]!;
    const content = squash(meta.getAttribute('content') ?? '');
    if (!content) continue;
    for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
      const name = meta.getAttribute(key)?.trim().toLowerCase();
      if (name && !tags.has(name)) tags.set(name, content);
    }
  }
  return tags;
}

/** The first of `keys` the page's meta tags give. */
export function metaContent(meta: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = meta.get(key.toLowerCase());
    if (content) return content;
  }
  return null;
}
