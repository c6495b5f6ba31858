// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { useBrowserMessages } from '../support/background-harness';
import { installFakeOptionalPermissions } from '../support/fake-optional-permissions';
import { messageBeside, shownMessages } from '../support/save-messages';
import { translateEnglish } from '../support/translators';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { startOptions } = await import('../../src/ui/start-options');
const { SETTINGS_STORAGE_KEY } = await import('../../src/platform/settings-store');
const { CONFIRMATION_SHOWN_MS } = await import('../../src/ui/use-save-feedback');

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
    expect(messageBeside(getThemeRadio('dark'))).toBe(translateEnglish('options_saved'));
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
    expect(shownMessages()).toEqual({ 'theme-save-state': translateEnglish('options_save_failed') });
    expect(document.querySelector('#theme-save-state')?.classList.contains('error')).toBe(true);
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

function selectRegion(value: string): void {
  const region = document.querySelector<HTMLSelectElement>('#region')!;
  region.value = value;
  region.dispatchEvent(new Event('change'));
}

function findButton(text: string): HTMLButtonElement {
  const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === text);
  if (!button) throw new Error(`No button "${text}"`);
  return button;
}

/** Lets `milliseconds` pass on the faked timers, then renders what changed and runs the effects that follow. */
async function passTime(milliseconds: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(milliseconds);
  await act(() => undefined);
}

describe('"Saved" beside the control that changed', () => {
  test('each group has its own live region, in the page and empty before anything changes', async () => {
    await openOptions();
    expect([...document.querySelectorAll('[role="status"][id$="-save-state"]')].map((status) => status.id)).toEqual([
      'region-save-state',
      'language-save-state',
      'theme-save-state',
      'badge-save-state',
      'reminders-save-state',
      'muted-reminders-save-state',
      'reset-save-state',
    ]);
    expect(shownMessages()).toEqual({});
    // Nothing right under the heading any more: the heading is followed by the first field.
    expect(document.querySelector('h1')?.nextElementSibling?.classList.contains('field')).toBe(true);
  });

  test('two changes: each confirmation beside its own control, the older one gone when the next control changes', async () => {
    await openOptions();
    await act(() => {
      selectRegion('de');
    });
    await settle();
    const regionSaved = translateEnglish('options_saved_region', [translateEnglish('region_de')]);
    expect(messageBeside(document.querySelector('#region'))).toBe(regionSaved);
    expect(shownMessages()).toEqual({ 'region-save-state': regionSaved });

    const storage = holdSettingsWrites();
    await act(() => {
      document.querySelector<HTMLInputElement>('#badge')!.click();
    });
    await settle();
    // While the badge is being saved, the region's "Saved" would read as the answer to this change.
    expect(shownMessages()).toEqual({});
    await storage.finishWrites();
    expect(messageBeside(document.querySelector('#badge'))).toBe(translateEnglish('options_saved'));
    expect(shownMessages()).toEqual({ 'badge-save-state': translateEnglish('options_saved') });
  });

  test('a confirmation goes away by itself after a while; a failure stays until the next change', async () => {
    await openOptions();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await act(() => {
        getThemeRadio('dark').click();
      });
      await passTime(100);
      expect(shownMessages()).toEqual({ 'theme-save-state': translateEnglish('options_saved') });
      await passTime(CONFIRMATION_SHOWN_MS - 1_000);
      expect(shownMessages()).toEqual({ 'theme-save-state': translateEnglish('options_saved') });
      await passTime(1_000);
      expect(shownMessages()).toEqual({});

      vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
      await act(() => {
        document.querySelector<HTMLInputElement>('#badge')!.click();
      });
      await passTime(100);
      expect(shownMessages()).toEqual({ 'badge-save-state': translateEnglish('options_save_failed') });
      await passTime(CONFIRMATION_SHOWN_MS * 3);
      expect(shownMessages()).toEqual({ 'badge-save-state': translateEnglish('options_save_failed') });
    } finally {
      vi.useRealTimers();
    }
  });

  test('a save still under way when the reader resets: the reset is stored after it, and only the reset is confirmed', async () => {
    await openOptions();
    const storage = holdSettingsWrites();
    await act(() => {
      getThemeRadio('dark').click();
    });
    await act(() => {
      findButton(translateEnglish('options_reset')).click();
    });
    await act(() => {
      findButton(translateEnglish('options_reset_confirm_yes')).click();
    });
    await storage.finishWrites();
    expect(shownMessages()).toEqual({ 'reset-save-state': translateEnglish('options_reset_done') });
    expect(await readStoredSettings()).toBeUndefined();
    expect(getThemeRadio('system').checked).toBe(true);
  });

  test('the reset confirmation shows beside the reset button; the keyboard follows the question and the answer', async () => {
    await openOptions();
    expect(document.activeElement).toBe(document.body);
    await act(() => {
      getThemeRadio('dark').click();
    });
    await settle();
    await act(() => {
      findButton(translateEnglish('options_reset')).click();
    });
    await settle();
    expect(document.activeElement).toBe(findButton(translateEnglish('options_reset_cancel')));
    await act(() => {
      findButton(translateEnglish('options_reset_confirm_yes')).click();
    });
    await settle();
    expect(document.activeElement).toBe(findButton(translateEnglish('options_reset')));
    expect(messageBeside(findButton(translateEnglish('options_reset')))).toBe(translateEnglish('options_reset_done'));
    expect(shownMessages()).toEqual({ 'reset-save-state': translateEnglish('options_reset_done') });
  });
});
