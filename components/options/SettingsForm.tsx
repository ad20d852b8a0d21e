import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightStyle, Settings } from '../../utils/schema';
import { normalizeSite } from '../../utils/settings';
import { t, type MessageKey } from '../i18n';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

const HIGHLIGHTS: { value: HighlightStyle; label: MessageKey }[] = [
  { value: 'underline', label: 'markUnderline' },
  { value: 'background', label: 'markBackground' },
  { value: 'outline', label: 'markOutline' },
];

const THEMES: { value: Settings['theme']; label: MessageKey }[] = [
  { value: 'system', label: 'themeSystem' },
  { value: 'light', label: 'themeLight' },
  { value: 'dark', label: 'themeDark' },
];

/** The reading features' settings; every change is saved at once. */
export function SettingsForm({ settings, onChange }: Props) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  // After a site is removed the focus goes to the next site's Remove (or the previous, or the
  // input when none is left), not to the page's start with the removed button.
  // Waits for the list without the removed site: the settings may change meanwhile for another
  // reason (an earlier change's save arriving late), and the old list's buttons are no target.
  const [focusAfterRemoval, setFocusAfterRemoval] = useState<{ index: number; host: string } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusAfterRemoval === null || settings.disabledSites.includes(focusAfterRemoval.host)) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    const next = buttons[Math.min(focusAfterRemoval.index, buttons.length - 1)];
    (next ?? inputRef.current)?.focus();
    setFocusAfterRemoval(null);
  }, [settings.disabledSites, focusAfterRemoval]);

  const addSite = (event: Event) => {
    event.preventDefault();
    const host = normalizeSite(site);
    if (!host) {
      setSiteError(`“${site.trim() || ' '}” is not a site: enter a host name such as example.com`);
      return;
    }
    setSiteError(null);
    setSite('');
    if (!settings.disabledSites.includes(host)) onChange({ ...settings, disabledSites: [...settings.disabledSites, host].sort() });
  };

  return (
    <div class="settings" data-testid="settings">
      <label class="check">
        <input
          type="checkbox"
          checked={settings.hoverCards}
          data-testid="setting-hover-cards"
          onChange={(event) => onChange({ ...settings, hoverCards: event.currentTarget.checked })}
        />
        Show a card with other sources’ figures when I hover, focus or tap a marked number
      </label>

      <fieldset>
        <legend>{t('marksLegend')}</legend>
        {HIGHLIGHTS.map((option) => (
          <label class="radio" key={option.value}>
            <input
              type="radio"
              name="highlight"
              value={option.value}
              checked={settings.highlightStyle === option.value}
              onChange={() => onChange({ ...settings, highlightStyle: option.value })}
            />
            <span class={`mark-preview mark-${option.value}`}>700,000</span> {t(option.label)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('appearanceLegend')}</legend>
        {THEMES.map((option) => (
          <label class="radio" key={option.value}>
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={settings.theme === option.value}
              onChange={() => onChange({ ...settings, theme: option.value })}
            />
            {t(option.label)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('sitesLegend')}</legend>
        <form class="site-form" onSubmit={addSite}>
          <label for="site-input" class="visually-hidden">
            Site to turn Crosscheck off on
          </label>
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={site}
            aria-invalid={siteError ? 'true' : undefined}
            aria-describedby={siteError ? 'site-error' : undefined}
            data-testid="site-input"
            ref={inputRef}
            onInput={(event) => setSite(event.currentTarget.value)}
          />
          <button type="submit">{t('addSite')}</button>
        </form>
        {siteError ? (
          <p id="site-error" class="field-error" role="alert">
            {siteError}
          </p>
        ) : null}
        {settings.disabledSites.length === 0 ? (
          <p class="hint">None: Crosscheck reads news articles on every site.</p>
        ) : (
          <ul class="site-list" data-testid="site-list" ref={listRef}>
            {settings.disabledSites.map((host, index) => (
              <li key={host}>
                <span>{host}</span>
                <button
                  type="button"
                  class="link"
                  aria-label={t('removeSite', host)}
                  onClick={() => {
                    setFocusAfterRemoval({ index, host });
                    onChange({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== host) });
                  }}
                >
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p class="hint">Subdomains are included: example.com also covers news.example.com.</p>
      </fieldset>
    </div>
  );
}
