// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { useBrowserMessages } from '../support/background-harness';
import { getOptionalApi, installFakeOptionalPermissions, type FakeOptionalPermissions } from '../support/fake-optional-permissions';
import { messageBeside, shownMessages } from '../support/save-messages';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

/**
 * The options page as its entry wires it, on the in-memory browser: settings, policy and
 * permissions are read from and written to the fake's storage, so tests assert what is stored.
 */
const { startOptions } = await import('../../src/ui/start-options');
const { SETTINGS_STORAGE_KEY } = await import('../../src/platform/settings-store');

let permissions: FakeOptionalPermissions;

/** Lets storage, permission and translation promises settle, and renders what they changed. */
async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await act(async () => {
      await new Promise((done) => setTimeout(done, 0));
    });
  }
}

async function openOptions(): Promise<void> {
  await startOptions();
  // The first page of a run also loads its language file.
  await vi.waitFor(async () => {
    await settle();
    if (!document.querySelector('select#region')) throw new Error('The options page did not render');
  });
}

/** Most controls here are inputs (checkboxes); the rest are read as elements. */
const $ = (selector: string) => document.querySelector<HTMLInputElement>(selector);
/** The page's one message, beside the reminders box (and nowhere else). */
function expectMessageBesideReminders(message: string): void {
  expect(messageBeside($('#reminders-enabled'))).toBe(message);
  expect(Object.values(shownMessages())).toEqual([message]);
}

async function readStored() {
  return (await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY] as Record<string, unknown> | undefined;
}

async function click(element: HTMLElement | null): Promise<void> {
  if (!element) throw new Error('Nothing to click');
  element.click();
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakeOptionalPermissions();
  useBrowserMessages();
});

afterEach(() => {
  render(null, document.body);
  localStorage.clear();
});

describe('reminders in the options page', () => {
  test('ticking asks the browser in the click, saves "on", and says so once granted', async () => {
    await openOptions();
    await click($('#reminders-enabled'));
    expect(permissions.prompts).toBe(1);
    expect(permissions.isGranted('notifications')).toBe(true);
    expect(await readStored()).toMatchObject({ areRemindersEnabled: true });
    expect($('#reminders-enabled')?.checked).toBe(true);
    expectMessageBesideReminders('Reminders on.');
  });

  test('when the user declines the prompt, reminders stay off and the page says why', async () => {
    permissions.answer = false;
    await openOptions();
    await click($('#reminders-enabled'));
    expect(await readStored()).toMatchObject({ areRemindersEnabled: false });
    expect($('#reminders-enabled')?.checked).toBe(false);
    expectMessageBesideReminders('Your browser said no to showing notifications. So reminders stay off.');
  });

  test('unticking gives the permission back and says so', async () => {
    permissions.grant('notifications');
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, areRemindersEnabled: true } });
    await openOptions();
    await click($('#reminders-enabled'));
    expect(permissions.isGranted('notifications')).toBe(false);
    expect(await readStored()).toMatchObject({ areRemindersEnabled: false });
    expectMessageBesideReminders('Reminders off. The extension gave back its right to show notifications.');
  });

  test('unticked while the browser\'s prompt is open, then allowed: reminders stay off and the permission goes back', async () => {
    permissions.isHoldingPrompts = true;
    await openOptions();
    await click($('#reminders-enabled'));
    await click($('#reminders-enabled'));
    expect(await readStored()).toMatchObject({ areRemindersEnabled: false });
    permissions.answerPrompts(true);
    await settle();
    expect(permissions.isGranted('notifications')).toBe(false);
    expect($('#reminders-enabled')?.checked).toBe(false);
    expectMessageBesideReminders('Reminders off. The extension gave back its right to show notifications.');
  });

  test('reset to defaults turns reminders off and gives the permission back, unless the organisation keeps them on', async () => {
    permissions.grant('notifications');
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, areRemindersEnabled: true } });
    await fakeBrowser.storage.local.set({ 'checklist.aside.mac': true, 'checklist.step.mac-remove-kaspersky': '12345678' });
    await openOptions();
    await click([...document.querySelectorAll('button')].find((button) => button.textContent === 'Reset to defaults')!);
    // Nothing is reset until the reader confirms: it also clears the ticked steps on this device.
    expect(await readStored()).toMatchObject({ areRemindersEnabled: true });
    await click([...document.querySelectorAll('button')].find((button) => button.textContent === 'Yes, reset')!);
    expect(await readStored()).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(['checklist.aside.mac', 'checklist.step.mac-remove-kaspersky'])).toEqual({});
    expect(permissions.isGranted('notifications')).toBe(false);

    render(null, document.body);
    permissions.grant('notifications');
    await fakeBrowser.storage.managed.set({ enableReminders: true });
    await openOptions();
    await click([...document.querySelectorAll('button')].find((button) => button.textContent === 'Reset to defaults')!);
    await click([...document.querySelectorAll('button')].find((button) => button.textContent === 'Yes, reset')!);
    expect(permissions.isGranted('notifications')).toBe(true);
  });

  test('on (from another synced device) but not allowed in this browser: a button asks for the permission', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, areRemindersEnabled: true } });
    await openOptions();
    expect($('#reminders-need-permission')?.textContent).toContain('Your browser has not said yes to notifications yet');
    await click($('#reminders-need-permission button'));
    expect(permissions.isGranted('notifications')).toBe(true);
    expect($('#reminders-need-permission')).toBeNull();
  });

  test('muted milestones are listed by title, and "Remind me again" takes one off the list', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, mutedMilestoneIds: ['au-removal-deadline', 'not-in-the-data'] } });
    await openOptions();
    expect($('#muted-reminders li')?.textContent).toContain('Australian government removal deadline');
    expect(document.querySelectorAll('#muted-reminders li')).toHaveLength(1);
    await click($('#muted-reminders button'));
    expect(await readStored()).toMatchObject({ mutedMilestoneIds: ['not-in-the-data'] });
    // Beside the list it was in: the list went away with its last entry.
    expect(shownMessages()).toEqual({ 'muted-reminders-save-state': 'You will be reminded about it again.' });
  });

  test('the keyboard moves to the next "Remind me again", and after the last one to the reminders checkbox', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, mutedMilestoneIds: ['au-removal-deadline', 'us-updates-end'] } });
    await openOptions();
    const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('#muted-reminders button')];
    expect(buttons()).toHaveLength(2);
    buttons()[0]!.focus();
    await click(buttons()[0]!);
    await settle();
    expect(buttons()).toHaveLength(1);
    expect(document.activeElement).toBe(buttons()[0]);
    await click(buttons()[0]!);
    await settle();
    expect($('#muted-reminders')).toBeNull();
    expect(document.activeElement?.id).toBe('reminders-enabled');
  });
});

