/**
 * The first look's recall: of the pages about the story, how many name it in their title or
 * address (and so get the reader by themselves), on the real pages of `../shared/corpus` (title
 * and address from each page's header) and on the fixture pages. Also how many pages not about the
 * story pass it (the background's topic judgement turns them down). `tests/unit/first-look.test.ts`
 * holds the corpus figure to a floor.
 */
import { compileFirstLook } from '../../utils/reading/background/first-look';
import { BUNDLED } from '../support/bundled';
import { readCorpus } from '../support/corpus';
import { corpusRecall, fixtureRecall, type Recall } from '../support/first-look-recall';
import type { BenchRow } from './types';

const SECTION = 'first-look';

const row = (name: string, recall: Recall): BenchRow => ({
  section: SECTION,
  name,
  value: (100 * recall.found) / recall.of,
  unit: '%',
  note:
    `${recall.found} of ${recall.of} pages about the story${recall.missed.length ? ` (missed: ${recall.missed.join('; ')})` : ''}; ` +
    `${recall.passedOffTopic.length} of ${recall.offTopic} pages not about it pass too`,
});

export async function run(): Promise<BenchRow[]> {
  const look = compileFirstLook(BUNDLED.story.firstLook);
  const rows = [row('recall on the fixture pages (title, address)', fixtureRecall(look))];
  const corpus = readCorpus();
  if (corpus) rows.push(row('recall on ../shared/corpus (title, address from each header)', corpusRecall(corpus, look)));
  else process.stderr.write('bench: first-look: ../shared/corpus is not beside the repository; its recall is not measured\n');
  return rows;
}
