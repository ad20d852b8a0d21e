import { useMemo, useState } from 'preact/hooks';
import { fold } from '../../utils/storage/panel-data';
import type { Source } from '../../utils/schema';
import { formatPublished, intlLanguageName, languageName, plural, sourceName } from '../format';
import { t } from '../i18n';

type SortKey = 'outlet' | 'newest' | 'oldest' | 'language';

const SORTS: { key: SortKey; label: 'sortOutlet' | 'sortNewest' | 'sortOldest' | 'sortLanguage' }[] = [
  { key: 'outlet', label: 'sortOutlet' },
  { key: 'newest', label: 'sortNewest' },
  { key: 'oldest', label: 'sortOldest' },
  { key: 'language', label: 'sortLanguage' },
];

const nameOf = (code: string) => languageName(code, intlLanguageName);
const dateOf = (source: Source) => source.published.date ?? '';

function sorted(sources: Source[], key: SortKey): Source[] {
  const byOutlet = (a: Source, b: Source) => sourceName(a).localeCompare(sourceName(b));
  const compare: Record<SortKey, (a: Source, b: Source) => number> = {
    outlet: byOutlet,
    newest: (a, b) => dateOf(b).localeCompare(dateOf(a)) || byOutlet(a, b),
    oldest: (a, b) => (dateOf(a) || '9999').localeCompare(dateOf(b) || '9999') || byOutlet(a, b),
    language: (a, b) => nameOf(a.language).localeCompare(nameOf(b.language)) || byOutlet(a, b),
  };
  return [...sources].sort(compare[key]);
}

/**
 * The dataset's sources, filterable (words, language) and sortable (outlet, date, language),
 * with how many there are in each language. A date the article does not state says how it was
 * inferred in a disclosure, which keyboard and touch reach as well as a mouse.
 */
export function SourceList({ sources }: { sources: Source[] }) {
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState('');
  const [sort, setSort] = useState<SortKey>('outlet');
  const languages = useMemo(() => {
    const tally = new Map<string, number>();
    for (const source of sources) tally.set(source.language, (tally.get(source.language) ?? 0) + 1);
    return [...tally].sort((a, b) => b[1] - a[1] || nameOf(a[0]).localeCompare(nameOf(b[0])));
  }, [sources]);
  const searchable = useMemo(
    () => sources.map((source) => ({ source, text: fold([source.outlet, source.reportedBy ?? '', source.title, nameOf(source.language), source.url ?? ''].join('\n')) })),
    [sources],
  );
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = sorted(
    searchable.filter((s) => (!language || s.source.language === language) && words.every((w) => s.text.includes(w))).map((s) => s.source),
    sort,
  );
  return (
    <div class="source-list" data-testid="source-list">
      <p class="language-counts" data-testid="language-counts">
        {t('sourcesByLanguage')}{' '}
        {languages.map(([code, n], i) => (
          <span key={code}>
            {i ? ' · ' : ''}
            {nameOf(code)} {n}
          </span>
        ))}
      </p>
      <div class="source-controls" role="search" aria-label={t('sourceFilterLabel')}>
        <label>
          {t('sourceFilter')}
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} data-testid="source-filter" autocomplete="off" spellcheck={false} />
        </label>
        <label>
          {t('sourceLanguage')}
          <select value={language} onChange={(e) => setLanguage(e.currentTarget.value)} data-testid="source-language">
            <option value="">{t('allLanguages', sources.length)}</option>
            {languages.map(([code, n]) => (
              <option key={code} value={code}>
                {nameOf(code)} ({n})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sourceSort')}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)} data-testid="source-sort">
            {SORTS.map((option) => (
              <option key={option.key} value={option.key}>
                {t(option.label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="hint" role="status" data-testid="source-count">
        {shown.length === sources.length ? plural(sources.length, 'source') : t('sourcesShown', shown.length, sources.length)}
      </p>
      <ul class="sources" data-testid="dataset-sources">
        {shown.map((source) => (
          <li key={source.id} data-testid="source-row" data-language={source.language}>
            <span class="source-name" dir="auto">{sourceName(source)}</span>
            <span class="source-title" lang={source.language} dir="auto">
              {source.title}
            </span>
            <span class="source-language">{nameOf(source.language)}</span>
            <SourceDate source={source} />
            {source.url ? (
              <a href={source.url} target="_blank" rel="noreferrer noopener" class="source-link">
                {t('openArticle')}
                <span class="visually-hidden">: {source.outlet}</span>
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A date the article states, as is; an inferred or unknown one opens to how it was worked out. */
function SourceDate({ source }: { source: Source }) {
  const { published } = source;
  if (published.precision === 'exact') return <span class="source-date">{formatPublished(published)}</span>;
  return (
    <details class="source-date date-basis" data-testid="date-basis">
      <summary>
        {formatPublished(published)}
        <span class="visually-hidden">: {t('howInferred')}</span>
      </summary>
      <p>{published.basis}</p>
    </details>
  );
}
