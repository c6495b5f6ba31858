import { browser } from './browser';

/**
 * The one alarm this extension ever sets: a one-shot wake-up at the next visible change, of the
 * badge or a reminder. Named when it only served the badge, and kept: an installed copy's pending
 * alarm carries over an update under this name.
 */
export const UPDATE_ALARM_NAME = 'update-badge';

/**
 * Replaces the update alarm with one at `at`, or removes it when nothing will change.
 * Chrome fires an alarm no sooner than 30 s after it is set
 * (https://developer.chrome.com/docs/extensions/reference/api/alarms), so a change shows within a minute.
 */
export async function scheduleUpdateAt(at: Date | undefined): Promise<void> {
  if (at === undefined) {
    await browser.alarms.clear(UPDATE_ALARM_NAME);
    return;
  }
  await browser.alarms.create(UPDATE_ALARM_NAME, { when: at.getTime() });
}

export function onUpdateAlarm(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM_NAME) listener();
  });
}