describe('settings an organisation set', () => {
  test('a locked region, badge and reminders are shown as set by the organisation, and cannot be changed', async () => {
    await fakeBrowser.storage.managed.set({ region: 'de', lockRegion: true, showBadge: false, enableReminders: true });
    await openOptions();
    const region = document.querySelector<HTMLSelectElement>('select#region')!;
    expect([region.value, region.disabled]).toEqual(['de', true]);
    expect(region.getAttribute('aria-describedby')).toContain('region-managed');
    expect($('#region-managed')?.textContent).toBe('Set by your organization.');
    expect([$('#badge')?.checked, $('#badge')?.disabled]).toEqual([false, true]);
    expect([$('#reminders-enabled')?.checked, $('#reminders-enabled')?.disabled]).toEqual([true, true]);
    expect($('#reminders-managed')?.textContent).toBe('Set by your organization.');
    // On by policy, but only the user can let the browser show notifications.
    expect($('#reminders-need-permission button')?.textContent).toBe('Allow notifications');
    expect($('#region-suggested')).toBeNull();
  });

  test('an unlocked region is a suggestion: shown as the organisation\'s, and the user may choose another', async () => {
    await fakeBrowser.storage.managed.set({ region: 'nl' });
    await openOptions();
    const region = document.querySelector<HTMLSelectElement>('select#region')!;
    expect([region.value, region.disabled]).toEqual(['nl', false]);
    expect($('#region-suggested')?.textContent).toContain('Suggested by your organization.');
    region.value = 'it';
    region.dispatchEvent(new Event('change'));
    await settle();
    expect(await readStored()).toMatchObject({ region: 'it' });
  });

  test('a policy changed while the page is open applies at once', async () => {
    await openOptions();
    expect($('#badge')?.disabled).toBe(false);
    await fakeBrowser.storage.managed.set({ showBadge: true });
    await settle();
    expect($('#badge')?.disabled).toBe(true);
  });
});

