// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { useBrowserMessages } from '../support/background-harness';
import { installFakeOptionalPermissions } from '../support/fake-optional-permissions';
import { translateEnglish } from '../support/translators';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { startOptions } = await import('../../src/ui/start-options');
const { SETTINGS_STORAGE_KEY } = await import('../../src/platform/settings-store');

beforeEach(async () => {
  fakeBrowser.reset();
  installFakeOptionalPermissions();
  useBrowserMessages();
  await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: DEFAULT_SETTINGS });
});

afterEach(() => {
  render(null, document.body);
  vi.restoreAllMocks();
});

/** Lets pending promise callbacks run and renders what they changed. */
async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await act(async () => {
      await new Promise((done) => setTimeout(done, 0));
    });
  }
}

/** Storage writes that finish only when told to, so the page is seen while a save is under way. */
function holdSettingsWrites() {
  const pending: (() => Promise<void>)[] = [];
  const write = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(
    (items) =>
      new Promise<void>((resolve) => {
        pending.push(() => write(items).then(resolve));
      }),
  );
  return {
    /** Finishes every write, including those queued behind the held ones. */
    finishWrites: async () => {
      await settle();
      while (pending.length > 0) {
        await Promise.all(pending.splice(0).map((finish) => finish()));
        await settle();
      }
    },
  };
}

async function readStoredSettings() {
  return (await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY] as Record<string, unknown> | undefined;
}

async function openOptions(): Promise<void> {
  await startOptions();
  await vi.waitFor(async () => {
    await settle();
    if (!document.querySelector('select#region')) throw new Error('The options page did not render');
  });
}

function getThemeRadio(theme: string): HTMLInputElement {
  return document.querySelector<HTMLInputElement>(`input[name="theme"][value="${theme}"]`)!;
}

describe('options page while a save is under way', () => {
  test('the chosen theme stays chosen until storage reports it back, through a re-render in between', async () => {
    await openOptions();
    const storage = holdSettingsWrites();
    await act(() => {
      getThemeRadio('dark').click();
    });
    await settle();
    expect(getThemeRadio('dark').checked).toBe(true);
    expect(getThemeRadio('system').checked).toBe(false);

    await storage.finishWrites();
    expect(getThemeRadio('dark').checked).toBe(true);
    expect(document.querySelector('[role="status"]')?.textContent).toBe(translateEnglish('options_saved'));
  });

  test('the badge box and the region keep the new choice while it is saved', async () => {
    await openOptions();
    const storage = holdSettingsWrites();
    const badge = document.querySelector<HTMLInputElement>('#badge')!;
    await act(() => {
      badge.click();
    });
    expect(badge.checked).toBe(false);
    const region = document.querySelector<HTMLSelectElement>('#region')!;
    await act(() => {
      region.value = 'de';
      region.dispatchEvent(new Event('change'));
    });
    expect(region.value).toBe('de');
    expect(badge.checked).toBe(false);
    await storage.finishWrites();
    expect(await readStoredSettings()).toMatchObject({ region: 'de', isBadgeShown: false });
  });

  test('a save that fails puts the stored choice back and says so', async () => {
    await openOptions();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await act(() => {
      getThemeRadio('light').click();
    });
    await settle();
    expect(getThemeRadio('light').checked).toBe(false);
    expect(getThemeRadio('system').checked).toBe(true);
    expect(document.querySelector('[role="status"]')?.textContent).toBe(translateEnglish('options_save_failed'));
  });

  test('settings changed elsewhere (sync, another tab) replace what was shown', async () => {
    await openOptions();
    const storage = holdSettingsWrites();
    await act(() => {
      getThemeRadio('dark').click();
    });
    await storage.finishWrites();
    vi.restoreAllMocks();
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, theme: 'light' } });
    await settle();
    expect(getThemeRadio('light').checked).toBe(true);
  });
});
