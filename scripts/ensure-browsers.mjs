#!/usr/bin/env node
/**
 * Makes sure the real browsers the tests and the demo drive are installed: Chromium for the
 * extension's end-to-end suite and demo, Firefox ESR for the Firefox journey. On Debian (as root,
 * or with passwordless sudo) it installs them with apt-get; elsewhere it says how to get them.
 *
 *   node scripts/ensure-browsers.mjs [chromium] [firefox]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BROWSERS = {
  chromium: { path: process.env.CHROMIUM_PATH || '/usr/bin/chromium', packages: ['chromium'] },
  firefox: { path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
};

function canApt() {
  if (!existsSync('/usr/bin/apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : null;
}

export function ensureBrowsers(names = Object.keys(BROWSERS)) {
  const missing = names.filter((name) => !existsSync(BROWSERS[name].path));
  if (missing.length === 0) return;
  const prefix = canApt();
  const packages = missing.flatMap((name) => BROWSERS[name].packages);
  if (!prefix) {
    throw new Error(
      `Crosscheck's browser tests need ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
        `On Debian or Ubuntu: sudo apt-get install -y ${packages.join(' ')}\n` +
        `Elsewhere, install it and point ${missing.map((n) => (n === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH')).join(' / ')} at its executable.`,
    );
  }
  const run = (args) => {
    const [command, ...rest] = [...prefix, ...args];
    console.log(`$ ${[command, ...rest].join(' ')}`);
    execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  console.log(`Installing ${packages.join(', ')} from Debian's packages…`);
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
  for (const name of missing) {
    if (!existsSync(BROWSERS[name].path)) throw new Error(`${name} was installed but ${BROWSERS[name].path} is still missing`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2);
  try {
    ensureBrowsers(names.length ? names : undefined);
    for (const name of names.length ? names : Object.keys(BROWSERS)) console.log(`${name}: ${BROWSERS[name].path}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
