import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGate } from '../../utils/reader/gate';
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The extension's own global, without the polyfill: this script runs on every page, and the
    // one call it makes returns a promise in Chrome (MV3) and Firefox alike.
    const api = (globalThis as unknown as { browser?: { runtime: never }; chrome: { runtime: never } });
    startGate(ctx, (api.browser ?? api.chrome).runtime);
  },
});
