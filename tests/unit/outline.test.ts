import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlinePage } from '../../utils/content/outline';
import { outlineDocumentSteps } from '../../utils/reading/background/outline-document';
import { drain } from '../../utils/reading/page/slicing';
import { extractPage } from '../../utils/reading/page/extract-page';
import { pageOutline } from '../../utils/schema/outline';
import { loadPage, PAGES_DIR } from './dom';

const pages = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));

describe('the outline', () => {
  it.each(pages)('%s reads the same from its outline as from the page', (name) => {
    const doc = loadPage(name);
    const direct = extractPage(doc).page;
    const { outline } = outlinePage(doc);
    const parsed = pageOutline.safeParse(outline);
    expect(parsed.success, parsed.error?.message).toBe(true);
    const outlined = drain(outlineDocumentSteps(outline));
    expect(extractPage(outlined as unknown as Document).page).toEqual(direct);
  });
});
