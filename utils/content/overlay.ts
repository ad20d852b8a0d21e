/**
 * Crosscheck's one element on a page: `<crosscheck-ui>`, appended to <html> (after <body>, so no
 * selector of the page's body matches differently), holding a closed shadow root with the hover
 * card and an invisible focus target over each mark, so keyboard users can Tab to the marks.
 * The host's inline `!important` styles win over any page rule, even `* { all: unset !important }`.
 *
 * Closed, so that a page's scripts cannot read or rewrite the card (a page once rewrote its
 * verdict to "Consistent: every outlet agrees"). The one handle to the root is `UI_ROOT`, a
 * property set on the host from the content script's own world: Chrome's isolated world and
 * Firefox's content-script sandbox each keep their own wrapper of the element, so the page's
 * scripts never see it. The browser tests reach it by running code in that world (Chrome
 * DevTools protocol; `tabs.executeScript` from an extension page in Firefox), as no page can.
 */
import type { Mark } from './marks';

export const HOST_TAG = 'crosscheck-ui';
/** The property of the host that holds its shadow root, in the content script's world only. */
export const UI_ROOT = 'crosscheckRoot';

const HOST_STYLE = [
  'all: initial !important',
  'position: absolute !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'margin: 0 !important',
  'padding: 0 !important',
  'border: 0 !important',
  'overflow: visible !important',
  'display: block !important',
  'visibility: visible !important',
  'opacity: 1 !important',
  'transform: none !important',
  'z-index: 2147483647 !important',
  'pointer-events: none !important',
].join(';');

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  /** The container the card renders into, positioned next to its mark by the card (card-frame.ts). */
  card: HTMLElement;
  /** Focus targets, one per mark, in reading order. */
  setTargets(marks: readonly Mark[], label: (mark: Mark) => string): HTMLButtonElement[];
  /** More focus targets after those there are (the reader adds them in slices), placed at once. */
  addTargets(marks: readonly Mark[], label: (mark: Mark) => string): HTMLButtonElement[];
  /** Moves each target over its mark (after scrolling, resizing or reflow). */
  placeTargets(): void;
  setTheme(theme: 'system' | 'light' | 'dark', outline: boolean): void;
  remove(): void;
}

export function createOverlay(doc: Document, css: string): Overlay {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  Object.defineProperty(host, UI_ROOT, { value: root });
  const style = doc.createElement('style');
  style.textContent = css;
  const layer = doc.createElement('div');
  layer.className = 'cc-theme';
  const card = doc.createElement('div');
  card.className = 'cc-card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'cc-card-title');
  // In the top layer (a manual popover) the card escapes whatever the page does to <html>: a
  // transform or filter that would re-anchor `position: fixed`, overflow clipping, z-index wars.
  const popover = typeof card.showPopover === 'function';
  if (popover) card.setAttribute('popover', 'manual');
  else card.hidden = true;
  card.style.pointerEvents = 'auto';
  layer.append(card);
  root.append(style, layer);
  doc.documentElement.append(host);

  let targets: { mark: Mark; button: HTMLButtonElement }[] = [];

  /**
   * Every rectangle is read first, then every style written: reading after a write would make
   * the browser lay the page out once per mark (2,000 marks: 8 s instead of 50 ms, bench).
   */
  const place = (list: readonly { mark: Mark; button: HTMLButtonElement }[]) => {
    const win = doc.defaultView!;
    const { scrollX, scrollY } = win;
    const rects = list.map(({ mark }) => mark.range.getClientRects()[0] ?? null);
    list.forEach(({ button }, i) => {
      const rect = rects[i];
      if (!rect) {
        button.style.display = 'none';
        return;
      }
      button.style.display = '';
      button.style.left = `${rect.left + scrollX - 1}px`;
      button.style.top = `${rect.top + scrollY - 1}px`;
      button.style.width = `${rect.width + 2}px`;
      button.style.height = `${rect.height + 2}px`;
    });
  };
  const placeTargets = () => place(targets);

  return {
    host,
    root,
    card,
    setTargets(marks, label) {
      for (const { button } of targets) button.remove();
      targets = [];
      return this.addTargets(marks, label);
    },
    addTargets(marks, label) {
      const fragment = doc.createDocumentFragment();
      const added = marks.map((mark) => {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'cc-target';
        button.dataset.figureId = mark.figure.id;
        button.setAttribute('aria-label', label(mark));
        button.setAttribute('aria-haspopup', 'dialog');
        button.setAttribute('aria-expanded', 'false');
        fragment.append(button);
        return { mark, button };
      });
      // Before the card while it is last; after the others when it sits by a focused target.
      layer.insertBefore(fragment, card.nextSibling ? null : card);
      targets.push(...added);
      place(added);
      return added.map((t) => t.button);
    },
    placeTargets,
    setTheme(theme, outline) {
      layer.className = `cc-theme${theme === 'light' ? ' cc-light' : theme === 'dark' ? ' cc-dark' : ''}${outline ? ' cc-outline' : ''}`;
    },
    remove() {
      host.remove();
    },
  };
}
