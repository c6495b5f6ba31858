/**
 * Makes sure the Debian packages the browser tests and `npm start` need are there: Chromium, and
 * with `--with-faketime` libfaketime, with `--with-firefox` Firefox ESR (tests/e2e/firefox.e2e.ts).
 * On a fresh Debian machine, as root, it installs them with apt-get; anywhere else it says what
 * to install and stops. Playwright's own browser download is not used: it is not reachable from
 * every machine, and Debian's Chromium and Firefox ESR are the ones the tests are written for.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.ts';
import { findFirefox } from './find-firefox.ts';

const needsFaketime = process.argv.includes('--with-faketime');
const needsFirefox = process.argv.includes('--with-firefox');

function isInstalled(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

const missing = [
  ...(isInstalled(findChromium) ? [] : ['chromium']),
  ...(!needsFaketime || isInstalled(() => execFileSync('faketime', ['--version'], { stdio: 'ignore' })) ? [] : ['faketime']),
  ...(!needsFirefox || isInstalled(findFirefox) ? [] : ['firefox-esr']),
];

if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Missing: ${missing.join(', ')}. Install with: sudo apt-get install -y ${missing.join(' ')}`);
    console.error('(or set CHROMIUM_PATH to a Chromium or Chrome binary, FIREFOX_PATH to a Firefox binary).');
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} from Debian (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
