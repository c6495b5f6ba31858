import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { ContestantName } from './evaluate-goal.ts';

export interface BadgeState {
  readonly text: string;
  readonly title: string;
}

export interface Contestant {
  readonly name: ContestantName;
  /** The unpacked extension. */
  readonly dir: string;
  readonly popupPath: string;
  readonly optionsPath?: string;
  /** True once the contestant's background has drawn its badge. */
  readonly isBadgeReady: (badge: BadgeState) => boolean;
}

const isReferenceBadgeReady = (badge: BadgeState) => badge.text === '!' && badge.title === 'Reference';

/**
 * Ours is the built dist/chrome; the references are copied (static) or built (Preact) into
 * `workDir`, each with our stylesheet, so all three paint the same text with the same styles.
 */
export async function prepareContestants(root: string, workDir: string): Promise<Contestant[]> {
  const styles = join(root, 'dist/chrome/assets/styles.css');
  const staticDir = join(workDir, 'static');
  cpSync(join(root, 'bench/reference-static'), staticDir, { recursive: true });
  cpSync(styles, join(staticDir, 'styles.css'));

  const preactSource = join(root, 'bench/reference-preact');
  const preactDir = join(workDir, 'preact');
  await build({
    configFile: false,
    logLevel: 'error',
    root: preactSource,
    base: '',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { outDir: preactDir, emptyOutDir: true, modulePreload: false, rolldownOptions: { input: join(preactSource, 'popup.html') } },
  });
  for (const file of ['manifest.json', 'background.js']) cpSync(join(preactSource, file), join(preactDir, file));
  cpSync(styles, join(preactDir, 'styles.css'));

  return [
    // Our tooltip states the status in a sentence ("…: …") once the background has run.
    { name: 'ours', dir: join(root, 'dist/chrome'), popupPath: 'src/popup.html', optionsPath: 'src/options.html', isBadgeReady: (badge) => badge.title.includes(':') },
    { name: 'static', dir: staticDir, popupPath: 'popup.html', isBadgeReady: isReferenceBadgeReady },
    { name: 'preact', dir: preactDir, popupPath: 'popup.html', isBadgeReady: isReferenceBadgeReady },
  ];
}
