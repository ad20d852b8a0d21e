/**
 * What the page shows of the marks: the highlights painted over the figures' ranges (marks.ts),
 * and Crosscheck's one element on the page (overlay.ts), made with the first marks, holding an
 * invisible focus target over each mark, labelled with the figure and its metric, so that keyboard
 * users can Tab to the numbers.
 */
import type { Settings } from '../schema';
import { canHighlight, clearMarks, paintMarks, type Mark } from './marks';
import { createOverlay, type Overlay } from './overlay';
import type { Page } from './read-page';

/** What a focus target does when it is focused, left or clicked. */
export interface TargetEvents {
  focus(mark: Mark, button: HTMLElement): void;
  blur(event: FocusEvent): void;
  click(mark: Mark, button: HTMLElement): void;
}

export function createMarkLayer(doc: Document, css: string, events: TargetEvents) {
  const win = doc.defaultView!;
  let overlay: Overlay | null = null;
  let marks: readonly Mark[] = [];

  const label = (page: Page) => {
    const metrics = new Map(page.reply.metrics.map((m) => [m.id, m]));
    return (mark: Mark) => {
      const metric = metrics.get(mark.figure.metric ?? '');
      return `${mark.figure.text}${metric ? `: ${metric.label}` : ''}. Compare with other sources`;
    };
  };

  return {
    get overlay(): Overlay | null {
      return overlay;
    },
    get marks(): readonly Mark[] {
      return marks;
    },

    /** Paints the page's marks in the chosen style and puts a focus target over each. */
    show(page: Page, settings: Settings): void {
      overlay ??= createOverlay(doc, css);
      overlay.setTheme(settings.theme, settings.highlightStyle === 'outline' || !canHighlight(win));
      paintMarks(page.marks, settings.highlightStyle, win);
      marks = page.marks;
      const buttons = overlay.setTargets(page.marks, label(page));
      buttons.forEach((button, i) => {
        const mark = page.marks[i]!;
        button.addEventListener('focus', () => events.focus(mark, button));
        button.addEventListener('blur', (event) => events.blur(event));
        button.addEventListener('click', () => events.click(mark, button));
      });
    },

    /** The focus target over a mark, if it has one. */
    targetOf(mark: Mark): HTMLElement | null {
      const index = marks.indexOf(mark);
      return index < 0 ? null : (overlay?.root.querySelectorAll<HTMLElement>('.cc-target')[index] ?? null);
    },

    clear(): void {
      clearMarks(win);
      overlay?.setTargets([], () => '');
      marks = [];
    },

    /** After a scroll inside the page or a resize: the text under the marks moved. */
    reposition(): void {
      overlay?.placeTargets();
      overlay?.placeCard();
    },

    remove(): void {
      clearMarks(win);
      overlay?.remove();
    },
  };
}

export type MarkLayer = ReturnType<typeof createMarkLayer>;
