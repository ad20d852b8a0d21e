/**
 * What detection and extraction both need to know about a page, worked out once: its structured
 * data, the survey of its text, where the body is and which element is the headline.
 */
import { contentRootsSteps } from './content-roots';
import { findHeadline } from './headline';
import { gatherMarks, type PageMarks } from './marks';
import { readMeta, type MetaTags } from './meta';
import { readStructuredData, type StructuredData } from './structured-data';
import { drain, never, type Due } from './slicing';
import { surveySteps, type Survey } from './survey';

export interface PageAnatomy {
  /** The document's `<title>`. */
  title: string | null;
  meta: MetaTags;
  data: StructuredData;
  survey: Survey;
  marks: PageMarks;
  /** The body's container(s), in document order; empty when the page holds no prose. */
  roots: Element[];
  headline: Element | null;
}

/** The anatomy in steps, pausing after the survey (the one pass over the whole page) and within it when `due`. */
export function* anatomySteps(doc: Document, due: Due = never): Generator<void, PageAnatomy> {
  const title = doc.getElementsByTagName('title')[0]?.textContent ?? null;
  const meta = readMeta(doc);
  const data = readStructuredData(doc);
  const { marks, visit } = gatherMarks();
  const survey = yield* surveySteps(doc, visit, due);
  yield;
  const roots = yield* contentRootsSteps(survey, marks, due);
  yield;
  const headline = findHeadline({ title, meta, data, survey, marks }, roots);
  return { title, meta, data, survey, marks, roots, headline };
}

export function readAnatomy(doc: Document): PageAnatomy {
  return drain(anatomySteps(doc));
}
