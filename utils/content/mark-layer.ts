/**
 * What the page shows of the marks: the highlights painted over the figures' ranges (marks.ts),
 * and Crosscheck's one element on the page (overlay.ts), made with the first marks, holding an
 * invisible focus target over each mark, labelled with the figure and its metric, so that keyboard
 * users can Tab to the numbers. The targets are added and placed in slices (slices.ts).
 */
import type { Settings } from '../schema';
import { canHighlight, clearMarks, paintMarks, type Mark } from './marks';
import { createOverlay, type Overlay } from './overlay';
import type { Page } from './read-page';
import { inSlices } from './slices';

/** Focus targets made and placed together: one layout read for each such group. */
const TARGETS_AT_ONCE = 64;

/** What a focus target does when it is focused, left or clicked. */
export interface TargetEvents {
  focus(mark: Mark, button: HTMLElement): void;
  blur(event: FocusEvent): void;
  click(mark: Mark, button: HTMLElement): void;
}

export function createMarkLayer(doc: Document, css: string, events: TargetEvents, pause: () => Promise<void>) {
  const win = doc.defaultView!;
  let overlay: Overlay | null = null;
  let marks: readonly Mark[] = [];
  /** Each showing (or clearing) supersedes the one whose slices are still being placed. */
  let showing = 0;

  // "more than 700,000: New RedNote users in two days, 12 other statements", worded by the background.
  const labelOf = (mark: Mark) => mark.figure.label;

  return {
    get overlay(): Overlay | null {
      return overlay;
    },
    get marks(): readonly Mark[] {
      return marks;
    },

    /** Paints the page's marks in the chosen style and puts a focus target over each. */
    async show(page: Page, settings: Settings): Promise<void> {
      const mine = ++showing;
      const layer = (overlay ??= createOverlay(doc, css));
      layer.setTheme(settings.theme, settings.highlightStyle === 'outline' || !canHighlight(win));
      paintMarks(page.marks, settings.highlightStyle, win);
      marks = page.marks;
      layer.setTargets([], () => '');
      const addTargets = (part: readonly Mark[]) => {
        layer.addTargets(part, labelOf).forEach((button, i) => {
          const mark = part[i]!;
          button.addEventListener('focus', () => events.focus(mark, button));
          button.addEventListener('blur', (event) => events.blur(event));
          button.addEventListener('click', () => events.click(mark, button));
        });
      };
      await inSlices(page.marks, TARGETS_AT_ONCE, addTargets, pause, () => mine !== showing);
    },

    /** The focus target over a mark, if it has one. */
    targetOf(mark: Mark): HTMLElement | null {
      const index = marks.indexOf(mark);
      return index < 0 ? null : (overlay?.root.querySelectorAll<HTMLElement>('.cc-target')[index] ?? null);
    },

    clear(): void {
      showing++;
      clearMarks(win);
      overlay?.setTargets([], () => '');
      marks = [];
    },


    remove(): void {
      clearMarks(win);
      overlay?.remove();
    },
  };
}

export type MarkLayer = ReturnType<typeof createMarkLayer>;
