/** The bundled dataset, parsed, with its link index: what the background reads pages against. */
import bundled from '../../assets/dataset.json';
import { buildLinkIndex } from '../../utils/reading/background/link';
import { dataset } from '../../utils/schema';

export const BUNDLED = dataset.parse(bundled);
export const BUNDLED_INDEX = buildLinkIndex(BUNDLED);
/** What `readPage` takes: the story and the link index. */
export const BUNDLED_READING = { story: BUNDLED.story, index: BUNDLED_INDEX };
