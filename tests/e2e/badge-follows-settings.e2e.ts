/**
 * The badge follows a settings change at once, also right after the browser starts, when
 * Chromium takes seconds to answer the extension's first policy read (src/platform/policy-store.ts)
 * and the popup's own writes have woken the worker.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openOptions, openPopup, setSection } from './support/extension-pages';
import { launchExtension, readToolbar, type LaunchedExtension } from './support/launch-extension';
import { poll } from './support/observe';

/** A second is what a person notices; the update itself takes a few milliseconds. */
const LONGEST_WAIT_MS = 1_000;

describe('English, America/Los_Angeles, 2026-12-01: the badge follows a region change within a second', () => {
  let launched: LaunchedExtension | undefined;

  beforeAll(async () => {
    launched = await launchExtension({ startAt: '2026-12-01T18:00:00Z', timeZone: 'America/Los_Angeles', language: 'en-US' });
  });

  afterAll(async () => {
    await launched?.close();
  });

  test('popup opened and a section toggled first, then Indonesia chosen in options', async () => {
    if (!launched) throw new Error('The browser did not start (see beforeAll).');
    const popup = await openPopup(launched);
    await setSection(popup, 'section-timeline', true);
    const options = await openOptions(launched);
    await options.locator('select#region').selectOption('id');
    const chosenAt = Date.now();
    const { title } = await poll(() => readToolbar(launched!.worker), (toolbar) => toolbar.title.startsWith('Indonesia: '), LONGEST_WAIT_MS, 20);
    const waitedMs = Date.now() - chosenAt;
    expect(title).toMatch(/^Indonesia: /);
    // Text, colours and tooltip are read one after another: the read after the change is whole.
    const toolbar = await readToolbar(launched.worker);
    expect(toolbar.text).toBe('');
    expect(waitedMs).toBeLessThanOrEqual(LONGEST_WAIT_MS);
  });
});
