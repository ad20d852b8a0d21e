/**
 * Plain values shared by the zod schemas (`schema.ts`) and by code that must stay small (the
 * content script carries no validator library: see its size budget in the README).
 */
import type { Settings } from './schema';

export { isRealDay } from './core/calendar';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'outline'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
/** A host name: labels of letters, digits and inner hyphens, 253 characters at most. */
export const SITE_HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
export const MAX_DISABLED_SITES = 500;
/** The key of the settings in the extension's local storage (the WXT item `local:settings`). */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  hoverCards: true,
  highlightStyle: 'underline',
  theme: 'system',
  disabledSites: [],
};

/** Bounds on what a page can make the extension carry: a hostile page decides what is in it. */
export const READING_LIMITS = {
  figures: 2_000,
  dates: 1_000,
  sentence: 1_000,
  reasons: 20,
  blocks: 5_000,
  blockText: 200_000,
  pageText: 4_000_000,
} as const;

/* A page's outline (`schema/outline.ts`): what of the page the reader sends the background to read. */

/** The attributes the extraction reads; no other attribute of the page leaves it. */
export const OUTLINE_ATTRIBUTES = [
  'class', 'id', 'role', 'itemprop', 'itemtype', 'content', 'name', 'property', 'http-equiv', 'datetime',
  'pubdate', 'data-component', 'data-testid', 'lang', 'rel', 'src', 'style', 'type', 'value', 'hidden', 'aria-hidden',
] as const;

export const OUTLINE_LIMITS = {
  /**
   * Nodes of a page outlined; past it the outline stops. The 100,000-word bench page has about
   * 7,000; finding the article in 200,000 takes the background about a second, in slices.
   */
  nodes: 200_000,
  /** One attribute's value (a class list, an inline style, a meta tag's content). */
  attribute: 2_000,
  /** One text node's data (a JSON-LD block included). */
  text: READING_LIMITS.blockText,
} as const;

/** Elements whose content extraction never reads: the outline keeps the element, not what it holds. */
export const OUTLINE_OPAQUE = new Set(['STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);

/** An `<input>` that is a button: its `value` is its label (any other input's is a form's data, and stays in the page). */
export const isButtonInput = (type: string | null) => /^(?:button|submit|reset)$/i.test((type ?? '').trim());

/** Scripts whose text the extraction reads (structured data); every other script's text stays in the page. */
export const isDataScript = (type: string | null) => (type ?? '').trim().toLowerCase() === 'application/ld+json';

/**
 * `1234567.891` → `1,234,567.89`: English digit grouping with at most `decimals` decimals.
 * Written out rather than `toLocaleString('en-US')`, whose first call on a page makes the
 * browser build its number formatter: 13–23 ms of main thread in a content script (bench).
 */
export function groupDigits(value: number, decimals = 0): string {
  const fixed = Number(value.toFixed(decimals)).toString();
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\d+/, (digits) => {
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
    return out;
  });
  return fraction ? `${grouped}.${fraction}` : grouped;
}
