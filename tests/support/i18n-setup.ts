/**
 * Unit tests' `browser.i18n.getMessage`: WXT's fake browser leaves it unimplemented, so it is
 * answered from the extension's own `public/_locales/en/messages.json`, with the substitutions
 * Chrome and Firefox make (named placeholders, then `$1`…`$9`, `$$` for a dollar sign). A
 * missing message is an error here, not an empty string as in the browsers: a test must not
 * pass on a typo.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Messages;

export function getMessage(name: string, substitutions?: string | string[]): string {
  if (name === '@@ui_locale') return 'en';
  const entry = messages[name];
  if (!entry) throw new Error(`no message "${name}" in public/_locales/en/messages.json`);
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, key: string) => entry.placeholders?.[key.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\$|[1-9])/g, (_, digit: string) => (digit === '$' ? '$' : (subs[Number(digit) - 1] ?? '')));
}

(fakeBrowser.i18n as unknown as { getMessage: typeof getMessage }).getMessage = getMessage;
