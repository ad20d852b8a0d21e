/**
 * Is this article about the story: TikTok's US ban and the move of "TikTok refugees" to
 * RedNote (Xiaohongshu), with Lemon8, ByteDance, the Supreme Court ruling, the divest-or-ban
 * law and the executive order as parts of it?
 *
 * Counts the story's terms in English and Chinese, weighs the headline above the body, rewards
 * co-occurrence (TikTok with RedNote, TikTok with the ban) and scales by length, so a recipe
 * that "went viral on TikTok" or a chart story that names RedNote once stays off topic.
 */

export interface TopicVerdict {
  onTopic: boolean;
  score: number;
  /** Plain words a reader can follow: "mentions RedNote 6 times". */
  reasons: string[];
}

interface Term {
  /** How a reason names it. */
  label: string;
  pattern: RegExp;
}

// Latin names need word edges; CJK text has no spaces, so those patterns stand alone.
const TIKTOK: Term = { label: 'TikTok', pattern: /tik\s?tok|抖音国际版|抖音海外版|海外版抖音/gi };
const REDNOTE: Term = {
  label: 'RedNote (Xiaohongshu)',
  pattern: /\bred\s?note\b|\bxiaohongshu\b|\blittle red book\b|小红书|小紅書/gi,
};
const LEMON8: Term = { label: 'Lemon8', pattern: /\blemon\s?8\b/gi };
const BYTEDANCE: Term = { label: 'ByteDance', pattern: /\bbyte\s?dance\b|字节跳动|字節跳動|\bdouyin\b|抖音(?!国际版|海外版)/gi };
const REFUGEES: Term = { label: '"TikTok refugees"', pattern: /refugees?\b|难民|難民/gi };
/** The law, the court, the order and the deadline: only counted near TikTok or ByteDance. */
const BAN: Term = {
  label: 'the US ban',
  pattern:
    /\bban(?:s|ned|ning)?\b|\bdivest(?:ed|ing|iture|ment)?\b|\bsell-or-ban\b|\bsupreme court\b|\bexecutive order\b|\bdeadline\b|\bwent dark\b|\bgo(?:es|ing)? dark\b|\bshut(?:s|ting)? down\b|foreign adversary controlled applications|\bforced sale\b|\breprieve\b|禁令|封禁|禁用|最高法院|行政令|行政命令|剥离|剝離|不卖就禁|强制出售|下架/gi,
};

function count(text: string, term: Term): number {
  term.pattern.lastIndex = 0;
  return text.match(term.pattern)?.length ?? 0;
}

/** Sentence ends: Latin punctuation before a space, CJK punctuation anywhere, line breaks. */
const SENTENCE_BREAK = /(?<=[.!?])\s+|(?<=[。！？；])|\n+/;

/**
 * Ban terms in a sentence that names TikTok or ByteDance, or follows one that does ("The
 * justices upheld the divest-or-ban law" after a sentence about TikTok). A town's leaf-blower
 * ban two sentences from a viral TikTok is not counted.
 */
function banNearTikTok(text: string): number {
  let near = 0;
  let previousNamed = false;
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const named = count(sentence, TIKTOK) > 0 || count(sentence, BYTEDANCE) > 0;
    if (named || previousNamed) near += count(sentence, BAN);
    previousNamed = named;
  }
  return near;
}

