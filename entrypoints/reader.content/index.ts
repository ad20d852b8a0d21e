import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGate } from '../../utils/content/gate';
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // `browser` here is the browser's own API, not the polyfill (see wxt.config.ts): the one call
    // the gate makes returns a promise in Chrome (MV3) and Firefox alike.
    startGate(ctx, browser.runtime as unknown as Parameters<typeof startGate>[1]);
  },
});
