/**
 * `page-bundle.ts` bundled with rolldown into one IIFE (`window.__crosscheckBench`), built once
 * per bench run in memory, for `page.addScriptTag({ content })`. Unminified, so that a profile
 * of it names our functions.
 */
import { join } from 'node:path';
import { ROOT } from './build';

let pending: Promise<string> | undefined;

export function bundlePageCode(): Promise<string> {
  pending ??= (async () => {
    const { rolldown } = await import('rolldown');
    const bundle = await rolldown({
      input: join(ROOT, 'tests/bench/page-bundle.ts'),
      platform: 'browser',
      logLevel: 'silent',
    });
    try {
      const { output } = await bundle.generate({ format: 'iife', name: '__crosscheckBench', minify: false });
      const chunk = output.find((item) => item.type === 'chunk');
      if (!chunk || chunk.type !== 'chunk') throw new Error('rolldown produced no chunk for the page bundle');
      return chunk.code;
    } finally {
      await bundle.close();
    }
  })();
  return pending;
}
