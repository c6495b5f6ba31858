import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseMilestone, type Milestone } from '../../src/core/milestone';
import { MILESTONES } from '../../src/core/milestones';
import { eventually, readAlarms, readToolbar, startWorker, useBrowserMessages, waitForUpdates } from '../support/background-harness';
import { getOptionalApi, installFakeOptionalPermissions, type FakeOptionalPermissions } from '../support/fake-optional-permissions';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

/**
 * The data the worker ships: each start of the worker is given `data.milestones`, so a test can
 * install an "update" that changes the facts between two starts.
 */
const data: { milestones: readonly Milestone[]; readonly bundled: readonly Milestone[] } = { milestones: MILESTONES, bundled: MILESTONES };

const { SETTINGS_STORAGE_KEY } = await import('../../src/platform/settings-store');
const { DEFAULT_SETTINGS } = await import('../../src/core/settings');
const { KNOWN_FACTS_STORAGE_KEY, READ_FACTS_STORAGE_KEY } = await import('../../src/platform/fact-snapshot-store');
const { REMINDER_LOG_STORAGE_KEY } = await import('../../src/platform/reminder-log-store');

/** The Australian removal deadline moved to 2027-04-01 00:00 in Sydney, announced 2027-02-21. */
function withFutureDeadline(milestones: readonly Milestone[], when = '2027-04-01T00:00:00+11:00'): Milestone[] {
  return milestones.map((milestone) => (milestone.id === 'au-removal-deadline' ? parseMilestone({ ...milestone, when, announced: '2027-02-21T00:00:00+11:00' }) : milestone));
}

/**
 * The worker runs in the tests' zone, Los Angeles, where April 1 begins 18 hours after it began in
 * Sydney: a date's reminders wait for the reader's own calendar (midnight there, 07:00Z), so that
 * they read "in 7 days", "tomorrow" and "today".
 */
const DEADLINE = '2027-04-01T07:00:00.000Z';
const WEEK_BEFORE = '2027-03-25T07:00:00.000Z';
const DAY_BEFORE = '2027-03-31T07:00:00.000Z';
/** The next step of the badge's countdown after the 7-day reminder: the next midnight in Los Angeles. */
const COUNTDOWN_STEP_AFTER_WEEK_BEFORE = '2027-03-26T07:00:00.000Z';
const ON_IN_AUSTRALIA = { ...DEFAULT_SETTINGS, region: 'au', areRemindersEnabled: true } as const;

let permissions: FakeOptionalPermissions;

async function storeSettings(settings: object): Promise<void> {
  await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: settings });
}

/** What the user sees: every notification on screen, by id, with its text (also while the API is hidden). */
function readNotifications() {
  const notifications = getOptionalApi('notifications') as unknown as typeof fakeBrowser.notifications;
  return Object.fromEntries(
    Object.entries(notifications.getAllCreateOptions()).map(([id, { title, message, buttons }]) => [id, { title, message, buttons: buttons?.map((button) => button.title) }]),
  );
}

async function fireAlarmAt(instant: string): Promise<void> {
  vi.setSystemTime(new Date(instant));
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'update-badge', scheduledTime: Date.now(), persistAcrossSessions: true });
  await waitForUpdates();
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterAll(() => {
  vi.useRealTimers();
});

beforeEach(() => {
  fakeBrowser.reset();
  permissions = installFakeOptionalPermissions();
  useBrowserMessages();
  data.milestones = withFutureDeadline(data.bundled);
});

