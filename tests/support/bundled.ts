/** The bundled dataset, parsed, with its link index: what the background reads pages against. */
import bundled from '../../assets/dataset.json';
import { SEED_FILES } from '../../scripts/lib/source-texts';
import { buildLinkIndex } from '../../utils/reading/background/link';
import { dataset, type Dataset } from '../../utils/schema';

export const BUNDLED = dataset.parse(bundled);
export const BUNDLED_INDEX = buildLinkIndex(BUNDLED);
/** What `readPage` takes: the story and the link index. */
export const BUNDLED_READING = { story: BUNDLED.story, index: BUNDLED_INDEX };

/** The part of a dataset that the given sources tell: their figures, and events with their reports. */
export function sliceBySources(data: Dataset, sourceIds: readonly string[]): Dataset {
  const keep = new Set(sourceIds);
  const figures = data.figures.filter((f) => keep.has(f.sourceId));
  const metrics = new Set(figures.map((f) => f.metricId));
  return {
    ...data,
    sources: data.sources.filter((s) => keep.has(s.id)),
    metrics: data.metrics.filter((m) => metrics.has(m.id)),
    figures,
    events: data.events.flatMap((e) => {
      const reports = e.reports.filter((r) => keep.has(r.sourceId));
      return reports.length ? [{ ...e, reports }] : [];
    }),
  };
}

/**
 * The bundled dataset as the five seed articles tell it (the dataset's first build): real
 * reporting, small enough that tests of views and verdicts can pin their exact words, and fixed
 * while the dataset grows around it.
 */
export const SEED_SLICE = sliceBySources(BUNDLED, Object.keys(SEED_FILES));
