/**
 * The reader's lifetime in a page. Everything the reader starts (timers, listeners) hangs off
 * this context and stops when it ends: when the extension is reloaded or updated (its API is gone
 * from the page's isolated world), or when a newer reader starts in the same page. These are the
 * calls of WXT's `ContentScriptContext`, noticing both ends the same way; left out is what an
 * injected script never uses (interval, frame and idle helpers, a logger, announcing itself to the
 * page with `window.postMessage`), which made up 1 KiB gzipped of the reader's 15 KiB budget.
 */
import { browser } from 'wxt/browser';

/** How often the address is looked at where the Navigation API is missing (Firefox ESR), as WXT does. */
const ADDRESS_POLL_MS = 1_000;

type Listener<E extends Event> = (event: E) => void;

export class ReaderContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);
  /** Named after the extension, as WXT names its own: a page cannot guess it by chance. */
  private readonly started = `${browser.runtime?.id}:reader:started`;

  constructor(private readonly doc: Document = document) {
    // Readers started before this one (an older version of the extension) stop.
    doc.dispatchEvent(new CustomEvent(this.started, { detail: this.id }));
    doc.addEventListener(this.started, (event) => (event as CustomEvent).detail !== this.id && this.invalidate(), { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the extension was reloaded or a newer reader started; everything below has stopped. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.invalidate();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): void {
    this.signal.addEventListener('abort', () => callback(), { once: true });
  }

  setTimeout(handler: () => void, ms: number): number {
    // The listener that clears it goes once it has run: a long page's reading pauses hundreds of times.
    const stop = () => clearTimeout(id);
    const id = setTimeout(() => {
      this.signal.removeEventListener('abort', stop);
      if (this.isValid) handler();
    }, ms) as unknown as number;
    this.signal.addEventListener('abort', stop, { once: true });
    return id;
  }

  addEventListener<K extends keyof WindowEventMap>(target: EventTarget, type: K, handler: Listener<WindowEventMap[K]>, options?: AddEventListenerOptions): void;
  addEventListener<E extends Event>(target: EventTarget, type: string, handler: Listener<E>, options?: AddEventListenerOptions): void;
  addEventListener(target: EventTarget, type: string, handler: Listener<Event>, options: AddEventListenerOptions = {}): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** Calls back when the page's address changes without a new document (history.pushState, a fragment). */
  onNavigate(callback: () => void): void {
    const win = this.doc.defaultView!;
    let last = win.location.href;
    const check = (next: string) => {
      if (next === last) return;
      last = next;
      callback();
    };
    const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
    if (navigation) {
      this.addEventListener<Event & { destination: { url: string } }>(navigation, 'navigate', (event) => check(event.destination.url));
      return;
    }
    const poll = () => {
      check(win.location.href);
      this.setTimeout(poll, ADDRESS_POLL_MS);
    };
    this.setTimeout(poll, ADDRESS_POLL_MS);
  }

  invalidate(): void {
    if (!this.signal.aborted) this.controller.abort();
  }
}