/** Words, counting a CJK character as about two thirds of a word. */
function wordCount(text: string): number {
  const latin = text.match(/[\p{L}\p{N}]+/gu)?.filter((w) => !/\p{Script=Han}/u.test(w)).length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return latin + Math.round(han / 1.5);
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** Threshold for `onTopic`, and the least density of story words (per 100 words) for it. */
const ON_TOPIC_SCORE = 8;
const MIN_DENSITY = 0.8;

export function assessTopic(article: { title: string | null; text: string }): TopicVerdict {
  const title = article.title ?? '';
  const text = article.text;
  const reasons: string[] = [];
  let score = 0;

  // The headline says what the story is about.
  const titleNames = [TIKTOK, REDNOTE, LEMON8, BYTEDANCE].filter((term) => count(title, term) > 0);
  const titleRefugees = count(title, REFUGEES) > 0;
  const titleBan = count(title, BAN) > 0;
  if (titleNames.length > 0) {
    const names = titleNames.map((term) => term.label.replace(/ \(.*\)$/, ''));
    const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    reasons.push(`headline names ${joined}`);
    score += titleNames.includes(TIKTOK) ? 3 : 0;
    score += titleNames.includes(REDNOTE) ? 3 : 0;
    score += titleNames.includes(LEMON8) || titleNames.includes(BYTEDANCE) ? 1.5 : 0;
  }
  if (titleRefugees && titleNames.length > 0) {
    reasons.push('headline speaks of "TikTok refugees"');
    score += 2;
  }
  if (titleBan && titleNames.length > 0) {
    reasons.push('headline is about the ban');
    score += 1.5;
  }

  // The body: how often, and together with what.
  const all = `${title}\n${text}`;
  const tiktok = count(all, TIKTOK);
  const rednote = count(all, REDNOTE);
  const lemon8 = count(all, LEMON8);
  const bytedance = count(all, BYTEDANCE);
  const refugees = count(all, REFUGEES);
  const ban = banNearTikTok(all);

  if (tiktok > 0) reasons.push(`mentions TikTok ${times(tiktok)}`);
  if (rednote > 0) reasons.push(`mentions ${REDNOTE.label} ${times(rednote)}`);
  if (lemon8 > 0) reasons.push(`mentions Lemon8 ${times(lemon8)}`);
  if (bytedance > 0) reasons.push(`mentions ByteDance or its apps ${times(bytedance)}`);
  if (refugees > 0 && tiktok > 0) reasons.push(`speaks of refugees ${times(refugees)}`);
  if (ban > 0) reasons.push(`talks about the US ban (${times(ban)} next to TikTok)`);

  score += Math.min(tiktok, 10) * 0.4;
  score += Math.min(rednote, 8) * 0.75;
  score += Math.min(lemon8, 3) * 0.5;
  score += Math.min(bytedance, 4) * 0.5;
  score += tiktok > 0 ? Math.min(refugees, 4) * 0.75 : 0;
  score += Math.min(ban, 6) * 0.5;
  if (tiktok >= 2 && rednote >= 2) {
    score += 2;
    reasons.push('puts TikTok and RedNote together');
  }

  // Density: a long article that names TikTok twice is about something else.
  const words = Math.max(wordCount(all), 1);
  const storyWords = tiktok + rednote + lemon8 + bytedance + (tiktok > 0 ? refugees : 0);
  const density = (storyWords / words) * 100;
  if (storyWords > 0) reasons.push(`about ${density.toFixed(1)} story words per 100 words`);
  score += Math.min(density / 2, 2);

  // The story is the ban or the move, not TikTok in general.
  const anchored = rednote > 0 || lemon8 > 0 || (refugees > 0 && tiktok > 0) || ban >= 2;
  const passing = tiktok + rednote <= 2 && titleNames.length === 0;
  if (passing && tiktok + rednote > 0) {
    reasons.push('TikTok or RedNote comes up only in passing');
    score = Math.min(score, 2);
  }
  if (!anchored && tiktok > 0) reasons.push('says nothing of RedNote, the refugees or the ban');

  score = Math.round(score * 10) / 10;
  // A headline alone (a video page, a teaser) is not enough: the text must carry the story too.
  const bodyMentions = [TIKTOK, REDNOTE, LEMON8, BYTEDANCE].reduce((sum, term) => sum + count(text, term), 0);
  if (bodyMentions < 2 && titleNames.length > 0) reasons.push('the text itself hardly mentions the story');
  const onTopic =
    anchored && !passing && bodyMentions >= 2 && score >= ON_TOPIC_SCORE && (density >= MIN_DENSITY || titleNames.length > 0);
  reasons.unshift(onTopic ? `about the story (score ${score})` : `not about the story (score ${score})`);
  return { onTopic, score, reasons };
}