describe('reminders', () => {
  test('off by default: nothing is shown and no permission is held', async () => {
    await storeSettings({ ...DEFAULT_SETTINGS, region: 'au' });
    await startWorker(DAY_BEFORE, data.milestones);
    expect(permissions.isGranted('notifications')).toBe(false);
    expect(await fakeBrowser.storage.local.get(REMINDER_LOG_STORAGE_KEY)).toEqual({});
  });

  test('on: 7 days before the deadline, one notification in the reader\'s words, with its mute button', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-25T00:00:00Z', data.milestones);
    expect(readNotifications()).toEqual({});
    // The reminder falls on a step of the badge's countdown, like every reminder before a deadline.
    expect(await readAlarms()).toEqual([{ name: 'update-badge', scheduledTime: WEEK_BEFORE, periodInMinutes: undefined }]);

    await fireAlarmAt(WEEK_BEFORE);
    expect(readNotifications()).toEqual({
      'reminder/au-removal-deadline/week-before': {
        title: 'Coming up: Australian government removal deadline',
        message: 'Australia: April 1, 2027 (time of day not stated), in 7 days. Open it for what it means and its sources.',
        buttons: ["Don't remind me about this"],
      },
    });
    expect((await readAlarms())[0]?.scheduledTime).toBe(COUNTDOWN_STEP_AFTER_WEEK_BEFORE);
  });

  test('each reminder shows once: the same instant again, or a restart, shows nothing more', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-30T12:00:00Z', data.milestones);
    await fireAlarmAt(DAY_BEFORE);
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/day-before']);
    await fakeBrowser.notifications.clear('reminder/au-removal-deadline/day-before');

    await fireAlarmAt(DAY_BEFORE);
    await startWorker('2027-03-31T09:00:00Z', data.milestones);
    await fakeBrowser.runtime.onStartup.trigger();
    await waitForUpdates();
    expect(readNotifications()).toEqual({});
  });

  test('closed across a reminder: shown at the next start if under 24 hours late, dropped after', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-20T00:00:00Z', data.milestones);
    await startWorker('2027-03-26T06:59:00Z', data.milestones);
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/week-before']);

    await fakeBrowser.notifications.clear('reminder/au-removal-deadline/week-before');
    await startWorker(DEADLINE, data.milestones);
    // The 1-day reminder (24 h late exactly) is dropped; the deadline itself is due now.
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/at']);
  });

  test('turning reminders on does not replay the day before: only what falls due from then on', async () => {
    await storeSettings({ ...ON_IN_AUSTRALIA, areRemindersEnabled: false });
    await startWorker('2027-03-25T20:00:00Z', data.milestones);
    // As the options page does in the click: ask for the permission, save the choice.
    await fakeBrowser.permissions.request({ permissions: ['notifications'] });
    await storeSettings(ON_IN_AUSTRALIA);
    await waitForUpdates();
    expect(readNotifications()).toEqual({});
    expect((await readAlarms())[0]?.scheduledTime).toBe(COUNTDOWN_STEP_AFTER_WEEK_BEFORE);
    await fireAlarmAt(DAY_BEFORE);
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/day-before']);
  });

  test('"Don\'t remind me about this" mutes the milestone, clears the notification, and its next reminder never comes', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker(WEEK_BEFORE, data.milestones);
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/week-before']);
    await fakeBrowser.notifications.onButtonClicked.trigger('reminder/au-removal-deadline/week-before', 0);
    await eventually(async () =>
      expect(await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY)).toEqual({ [SETTINGS_STORAGE_KEY]: { ...ON_IN_AUSTRALIA, mutedMilestoneIds: ['au-removal-deadline'] } }),
    );
    await waitForUpdates();
    expect(readNotifications()).toEqual({});
    await fireAlarmAt(DAY_BEFORE);
    expect(readNotifications()).toEqual({});
  });

  test('in Firefox, which has no notification buttons, the reminder shows without one and a click still opens it', async () => {
    const getURL = fakeBrowser.runtime.getURL.bind(fakeBrowser.runtime);
    fakeBrowser.runtime.getURL = (path: string) => `moz-extension://test-extension-uuid/${path.replace(/^\//, '')}`;
    try {
      permissions.grant('notifications');
      await storeSettings(ON_IN_AUSTRALIA);
      await startWorker(WEEK_BEFORE, data.milestones);
      expect(readNotifications()).toEqual({
        'reminder/au-removal-deadline/week-before': {
          title: 'Coming up: Australian government removal deadline',
          message: 'Australia: April 1, 2027 (time of day not stated), in 7 days. Open it for what it means and its sources.',
          buttons: undefined,
        },
      });
      await fakeBrowser.notifications.onClicked.trigger('reminder/au-removal-deadline/week-before');
      await eventually(async () => expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(
        'moz-extension://test-extension-uuid/src/popup.html?view=tab&milestone=au-removal-deadline',
      ));
    } finally {
      fakeBrowser.runtime.getURL = getURL;
    }
  });

  test('a click opens the status page about that milestone in a tab, and clears the notification', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker(WEEK_BEFORE, data.milestones);
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/week-before']);
    await fakeBrowser.notifications.onClicked.trigger('reminder/au-removal-deadline/week-before');
    await eventually(async () => expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(
      'chrome-extension://test-extension-id/src/popup.html?view=tab&milestone=au-removal-deadline',
    ));
    expect(readNotifications()).toEqual({});
  });

  test('without the browser\'s permission (a synced device that never granted it) nothing is shown', async () => {
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-24T12:00:00Z', data.milestones);
    await fireAlarmAt(WEEK_BEFORE);
    expect(fakeBrowser.notifications).toBeUndefined();
    expect(readNotifications()).toEqual({});
  });

  test('granted later, in another page: reminders count from the grant, so an alarm that fires late still brings the one due', async () => {
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-25T06:00:00Z', data.milestones);
    // No alarm and no settings change: only the browser's permissions.onAdded tells the worker.
    vi.setSystemTime(new Date('2027-03-25T06:30:00Z'));
    permissions.grant('notifications');
    // Polls the stored log only: waitForUpdates would run an update itself.
    await eventually(async () => {
      expect((await fakeBrowser.storage.local.get(REMINDER_LOG_STORAGE_KEY))[REMINDER_LOG_STORAGE_KEY]).toMatchObject({ since: expect.stringMatching(/^2027-03-25T06:30:/) as unknown });
    });
    // The device slept through 07:00; counted from the alarm itself, the reminder would be lost.
    await fireAlarmAt('2027-03-25T07:20:00Z');
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/week-before']);
  });

  test('granted while the worker runs: a click on the reminder it then shows is heard', async () => {
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-24T12:00:00Z', data.milestones);
    permissions.grant('notifications');
    await waitForUpdates();
    await fireAlarmAt(WEEK_BEFORE);
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/week-before']);
    await fakeBrowser.notifications.onClicked.trigger('reminder/au-removal-deadline/week-before');
    await eventually(async () => expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(
      'chrome-extension://test-extension-id/src/popup.html?view=tab&milestone=au-removal-deadline',
    ));
    await fakeBrowser.notifications.onButtonClicked.trigger('reminder/au-removal-deadline/week-before', 0);
    await eventually(async () =>
      expect(await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY)).toEqual({ [SETTINGS_STORAGE_KEY]: { ...ON_IN_AUSTRALIA, mutedMilestoneIds: ['au-removal-deadline'] } }),
    );
  });

  test('turned off on another synced device: the permission is given back here too', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-01T00:00:00Z', data.milestones);
    await storeSettings({ ...ON_IN_AUSTRALIA, areRemindersEnabled: false });
    await vi.waitFor(() => {
      expect(permissions.isGranted('notifications')).toBe(false);
    });
  });

  test('a reminder the browser failed to show is not counted as shown: it comes at the next update', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-24T12:00:00Z', data.milestones);
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeBrowser.notifications.create = () => Promise.reject(new Error('Notifications are blocked'));
    try {
      await fireAlarmAt(WEEK_BEFORE);
      expect(readNotifications()).toEqual({});
      expect((await fakeBrowser.storage.local.get(REMINDER_LOG_STORAGE_KEY))[REMINDER_LOG_STORAGE_KEY]).toMatchObject({ shown: {} });
    } finally {
      fakeBrowser.notifications.create = create;
      warn.mockRestore();
    }
    await fireAlarmAt('2027-03-25T08:00:00Z');
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/week-before']);
  });

  test('a browser update (or the extension updated without new facts) brings no notification', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-24T14:00:00Z', data.milestones);
    for (const reason of ['chrome_update', 'browser_update', 'update'] as const) {
      await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.1.0' } as Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0]);
      await waitForUpdates();
    }
    await startWorker('2027-03-24T15:00:00Z', data.milestones);
    expect(readNotifications()).toEqual({});
  });

  test('a clock before the data was reviewed is wrong: no reminders of long-past milestones', async () => {
    data.milestones = data.bundled;
    permissions.grant('notifications');
    await storeSettings({ ...ON_IN_AUSTRALIA, region: 'us' });
    await startWorker('2024-09-22T04:00:00Z', data.milestones);
    await fireAlarmAt('2024-09-29T04:00:00Z');
    expect(readNotifications()).toEqual({});
    expect((await readToolbar()).text).toBe('!');
  });
});

