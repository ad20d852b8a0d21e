/**
 * How many pages about the story the first look lets through (recall), on the corpus (each page's
 * title and address from its header) and on the fixture pages (their `<title>` and the address the
 * tests serve them at). Shared by `tests/unit/first-look.test.ts`, which holds it to a floor, and
 * the bench, which prints it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FirstLook } from '../../utils/reading/background/first-look';
import type { CorpusPage } from './corpus';

export const FIXTURES_DIR = join(import.meta.dirname, '../fixtures/pages');

/** Fixture pages about the story whose own title is there when they load. */
export const ON_TOPIC_FIXTURES = [
  'morning-briefing.html',
  'wire-local-news.html',
  'magazine-explainer.html',
  'div-soup-finance.html',
  'trade-entertainment.html',
  'chinese-xiaohongshu.html',
  'scmp-graph.html',
  'lookalike-rival-app.html',
  'malformed-jsonld.html',
  'no-head.html',
  'deep-nesting.html',
  'hostile-builtins.html',
  'hostile-styles.html',
  'mutation-flood.html',
  'numbers-100k.html',
  // Each way sites build an article (reading real pages), and the story in other languages.
  'plain-no-metadata.html',
  'div-soup-hashed.html',
  'br-table-portal.html',
  'wordpress-plugins.html',
  'amp-article.html',
  'live-blog.html',
  'wire-brief.html',
  'cookie-paywall.html',
  'german-rednote.html',
  'japanese-rednote.html',
];
/** About the story only after their script runs (a late title, an in-page navigation): the browser tests cover them. */
export const NAMED_LATER_FIXTURES = ['late-body.html', 'spa-navigation.html'];

export interface Recall {
  found: number;
  of: number;
  /** The pages about the story that the first look passes by. */
  missed: string[];
  /** Pages not about the story that it lets through (the background's topic judgement turns them down). */
  passedOffTopic: string[];
  offTopic: number;
}

const titleOf = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').match(/<title>([^<]*)<\/title>/i)?.[1]?.trim() ?? '';

export function corpusRecall(pages: readonly CorpusPage[], look: FirstLook): Recall {
  const on = pages.filter((page) => page.onTopic);
  const off = pages.filter((page) => !page.onTopic);
  return {
    found: on.filter((page) => look.names(page)).length,
    of: on.length,
    missed: on.filter((page) => !look.names(page)).map((page) => `${page.title || '(no title)'} <${page.url}>`),
    passedOffTopic: off.filter((page) => look.names(page)).map((page) => page.title),
    offTopic: off.length,
  };
}

export function fixtureRecall(look: FirstLook, origin = 'http://127.0.0.1:8080'): Recall {
  const files = readdirSync(FIXTURES_DIR).filter((file) => file.endsWith('.html') && !NAMED_LATER_FIXTURES.includes(file));
  const tab = (file: string) => ({ title: titleOf(readFileSync(join(FIXTURES_DIR, file), 'utf8')), url: `${origin}/${file}` });
  const on = files.filter((file) => ON_TOPIC_FIXTURES.includes(file));
  const off = files.filter((file) => !ON_TOPIC_FIXTURES.includes(file));
  return {
    found: on.filter((file) => look.names(tab(file))).length,
    of: on.length,
    missed: on.filter((file) => !look.names(tab(file))),
    passedOffTopic: off.filter((file) => look.names(tab(file))),
    offTopic: off.length,
  };
}

export const describeRecall = (recall: Recall) =>
  `${recall.found} of ${recall.of} pages about the story${recall.missed.length ? ` (missed: ${recall.missed.join('; ')})` : ''}; ` +
  `${recall.passedOffTopic.length} of ${recall.offTopic} others pass too, for the background's topic judgement to turn down`;
