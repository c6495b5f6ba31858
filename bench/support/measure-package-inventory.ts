/**
 * What our package loads that does not change between launches, measured in one extra launch
 * after the timed rounds: the scripts the service worker parsed, the scripts the options page
 * requested, and every script in the package.
 */
import type { PackageInventory } from './launch-measurement.ts';
import { listScriptFiles, measureScriptFiles, toPackagePath } from './measure-script-files.ts';
import type { Contestant } from './prepare-contestants.ts';
import { closeExtensionPage, openExtensionPage, waitForIdle } from './extension-page.ts';
import { readWorkerScripts } from './read-worker-scripts.ts';
import { waitForBadge, withLaunchedBrowser, type LaunchSettings } from './with-launched-browser.ts';

const INVENTORY_BUDGET_MS = 60_000;

export async function measurePackageInventory(contestant: Contestant, settings: LaunchSettings): Promise<PackageInventory> {
  const { optionsPath } = contestant;
  if (!optionsPath) throw new Error(`${contestant.name} has no options page`);
  return withLaunchedBrowser(contestant, settings, INVENTORY_BUDGET_MS, async (browser) => {
    await waitForBadge(browser, contestant);
    const workerScripts = await readWorkerScripts(browser.context, browser.worker.url());
    const options = await openExtensionPage(browser.context, browser.urlOf(optionsPath));
    try {
      await waitForIdle(options.cdp);
      return {
        optionsPage: measureScriptFiles(contestant.dir, options.scriptUrls.map(toPackagePath)),
        background: measureScriptFiles(contestant.dir, workerScripts.map(toPackagePath)),
        package: measureScriptFiles(contestant.dir, listScriptFiles(contestant.dir)),
      };
    } finally {
      await closeExtensionPage(options);
    }
  });
}
