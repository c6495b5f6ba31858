import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to drive: CHROMIUM_PATH if set, else the first one installed in the usual places. */
export function findChromium(): string {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) return configured;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('No Chromium found: install Debian’s chromium package or set CHROMIUM_PATH.');
  return found;
}
