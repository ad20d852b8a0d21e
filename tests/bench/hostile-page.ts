/**
 * The background's reading of a hostile page (issue 10, finding 1): a megabyte of text built to
 * be slow, in 20,000-character blocks under an on-topic headline, as a content script could send
 * it. Each kind is read in full at 256 KB and 1 MB (`readExtracted` + `linkReading`, no budget)
 * to show the time grows linearly with the size; then the way the background really reads it
 * (`readAndLinkGently`: pauses between blocks and a budget of work), to show where it stops.
 */
import { linkReading, readAndLinkGently, readExtracted, READING_BUDGET } from '../../utils/reading/background/read';
import type { ExtractedPage } from '../../utils/schema';
import { BUNDLED, BUNDLED_INDEX } from '../support/bundled';
import { describeTiming, round, time } from './measure';
import type { BenchRow } from './types';
import { knownArticle } from '../../scripts/lib/known-article';

const SECTION = 'hostile-page';
const KB = 1024;
/** Time per character at 1 MB over time per character at 256 KB: 1 is linear, 4 quadratic. */
const LINEARITY_TARGET = 1.5;

const KINDS: [name: string, motif: string][] = [
  ['"Aé" repeated (the other-apps pattern’s trap)', 'Aé'],
  ['Cyrillic after capitals', 'AЖ'],
  ['a number every two characters', '7 '],
  ['dates and Chinese numbers', '1月13日 70万 '],
  ['sentences of the story', 'RedNote gained more than 700,000 users on Monday, Jan. 13. '],
];

function hostilePage(motif: string, length: number): ExtractedPage {
  const text = motif.repeat(Math.ceil(length / motif.length)).slice(0, length);
  const blocks: ExtractedPage['blocks'] = [{ role: 'headline', text: 'TikTok refugees flock to RedNote as the US ban nears' }];
  for (let at = 0; at < text.length; at += 20_000) blocks.push({ role: 'body', text: text.slice(at, at + 20_000) });
  return { features: knownArticle(blocks), title: blocks[0]!.text, outlet: null, publishedAt: '2025-01-15', language: 'en', blocks };
}

const readFully = (page: ExtractedPage) => linkReading(readExtracted(page, BUNDLED.story, BUNDLED_INDEX), BUNDLED_INDEX);

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [name, motif] of KINDS) {
    const small = hostilePage(motif, 256 * KB);
    const large = hostilePage(motif, 1024 * KB);
    const smallTime = await time(() => readFully(small), { warmup: 1, runs: 3 });
    const largeTime = await time(() => readFully(large), { warmup: 1, runs: 3 });
    const linearity = largeTime.median / 4 / smallTime.median;
    rows.push(
      { section: SECTION, name: `${name}, 1 MB: read in full`, value: largeTime.median, unit: 'ms', note: `${describeTiming(largeTime)}; 256 KB: ${round(smallTime.median)} ms` },
      {
        section: SECTION,
        name: `${name}: linearity (time/char 1 MB ÷ 256 KB)`,
        value: linearity,
        unit: '×',
        target: `≤ ${LINEARITY_TARGET}`,
        ok: linearity <= LINEARITY_TARGET,
        note: '1 = linear, 4 = quadratic',
      },
    );
    let complete: boolean | undefined;
    const gentle = await time(
      async () => {
        complete = (await readAndLinkGently(large, BUNDLED.story, BUNDLED_INDEX)).complete;
      },
      { warmup: 0, runs: 3 },
    );
    rows.push({
      section: SECTION,
      name: `${name}, 1 MB: as the background reads it`,
      value: gentle.median,
      unit: 'ms',
      target: `≤ ${READING_BUDGET.workMs} ms of work + pauses`,
      ok: gentle.median <= READING_BUDGET.workMs * 1.5,
      note: `${complete ? 'read completely' : 'stopped at the budget, kept what it had'}; ${describeTiming(gentle)}`,
    });
  }
  return rows;
}