describe('check this browser for Kaspersky extensions', () => {
  const installed = [
    { id: 'amkpcclbbgegoafihnpgomddadjhcadd', name: 'Kaspersky Protection', shortName: '', enabled: false, type: 'extension' },
    { id: 'gagkddgemihflblmpbcioikbdkkligik', name: 'Kaspersky Ban Status (unofficial, not by Kaspersky)', enabled: true, type: 'extension' },
    { id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', name: 'Kaspersky Password Manager', enabled: true, type: 'extension' },
    { id: 'cccccccccccccccccccccccccccccccc', name: 'Kaspersky Dark Theme', enabled: true, type: 'theme' },
    { id: 'dddddddddddddddddddddddddddddddd', name: 'uBlock Origin', enabled: true, type: 'extension' },
  ];
  let list = [...installed];

  beforeEach(() => {
    list = [...installed];
    fakeBrowser.runtime.id = 'gagkddgemihflblmpbcioikbdkkligik';
    const management = getOptionalApi('management');
    management['getAll'] = () => Promise.resolve(list);
    management['uninstall'] = (id: string) => {
      list = list.filter((item) => item.id !== id);
      return Promise.resolve();
    };
  });

  /** The names the check lists, from each entry's first line ("Kaspersky Protection, turned off"). */
  const foundNames = () => [...document.querySelectorAll('.found-extensions li')].map((item) => item.querySelector('strong')?.textContent.replace(/, turned (on|off)$/, ''));
  /** An entry's text as read before anything is opened: without its closed "Technical details". */
  const mainText = (item: Element) => [...item.childNodes].filter((node) => !(node instanceof HTMLDetailsElement)).map((node) => node.textContent).join(' ');

  test('asks in the click, lists Kaspersky\'s extensions with how each was recognised, and keeps the permission until done', async () => {
    await openOptions();
    await click($('#kaspersky-check > button'));
    expect(permissions.prompts).toBe(1);
    expect($('#check-result')?.textContent).toBe('Kaspersky extensions found in this browser: 2.');
    expect(foundNames()).toEqual(['Kaspersky Protection', 'Kaspersky Password Manager']);
    const [first, second] = [...document.querySelectorAll('.found-extensions li')];
    // In words first: the name and whether it is on, and how it was recognized; no id.
    expect(first!.querySelector('strong')?.textContent).toBe('Kaspersky Protection, turned off');
    expect(mainText(first!)).toContain("Recognized by its Chrome Web Store id, which public code lists as Kaspersky's.");
    expect(mainText(second!)).toContain('Recognized by “Kaspersky” in its name.');
    for (const item of [first!, second!]) expect(mainText(item)).not.toMatch(/[a-p]{32}/);
    // The id, for a helper who needs it, under "Technical details", closed at first.
    const details = first!.querySelector('details')!;
    expect([details.open, details.querySelector('summary')?.textContent]).toEqual([false, 'Technical details']);
    expect(details.textContent).toContain('Extension id: amkpcclbbgegoafihnpgomddadjhcadd');
    expect(permissions.isGranted('management')).toBe(true);

    await click([...document.querySelectorAll<HTMLButtonElement>('#kaspersky-check button')].find((button) => button.textContent.startsWith('Done'))!);
    await new Promise((done) => requestAnimationFrame(done));
    // The buttons went away with the list: focus is on the result, not lost.
    expect(document.activeElement?.id).toBe('check-result');
    expect(permissions.isGranted('management')).toBe(false);
    expect($('#check-result')?.textContent).toBe('The permission to see your extensions was given back.');
    expect(foundNames()).toEqual([]);
  });

  test('removing one (the browser confirms) lists the rest; removing the last gives the permission back', async () => {
    await openOptions();
    await click($('#kaspersky-check > button'));
    await click($('.found-actions button:last-child'));
    expect($('#check-result')?.textContent).toContain('Kaspersky Protection was removed.');
    expect(foundNames()).toEqual(['Kaspersky Password Manager']);
    await click($('.found-actions button:last-child'));
    expect($('#check-result')?.textContent).toContain('No Kaspersky extension is installed in this browser.');
    expect(permissions.isGranted('management')).toBe(false);
  });

  test('nothing found: says so, and the permission is back at once', async () => {
    list = installed.filter((item) => !item.name.startsWith('Kaspersky') || item.id === 'gagkddgemihflblmpbcioikbdkkligik');
    await openOptions();
    await click($('#kaspersky-check > button'));
    expect($('#check-result')?.textContent).toBe('No Kaspersky extension is installed in this browser. The permission to see your extensions was given back.');
    expect(permissions.isGranted('management')).toBe(false);
  });

  test('declined: nothing is read', async () => {
    permissions.answer = false;
    list = [];
    getOptionalApi('management')['getAll'] = () => Promise.reject(new Error('must not be read'));
    await openOptions();
    await click($('#kaspersky-check > button'));
    expect($('#check-result')?.textContent).toBe('Your browser did not allow the check, so nothing was read.');
  });

  test('in Firefox, which lets no extension open about:addons or remove another, it says where to go instead', async () => {
    const getURL = fakeBrowser.runtime.getURL.bind(fakeBrowser.runtime);
    fakeBrowser.runtime.getURL = (path: string) => `moz-extension://5f2c7e0a-0000-4000-8000-000000000000/${path}`;
    try {
      await openOptions();
      await click($('#kaspersky-check > button'));
      expect(foundNames()).toEqual(['Kaspersky Protection', 'Kaspersky Password Manager']);
      expect(document.querySelectorAll('.found-actions')).toHaveLength(0);
      expect($('.found-extensions li')?.textContent).toContain('To turn it off or remove it, open about:addons in the address bar.');
    } finally {
      fakeBrowser.runtime.getURL = getURL;
    }
  });

  test('the honest limit and the device steps are there, each with its source', async () => {
    await openOptions();
    const section = $('#kaspersky-check')!;
    expect(section.textContent).toContain('it cannot see programs installed on your device');
    const links = [...section.querySelectorAll('a')].map((link) => new URL(link.href).host);
    expect(links).toEqual(['developer.chrome.com', 'learn.microsoft.com', 'support.microsoft.com', 'support.apple.com', 'support.google.com']);
  });
});

describe('quick changes', () => {
  test('three changes made at once all stay on screen while storage reports them one by one', async () => {
    await openOptions();
    // Each write takes a turn of the event loop, as a real browser's does, so the page renders
    // between storage's reports.
    const write = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      await new Promise((done) => setTimeout(done, 0));
      await write(items);
    });
    const shown = () => ({
      theme: document.querySelector<HTMLInputElement>('input[name="theme"]:checked')?.value,
      isBadgeShown: $('#badge')?.checked,
      language: document.querySelector<HTMLSelectElement>('select#language')?.value,
    });
    const chosen = { theme: 'dark', isBadgeShown: false, language: 'id' };
    const seen: ReturnType<typeof shown>[] = [];
    await act(() => {
      $('input[name="theme"][value="dark"]')!.click();
      $('#badge')!.click();
      const language = document.querySelector<HTMLSelectElement>('select#language')!;
      language.value = 'id';
      language.dispatchEvent(new Event('change'));
    });
    for (let turn = 0; turn < 20; turn += 1) {
      seen.push(shown());
      await act(async () => {
        await new Promise((done) => setTimeout(done, 0));
      });
    }
    expect(seen.filter((state) => JSON.stringify(state) !== JSON.stringify(chosen))).toEqual([]);
    expect(await readStored()).toMatchObject(chosen);
    expect(document.documentElement.lang).toBe('id');
  });
});

describe("the popup's remembered first paint", () => {
  test('stays while the options page shows the same inputs, and goes when the reader changes what the popup shows', async () => {
    const { startPopup } = await import('../../src/ui/start-popup');
    const { parseStatusPageQuery } = await import('../../src/core/status-page');
    await startPopup(parseStatusPageQuery(''), 'test');
    await settle();
    // The popup closes: what it showed is remembered.
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(localStorage.getItem('firstPaint.popup')).not.toBeNull();
    render(null, document.body);
    await openOptions();
    expect(localStorage.getItem('firstPaint.popup')).not.toBeNull();
    const region = document.querySelector<HTMLSelectElement>('select#region')!;
    region.value = 'de';
    region.dispatchEvent(new Event('change'));
    await settle();
    expect(localStorage.getItem('firstPaint.popup')).toBeNull();
  });
});
