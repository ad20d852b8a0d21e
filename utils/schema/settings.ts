/** The reader's settings as stored: validated whole before they are written. */
import { z } from 'zod/mini';
import { HIGHLIGHT_STYLES, MAX_DISABLED_SITES, SITE_HOST, THEMES } from '../constants';

export const highlightStyle = z.enum(HIGHLIGHT_STYLES);
export type HighlightStyle = z.infer<typeof highlightStyle>;

export const theme = z.enum(THEMES);

/** A site where Crosscheck stays off: a host name, matched with its subdomains. */
export const siteHost = z.string().check(z.maxLength(253, 'must be at most 253 characters'), z.regex(SITE_HOST, 'must be a host name like example.com'));

export const settings = z.strictObject({
  hoverCards: z.boolean(),
  highlightStyle,
  theme,
  disabledSites: z.array(siteHost).check(z.maxLength(MAX_DISABLED_SITES)),
});
export type Settings = z.infer<typeof settings>;
