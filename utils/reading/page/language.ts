/**
 * The article's language as its markup declares it. A page that declares none is guessed from its
 * text in the background (`reading/background/language.ts`), which knows the story's languages.
 */

export function primaryTag(lang: string | null | undefined): string | null {
  const tag = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : null;
}