describe('an extension update that changes the facts', () => {
  /** The browser ran the old data once, then installs the new data and starts the new worker. */
  async function updateAcross(before: readonly Milestone[], after: readonly Milestone[], at: string): Promise<void> {
    data.milestones = before;
    await startWorker(at, data.milestones);
    data.milestones = after;
    await startWorker(at, data.milestones);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await waitForUpdates();
  }

  test('one notification says what changed for the reader\'s region, once', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await updateAcross(withFutureDeadline(data.bundled), withFutureDeadline(data.bundled, '2027-04-02T00:00:00+11:00'), '2027-03-01T00:00:00Z');
    expect(readNotifications()).toEqual({
      'facts-changed': {
        title: 'Facts updated for Australia',
        message: 'Australian government removal deadline: date corrected. Open it to see what changed and the sources.',
        buttons: undefined,
      },
    });
    await fakeBrowser.notifications.clear('facts-changed');
    await startWorker('2027-03-01T01:00:00Z', data.milestones);
    expect(readNotifications()).toEqual({});
  });

  test('an update the day a reminder was shown says what changed, and does not repeat that reminder; a moved date re-arms it', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-30T12:00:00Z', data.milestones);
    await fireAlarmAt(DAY_BEFORE);
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/day-before']);
    await fakeBrowser.notifications.clear('reminder/au-removal-deadline/day-before');

    const withSource = withFutureDeadline(data.bundled).map((milestone): Milestone =>
      milestone.id === 'au-removal-deadline' ? { ...milestone, sources: [...milestone.sources, { ...milestone.sources[0], url: 'https://www.homeaffairs.gov.au/example' }] } : milestone,
    );
    await updateAcross(data.milestones, withSource, '2027-03-31T08:00:00Z');
    expect(Object.keys(readNotifications())).toEqual(['facts-changed']);
    await fakeBrowser.notifications.clear('facts-changed');

    const moved = withFutureDeadline(withSource, '2027-04-02T00:00:00+11:00');
    await updateAcross(withSource, moved, '2027-03-31T09:00:00Z');
    await fakeBrowser.notifications.clear('facts-changed');
    // April 2 in Sydney: its day before begins at midnight on April 1 in Los Angeles.
    await fireAlarmAt('2027-04-01T07:00:00Z');
    expect(Object.keys(readNotifications())).toEqual(['reminder/au-removal-deadline/day-before']);
  });

  test('a deadline added by an update, whose 1-day reminder was 12 hours ago, is told once as added, not also as a reminder', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    const withoutDeadline = withFutureDeadline(data.bundled).filter((milestone) => milestone.id !== 'au-removal-deadline');
    // Reminders on for days already, so the 1-day instant (2027-03-31T07:00Z) falls after they were turned on.
    data.milestones = withoutDeadline;
    await startWorker('2027-03-29T00:00:00Z', data.milestones);
    await updateAcross(withoutDeadline, withFutureDeadline(data.bundled), '2027-03-31T19:00:00Z');
    expect(readNotifications()).toEqual({
      'facts-changed': {
        title: 'Facts updated for Australia',
        message: 'Australian government removal deadline: added. Open it to see what changed and the sources.',
        buttons: undefined,
      },
    });
  });

  test('a change in another region, or only in wording, says nothing', async () => {
    permissions.grant('notifications');
    await storeSettings({ ...ON_IN_AUSTRALIA, region: 'de' });
    await updateAcross(withFutureDeadline(data.bundled), withFutureDeadline(data.bundled, '2027-04-02T00:00:00+11:00'), '2027-03-01T00:00:00Z');
    expect(readNotifications()).toEqual({});
    await storeSettings(ON_IN_AUSTRALIA);
    const reworded = data.milestones.map((milestone) => ({ ...milestone, text: { ...milestone.text, summary: milestone.text.title } }));
    await updateAcross(data.milestones, reworded, '2027-03-01T00:00:00Z');
    expect(readNotifications()).toEqual({});
  });

  test('with reminders off nothing is shown, and turning them on later does not bring up the old change', async () => {
    // Held but off: as for a moment while the options page saves "on" after the grant.
    permissions.grant('notifications');
    await storeSettings({ ...ON_IN_AUSTRALIA, areRemindersEnabled: false });
    const after = withFutureDeadline(data.bundled, '2027-04-02T00:00:00+11:00');
    await updateAcross(withFutureDeadline(data.bundled), after, '2027-03-01T00:00:00Z');
    expect(readNotifications()).toEqual({});
    await storeSettings(ON_IN_AUSTRALIA);
    await waitForUpdates();
    expect(readNotifications()).toEqual({});
  });

  test('the first install remembers the facts, for the popup\'s "Updated" note too, and says nothing', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-01T00:00:00Z', data.milestones);
    const stored = await fakeBrowser.storage.local.get([KNOWN_FACTS_STORAGE_KEY, READ_FACTS_STORAGE_KEY]);
    expect(Object.keys(stored[KNOWN_FACTS_STORAGE_KEY] as object)).toEqual(data.milestones.map((milestone) => milestone.id));
    expect(stored[READ_FACTS_STORAGE_KEY]).toEqual(stored[KNOWN_FACTS_STORAGE_KEY]);
    expect(readNotifications()).toEqual({});
  });
});

