import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type LaunchedExtension, type LaunchOptions } from './launch-extension';
import { waitForFirstUpdate, type FirstUpdate, type FirstUpdateOptions } from './observe';

export interface Scenario {
  readonly launched: LaunchedExtension;
  /** Toolbar and alarms right after the worker's first update. */
  readonly first: FirstUpdate;
}

/**
 * One browser for the enclosing `describe`: started in `beforeAll` at the given instant, zone and
 * language, closed in `afterAll`. Call the returned function inside a test.
 */
export function useBrowser(options: LaunchOptions, firstUpdate: FirstUpdateOptions = {}): () => Scenario {
  let scenario: Scenario | undefined;
  beforeAll(async () => {
    const launched = await launchExtension(options);
    try {
      scenario = { launched, first: await waitForFirstUpdate(launched.worker, firstUpdate) };
    } catch (error) {
      await launched.close();
      throw error;
    }
  });
  afterAll(async () => {
    await scenario?.launched.close();
  });
  return () => {
    if (!scenario) throw new Error('The browser did not start (see beforeAll).');
    return scenario;
  };
}
