/**
 * The whole reading of a page in one go, pure TypeScript over a `Document`, for Node: `npm run
 * analyze`, the evaluation and the tests. The same steps as in the browser, where they are split:
 * the content script writes the page's outline (`content/outline.ts`), and the background finds
 * the article in it (`extractOutline`: reading/page's extraction over the outline) and reads and
 * links it (`readExtracted`, `linkReading`), off the page's main thread.
 */
import type { ArticleReading, Story } from '../schema';
import { judgeArticle, type ArticleVerdict } from './background/article-verdict';
import { buildLinkIndex, type LinkData, type LinkIndex } from './background/link';
import { linkReading, readExtracted } from './background/read';
import { readAnatomy, type PageAnatomy } from './page/anatomy';
import { measureArticle } from './page/article-features';
import { outlinePage } from '../content/outline';
import { extractOutlineNow } from './background/read-outline';

export type ReadingData = LinkData & { story: Story };

/** Reads and links a page: the dataset, or its story with a link index built from it. */
export function readPage(doc: Document, data: ReadingData | { story: Story; index: LinkIndex }): ArticleReading {
  const index = 'index' in data ? data.index : buildLinkIndex(data);
  return linkReading(readExtracted(extractOutlineNow(outlinePage(doc).outline).page, data.story, index), index);
}

/** Is `doc` a single article? The page's measures (`measureArticle`) as the background judges them. */
export function detectArticle(doc: Document, anatomy: PageAnatomy = readAnatomy(doc)): ArticleVerdict {
  return judgeArticle(measureArticle(anatomy));
}