describe('enterprise policy', () => {
  test('reminders turned off by policy give the permission back, whatever the user chose', async () => {
    permissions.grant('notifications');
    await storeSettings(ON_IN_AUSTRALIA);
    await startWorker('2027-03-24T12:00:00Z', data.milestones);
    await fakeBrowser.storage.managed.set({ enableReminders: false });
    await vi.waitFor(() => {
      expect(permissions.isGranted('notifications')).toBe(false);
    });
    await fireAlarmAt(WEEK_BEFORE);
    expect(fakeBrowser.notifications).toBeUndefined();
  });

  test('a locked region and a hidden badge apply at once, and invalid values are ignored with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await storeSettings({ ...DEFAULT_SETTINGS, region: 'us' });
    await fakeBrowser.storage.managed.set({ region: 'de', lockRegion: true, showBadge: 'no' });
    await startWorker('2027-03-01T00:00:00Z', data.milestones);
    expect(await readToolbar()).toMatchObject({ text: '!', title: expect.stringMatching(/^Germany: /) as unknown });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/"showBadge" ignored/));
    warn.mockRestore();

    await fakeBrowser.storage.managed.set({ showBadge: false });
    await eventually(async () => expect((await readToolbar()).text).toBe(''));
  });
});

describe('a slow first policy read (Chromium takes seconds at the start of a session)', () => {
  test('the toolbar is drawn at once from the policy as last read, then follows the real one', async () => {
    const { POLICY_CACHE_STORAGE_KEY } = await import('../../src/platform/policy-store');
    await storeSettings({ ...DEFAULT_SETTINGS, region: 'us' });
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_STORAGE_KEY]: { region: 'de', lockRegion: true } });
    let answerPolicy: (policy: Record<string, unknown>) => void = () => undefined;
    const readManaged = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    fakeBrowser.storage.managed.get = () => new Promise<Record<string, unknown>>((resolve) => (answerPolicy = resolve));
    try {
      vi.setSystemTime(new Date('2027-03-01T00:00:00Z'));
      vi.resetModules();
      await import('../../src/background');
      await eventually(async () => expect((await readToolbar()).title).toMatch(/^Germany: /));

      answerPolicy({});
      await eventually(async () => expect((await readToolbar()).title).toMatch(/^United States: /));
      expect(await fakeBrowser.storage.local.get(POLICY_CACHE_STORAGE_KEY)).toEqual({ [POLICY_CACHE_STORAGE_KEY]: {} });
    } finally {
      fakeBrowser.storage.managed.get = readManaged;
    }
  });
});

describe('the browser check\'s permission', () => {
  test('left behind by a closed options page, it is given back at the next browser start', async () => {
    permissions.grant('management');
    await startWorker('2027-03-01T00:00:00Z', data.milestones);
    expect(permissions.isGranted('management')).toBe(true);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => {
      expect(permissions.isGranted('management')).toBe(false);
    });
  });
});
