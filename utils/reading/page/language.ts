/** The article's language: from markup, else guessed from its text. */

export function primaryTag(lang: string | null | undefined): string | null {
  const tag = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = sample.match(/[\u3040-\u30ff]/g)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  if (kana > letters * 0.05) return 'ja';
  if (hangul > letters * 0.2) return 'ko';
  if (han > letters * 0.2) return 'zh';
  const wordCount = sample.match(/\p{L}+/gu)?.length ?? 1;
  const english = sample.match(/\b(?:the|and|of|to|in|is|that|for|on|with|was|it)\b/gi)?.length ?? 0;
  return english / wordCount > 0.08 ? 'en' : null;
}
