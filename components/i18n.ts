/**
 * The extension's own words, through the browser's i18n (`public/_locales/<lang>/messages.json`):
 * a translation is a file, not a code change. Chrome and Firefox both substitute `$1`…`$9` in a
 * message; counts pick a `…One` or `…Other` message (English needs no more forms; a language
 * that does adds its own keys and a rule here).
 */
import { browser } from 'wxt/browser';
import { groupDigits } from '../utils/constants';

/** A message's name, as WXT types them from `messages.json`. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key as never, substitutions.map(String));
}

/** `count(3, 'outlets')` → "3 outlets" from `outletsOne` / `outletsOther`. */
export function count(n: number, base: string): string {
  return t(`${base}${n === 1 ? 'One' : 'Other'}` as MessageKey, groupThousands(n));
}

/** 12345 → "12,345" without Intl (its first call costs a content script milliseconds). */
const groupThousands = (n: number) => groupDigits(n).replaceAll(',', t('thousandsSeparator') || ',');

/** "a, b and c" in the interface's language. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('listAnd', items.slice(0, -1).join(t('listComma')), items.at(-1)!);
}
