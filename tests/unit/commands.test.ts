/**
 * The keyboard shortcut's background half: the manifest's `focus-next-mark` command sends the
 * active tab's content script one message (the browser tests drive the content script's half).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FOCUS_NEXT_MARK, listenForCommands } from '../../utils/background/commands';

type Listener = (command: string, tab?: { id?: number }) => void;
let listeners: Listener[];
const sent = vi.fn((_tabId: number, _message: unknown) => Promise.resolve({ focused: true }));

beforeEach(() => {
  listeners = [];
  sent.mockClear();
  const api = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  api.commands = { onCommand: { addListener: (listener: Listener) => listeners.push(listener) } };
  api.tabs!.sendMessage = sent;
  api.tabs!.query = () => Promise.resolve([{ id: 42 }]);
  listenForCommands();
});

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the focus-next-mark shortcut', () => {
  it('asks the tab it was pressed in to focus its next mark', async () => {
    listeners.forEach((listener) => listener(FOCUS_NEXT_MARK, { id: 7 }));
    await settle();
    expect(sent).toHaveBeenCalledWith(7, { type: 'focus-next-mark' });
  });

  it('falls back to the active tab when the browser names none', async () => {
    listeners.forEach((listener) => listener(FOCUS_NEXT_MARK));
    await settle();
    expect(sent).toHaveBeenCalledWith(42, { type: 'focus-next-mark' });
  });

  it('ignores other commands, and a tab without a reader', async () => {
    listeners.forEach((listener) => listener('_execute_action', { id: 7 }));
    await settle();
    expect(sent).not.toHaveBeenCalled();
    sent.mockImplementationOnce(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    listeners.forEach((listener) => listener(FOCUS_NEXT_MARK, { id: 9 }));
    await settle();
    expect(sent).toHaveBeenCalledTimes(1);
  });
});
