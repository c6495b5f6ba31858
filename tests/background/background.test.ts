import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { eventually, readAlarms, readToolbar, requestUpdate, startWorker, useBrowserMessages } from '../support/background-harness';
import { installFakeOptionalPermissions } from '../support/fake-optional-permissions';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { UPDATE_ALARM_NAME } = await import('../../src/platform/alarms');
const { SETTINGS_STORAGE_KEY } = await import('../../src/platform/settings-store');
const { DEFAULT_SETTINGS } = await import('../../src/core/settings');

/** Forgets what the start-up update drew, so a test sees only what a later event does. */
async function clearToolbar(): Promise<void> {
  await fakeBrowser.action.setBadgeText({ text: 'old' });
  await fakeBrowser.action.setTitle({ title: 'old' });
  await fakeBrowser.alarms.clearAll();
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterAll(() => {
  vi.useRealTimers();
});

beforeEach(() => {
  fakeBrowser.reset();
  installFakeOptionalPermissions();
  useBrowserMessages();
});

describe('background', () => {
  test('every start of the worker updates the badge (re-enabling the extension fires no other event)', async () => {
    await startWorker('2024-09-01T12:00:00Z');
    expect((await readToolbar()).text).toBe('27d');
    expect(await readAlarms()).toHaveLength(1);
  });

  test('on install it shows the countdown and sets one one-shot alarm at the next change', async () => {
    await startWorker('2024-09-01T12:00:00Z');
    await clearToolbar();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await eventually(async () =>
      expect(await readToolbar()).toEqual({
        text: '27d',
        backgroundColor: [227, 116, 0, 255],
        title: "United States: Kaspersky's updates in the U.S. end on September 28, 2024 at 9:00 PM PDT. You still have steps to do on this device.",
      }),
    );
    // September 1, 5:00 AM in Los Angeles: 27 days to September 28 until the next midnight there.
    expect(await readAlarms()).toEqual([{ name: UPDATE_ALARM_NAME, scheduledTime: '2024-09-02T07:00:00.000Z', periodInMinutes: undefined }]);
  });

  test('when the alarm fires at the cut-off the badge flips to critical', async () => {
    await startWorker('2024-09-29T03:00:00Z');
    await clearToolbar();
    vi.setSystemTime(new Date('2024-09-29T03:30:00Z'));
    await fakeBrowser.runtime.onStartup.trigger();
    await eventually(async () => expect((await readAlarms())[0]?.scheduledTime).toBe('2024-09-29T04:00:00.000Z'));
    expect((await readToolbar()).text).toBe('1h');

    vi.setSystemTime(new Date('2024-09-29T04:00:00Z'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: UPDATE_ALARM_NAME, scheduledTime: Date.now(), persistAcrossSessions: true });
    await eventually(async () => expect(await readToolbar()).toMatchObject({ text: '!', backgroundColor: [197, 34, 31, 255] }));
    expect(await readAlarms()).toEqual([{ name: UPDATE_ALARM_NAME, scheduledTime: '2024-10-07T07:00:00.000Z', periodInMinutes: undefined }]);
  });

  test('another alarm name does not trigger an update', async () => {
    await startWorker('2024-09-01T12:00:00Z');
    await clearToolbar();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: Date.now(), persistAcrossSessions: true });
    // Give a wrongly triggered update every chance to land before checking that none did.
    await new Promise((done) => setTimeout(done, 50));
    expect((await readToolbar()).text).toBe('old');
    expect(await readAlarms()).toEqual([]);
  });

  test('a region chosen in options is followed at once', async () => {
    await startWorker('2024-09-01T12:00:00Z');
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { version: 1, region: 'de' } });
    await eventually(async () => expect((await readToolbar()).title).toMatch(/^Germany: /));
    expect(await readToolbar()).toMatchObject({ text: '!', backgroundColor: [227, 116, 0, 255] });
  });

  test('broken stored settings are repaired and the badge is still right', async () => {
    await startWorker('2024-09-01T12:00:00Z');
    await clearToolbar();
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { region: 42, junk: 'x'.repeat(10_000) } });
    await eventually(async () =>
      expect(await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY)).toEqual({ [SETTINGS_STORAGE_KEY]: DEFAULT_SETTINGS }),
    );
    await eventually(async () => expect((await readToolbar()).text).toBe('27d'));
  });

  test('the update is idempotent: running it again changes nothing', async () => {
    await startWorker('2024-09-01T12:00:00Z');
    const first = { toolbar: await readToolbar(), alarms: await readAlarms() };
    await requestUpdate();
    await requestUpdate();
    expect({ toolbar: await readToolbar(), alarms: await readAlarms() }).toEqual(first);
  });

  test('after the last change ahead, no alarm is left', async () => {
    await startWorker('2024-09-01T12:00:00Z');
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    await requestUpdate();
    expect(await readAlarms()).toEqual([]);
    expect((await readToolbar()).text).toBe('!');
  });

  test('with the badge turned off there is no text, but the tooltip stays', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, isBadgeShown: false } });
    await startWorker('2024-09-01T12:00:00Z');
    expect(await readToolbar()).toMatchObject({ text: '', title: expect.stringMatching(/^United States: .*September 28, 2024 at 9:00 PM PDT/) as unknown });
  });

  test('the language chosen in options applies to the tooltip, whatever the browser language', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, language: 'id', region: 'us' } });
    await startWorker('2024-09-01T12:00:00Z');
    expect((await readToolbar()).title).toBe(
      'Amerika Serikat: Pembaruan Kaspersky di AS berakhir pada 28 September 2024 pukul 21.00 PDT. Masih ada langkah yang perlu dilakukan di perangkat ini.',
    );
  });

  test('if storage cannot be read, the defaults still give a right badge', async () => {
    const workingGet = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    fakeBrowser.storage.sync.get = () => Promise.reject(new Error('storage is broken'));
    try {
      await startWorker('2024-09-01T12:00:00Z');
      expect((await readToolbar()).text).toBe('27d');
    } finally {
      fakeBrowser.storage.sync.get = workingGet;
    }
  });

  test('a settings change is drawn at once while the first policy read of the session is still slow', async () => {
    const readPolicy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => undefined));
    try {
      // Not awaited: the start-up update waits for the policy read, which never answers here.
      void startWorker('2024-09-01T12:00:00Z');
      await eventually(async () => expect((await readToolbar()).text).toBe('27d'));
      await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, region: 'id' } });
      await eventually(async () => expect(await readToolbar()).toMatchObject({ text: '', title: expect.stringMatching(/^Indonesia: /) as unknown }));
    } finally {
      readPolicy.mockRestore();
    }
  });

  test("the popup's own writes (open sections, ticked steps) do not run an update", async () => {
    await startWorker('2024-09-01T12:00:00Z');
    await clearToolbar();
    await fakeBrowser.storage.local.set({ popupState: { openSections: [], checkedSteps: ['remove-windows'] } });
    // Give a wrongly triggered update every chance to land before checking that none did.
    await new Promise((done) => setTimeout(done, 50));
    expect((await readToolbar()).text).toBe('old');
  });
});
