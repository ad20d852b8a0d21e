/**
 * What detection and extraction both need to know about a page, worked out once: its structured
 * data, the survey of its text, where the body is and which element is the headline.
 */
import { findContentRoots } from './content-roots';
import { findHeadline } from './headline';
import { readStructuredData, type StructuredData } from './structured-data';
import { surveyPage, type Survey } from './survey';

export interface PageAnatomy {
  data: StructuredData;
  survey: Survey;
  /** The body's container(s), in document order; empty when the page holds no prose. */
  roots: Element[];
  headline: Element | null;
}

/** The anatomy in steps, pausing after the survey (the one pass over the whole page). */
export function* anatomySteps(doc: Document): Generator<void, PageAnatomy> {
  const data = readStructuredData(doc);
  const survey = surveyPage(doc);
  yield;
  const roots = findContentRoots(doc, survey);
  const headline = findHeadline(doc, data, roots, survey);
  return { data, survey, roots, headline };
}

export function readAnatomy(doc: Document): PageAnatomy {
  const steps = anatomySteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
