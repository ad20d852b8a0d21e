/**
 * The whole reading of a page in one go, pure TypeScript over a `Document`, for Node: `npm run
 * analyze`, the evaluation and the tests. In the browser the same steps are split: the content
 * script runs `extractPage` (reading/page) and the background `readExtracted` and `linkReading`
 * (reading/background), off the page's main thread.
 */
import type { ArticleReading, Story } from '../schema';
import { judgeArticle, type ArticleVerdict } from './background/article-verdict';
import { buildLinkIndex, type LinkData, type LinkIndex } from './background/link';
import { linkReading, readExtracted } from './background/read';
import { readAnatomy, type PageAnatomy } from './page/anatomy';
import { measureArticle } from './page/article-features';
import { extractPage } from './page/extract-page';

export type ReadingData = LinkData & { story: Story };

/** Reads and links a page: the dataset, or its story with a link index built from it. */
export function readPage(doc: Document, data: ReadingData | { story: Story; index: LinkIndex }): ArticleReading {
  const index = 'index' in data ? data.index : buildLinkIndex(data);
  return linkReading(readExtracted(extractPage(doc).page, data.story, index), index);
}

/** Is `doc` a single article? The page's measures (`measureArticle`) as the background judges them. */
export function detectArticle(doc: Document, anatomy: PageAnatomy = readAnatomy(doc)): ArticleVerdict {
  return judgeArticle(measureArticle(anatomy));
}
