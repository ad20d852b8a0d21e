/**
 * The content script's part of reading a page: is it an article, is it about the story, and the
 * article's text block by block, to send to the background. Kept apart from the rest of the
 * pipeline so the content script does not carry the number and date readers.
 */
import { isRealDay, READING_LIMITS } from '../constants';
import type { ExtractedPage } from '../schema';
import { detectArticle } from './article';
import { extractArticle, type ArticleBlock } from './extract';
import { assessTopic } from './topic';

const clip = <T>(items: readonly T[], max: number) => items.slice(0, max);

/**
 * The content script's part: detection, extraction and topic, plus the blocks' text to send.
 * The blocks (elements of the page) stay behind for the highlighter.
 */
export function extractPage(doc: Document): { page: ExtractedPage; blocks: ArticleBlock[] } {
  const verdict = detectArticle(doc);
  const empty: ExtractedPage = {
    article: verdict.isArticle,
    onTopic: false,
    title: null,
    outlet: null,
    publishedAt: null,
    language: null,
    articleSignals: clip(verdict.signals, READING_LIMITS.reasons).map((s) => s.slice(0, 300)),
    topicReasons: [],
    blocks: [],
  };
  if (!verdict.isArticle) return { page: empty, blocks: [] };
  const extracted = extractArticle(doc);
  const topic = assessTopic({ title: extracted.title, text: extracted.text });
  let budget = READING_LIMITS.pageText;
  const blocks = clip(extracted.blocks, READING_LIMITS.blocks).filter((block) => {
    budget -= Math.min(block.text.length, READING_LIMITS.blockText);
    return budget >= 0;
  });
  const page: ExtractedPage = {
    ...empty,
    onTopic: topic.onTopic,
    title: extracted.title?.slice(0, 500) ?? null,
    outlet: extracted.outlet?.slice(0, 200) ?? null,
    publishedAt: extracted.publishedAt && isRealDay(extracted.publishedAt) ? extracted.publishedAt : null,
    language: extracted.language?.slice(0, 20) ?? null,
    topicReasons: clip(topic.reasons, READING_LIMITS.reasons).map((s) => s.slice(0, 300)),
    // Off-topic articles keep their text in the page: nothing about them leaves the content script.
    blocks: topic.onTopic ? blocks.map((block) => ({ role: block.role, text: block.text.slice(0, READING_LIMITS.blockText) })) : [],
  };
  return { page, blocks: topic.onTopic ? blocks : [] };
}
