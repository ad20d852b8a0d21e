/**
 * The first look at a tab, taken in the background from what the browser already says about it
 * (its title and address), without touching the page: does it name the story? A tab that does
 * gets the reader; every other page is left alone (nothing of Crosscheck runs in it) unless the
 * reader asks for it. The words are the dataset's (`story.firstLook`), matched like its aliases.
 */
import { compileWords, type WordList } from '../../core/words';

/**
 * Query parameters that say where a reader came from, not what the page is about
 * (`?utm_source=tiktok` on an article shared from TikTok): left out of the address's words.
 */
const TRACKING_PARAMETER = /^(?:utm_\w*|ref|ref_src|source|src|from|via|share_source|fbclid|gclid)$/i;

/** Percent-escapes decoded run by run: a malformed one stays as written rather than failing the whole address. */
function decodeEscapes(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * An address as the words it spells: its path, query values and fragment, percent-escapes
 * decoded, with hyphens, underscores, plus signs and slashes as spaces
 * (`/world/tiktok-refugees_flock/` → "world tiktok refugees flock"). The host is left out: a
 * site's own name says nothing about the page (every page of tiktok.com would count).
 */
export function addressWords(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return '';
  }
  const query = [...url.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name)).map(([, value]) => value);
  return [url.pathname, ...query, url.hash.slice(1)]
    .map((part) => decodeEscapes(part.replace(/\+/g, ' ')))
    .join(' ')
    .replace(/[-_+/]+/g, ' ');
}

export interface FirstLook {
  /** Whether a tab's title or address names the story. */
  names(tab: { title?: string | null; url?: string | null }): boolean;
}

/** Compiles the story's first-look words once; an empty list names nothing. */
export function compileFirstLook(words: WordList): FirstLook {
  const matcher = compileWords(words);
  return {
    names: ({ title, url }) => (!!title && matcher.test(title)) || (!!url && matcher.test(addressWords(url))),
  };
}
