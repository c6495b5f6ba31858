// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NO_POLICY } from '../../src/core/policy';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { SettingsChange } from '../../src/platform/settings-store';
import { installFakeOptionalPermissions } from '../support/fake-optional-permissions';
import { translateEnglish } from '../support/translators';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { OptionsApp } = await import('../../src/ui/options-app');
const LOS_ANGELES = { locale: 'en-US', timeZone: 'America/Los_Angeles' };

beforeEach(() => {
  fakeBrowser.reset();
  installFakeOptionalPermissions();
});

afterEach(() => {
  render(null, document.body);
});

/** Storage that answers only when told to, so the page is seen while a save is under way. */
function createSlowStorage() {
  const pending: (() => void)[] = [];
  return {
    saveSettings: (change: SettingsChange) =>
      new Promise<Settings>((resolve) => {
        pending.push(() => resolve({ ...DEFAULT_SETTINGS, ...change }));
      }),
    finishSaves: () => pending.splice(0).forEach((finish) => finish()),
  };
}

async function renderOptions(settings: Settings, saveSettings: (change: SettingsChange) => Promise<Settings>): Promise<void> {
  await act(() => {
    render(
      <OptionsApp settings={settings} policy={NO_POLICY} display={LOS_ANGELES} translate={translateEnglish} saveSettings={saveSettings} resetSettings={() => Promise.resolve()} />,
      document.body,
    );
  });
}

/** Lets pending promise callbacks run and renders what they changed. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((done) => setTimeout(done, 0));
  });
}

function getThemeRadio(theme: string): HTMLInputElement {
  return document.querySelector<HTMLInputElement>(`input[name="theme"][value="${theme}"]`)!;
}

describe('options page while a save is under way', () => {
  test('the chosen theme stays chosen until storage reports it back, through a re-render in between', async () => {
    const storage = createSlowStorage();
    await renderOptions(DEFAULT_SETTINGS, storage.saveSettings);
    await act(() => {
      getThemeRadio('dark').click();
    });
    expect(getThemeRadio('dark').checked).toBe(true);
    expect(getThemeRadio('system').checked).toBe(false);

    storage.finishSaves();
    await settle();
    expect(getThemeRadio('dark').checked).toBe(true);
    expect(document.querySelector('[role="status"]')?.textContent).toBe(translateEnglish('options_saved'));
  });

  test('the badge box and the region keep the new choice while it is saved', async () => {
    const storage = createSlowStorage();
    await renderOptions(DEFAULT_SETTINGS, storage.saveSettings);
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
  });

  test('a save that fails puts the stored choice back and says so', async () => {
    await renderOptions(DEFAULT_SETTINGS, () => Promise.reject(new Error('quota')));
    await act(() => {
      getThemeRadio('light').click();
    });
    await settle();
    expect(getThemeRadio('light').checked).toBe(false);
    expect(getThemeRadio('system').checked).toBe(true);
    expect(document.querySelector('[role="status"]')?.textContent).toBe(translateEnglish('options_save_failed'));
  });

  test('settings changed elsewhere (sync, another tab) replace what was shown', async () => {
    const storage = createSlowStorage();
    await renderOptions(DEFAULT_SETTINGS, storage.saveSettings);
    await act(() => {
      getThemeRadio('dark').click();
    });
    await renderOptions({ ...DEFAULT_SETTINGS, theme: 'light' }, storage.saveSettings);
    expect(getThemeRadio('light').checked).toBe(true);
  });
});
