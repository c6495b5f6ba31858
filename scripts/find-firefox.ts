import { existsSync } from 'node:fs';

/**
 * Debian's Firefox ESR, the Firefox the end-to-end tests are written for. Not `/usr/bin/firefox`:
 * on Ubuntu that is a stub for the snap, which WebDriver BiDi cannot drive the same way.
 */
const CANDIDATES = ['/usr/bin/firefox-esr'];

/** The Firefox to drive: FIREFOX_PATH if set, else Debian's Firefox ESR. */
export function findFirefox(): string {
  const configured = process.env['FIREFOX_PATH'];
  if (configured) return configured;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Firefox found: as root run `npx tsx scripts/ensure-system-packages.ts --with-firefox` (or `apt-get install -y firefox-esr`), or set FIREFOX_PATH.',
    );
  }
  return found;
}
