// @vitest-environment happy-dom
import { parseMilestone } from '../../src/core/milestone';
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { takeFactSnapshot } from '../../src/core/milestone-facts';
import { MILESTONES } from '../../src/core/milestones';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parseStatusPageQuery } from '../../src/core/status-page';
import { useBrowserMessages } from '../support/background-harness';
import { installFakeOptionalPermissions } from '../support/fake-optional-permissions';
import { readBodyWithoutFirstPaintMarks } from '../support/first-paint-body';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { startPopup } = await import('../../src/ui/start-popup');
const { showRememberedPopup } = await import('../../src/ui/first-paint');
const { SETTINGS_STORAGE_KEY } = await import('../../src/platform/settings-store');
const { READ_FACTS_STORAGE_KEY } = await import('../../src/platform/fact-snapshot-store');

async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await act(async () => {
      await new Promise((done) => setTimeout(done, 0));
    });
  }
}

/** The popup closes (or its tab is hidden): the browser reports the page hidden. */
function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

async function openPopup(search = ''): Promise<void> {
  await startPopup(parseStatusPageQuery(search), 'test');
  // The first page of a run also loads its language file.
  await vi.waitFor(async () => {
    await settle();
    if (!document.querySelector('#headline')) throw new Error('The popup did not render');
  });
}

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);

beforeEach(async () => {
  fakeBrowser.reset();
  installFakeOptionalPermissions();
  useBrowserMessages();
  await fakeBrowser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, region: 'us' } });
});

afterEach(() => {
  render(null, document.body);
  localStorage.clear();
});

describe('"Updated" note', () => {
  test('after an update that corrected a date and added a source for the region: both listed until marked as read', async () => {
    const before = takeFactSnapshot(
      MILESTONES.map((milestone) =>
        milestone.id === 'us-new-sales-end'
          ? parseMilestone({ ...milestone, when: '2024-07-21T00:00:00-04:00' })
          : milestone.id === 'us-updates-end'
            ? { ...milestone, sources: [milestone.sources[0]] }
            : milestone,
      ),
    );
    await fakeBrowser.storage.local.set({ [READ_FACTS_STORAGE_KEY]: before });
    await openPopup();
    expect([...document.querySelectorAll('#updated-note li')].map((item) => item.textContent)).toEqual([
      'New sales end: date corrected',
      'Kaspersky updates end for U.S. users: new source',
    ]);
    $('#updated-note button')!.click();
    await settle();
    expect($('#updated-note')).toBeNull();
    // The note went away: focus is on the headline, not lost.
    expect(document.activeElement?.id).toBe('headline');
    expect((await fakeBrowser.storage.local.get(READ_FACTS_STORAGE_KEY))[READ_FACTS_STORAGE_KEY]).toEqual(takeFactSnapshot(MILESTONES));
  });

  test('nothing when the facts are as last seen, or when only another region changed', async () => {
    const otherRegionChanged = takeFactSnapshot(MILESTONES.map((milestone) => (milestone.id === 'de-bsi-warning' ? parseMilestone({ ...milestone, when: '2022-03-16T00:00:00+01:00' }) : milestone)));
    await fakeBrowser.storage.local.set({ [READ_FACTS_STORAGE_KEY]: otherRegionChanged });
    await openPopup();
    expect($('#updated-note')).toBeNull();
  });
});

describe('the status page a reminder opened', () => {
  test('names the milestone and mutes it on request', async () => {
    await openPopup('?view=tab&milestone=us-updates-end');
    expect($('#reminder-banner')?.textContent).toContain('You opened a reminder about “Kaspersky updates end for U.S. users”.');
    expect($('#reminder-banner [role="status"]')?.textContent).toBe('');
    $('#reminder-banner button')!.click();
    await settle();
    await new Promise((done) => requestAnimationFrame(done));
    expect($('#reminder-banner [role="status"]')?.textContent).toContain('You will not be reminded about this again.');
    expect(document.activeElement).toBe($('#reminder-banner [role="status"]'));
    expect((await fakeBrowser.storage.sync.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]).toMatchObject({ mutedMilestoneIds: ['us-updates-end'] });
  });

  test('the toolbar popup has no banner, and an unknown milestone in the address shows none', async () => {
    await openPopup();
    expect($('#reminder-banner')).toBeNull();
    render(null, document.body);
    await openPopup('?view=tab&milestone=not-a-milestone');
    expect($('#reminder-banner')).toBeNull();
  });
});

describe('Add to calendar', () => {
  test('hands an .ics file of the region\'s milestones to the downloads, and says its name', async () => {
    const downloads: { name: string; text: Promise<string> }[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      downloads.push({ name: '', text: (blob as Blob).text() });
      return 'blob:calendar';
    });
    const clickedNames: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clickedNames.push(this.download);
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-09-01T12:00:00Z'));
    try {
      await openPopup();
      [...document.querySelectorAll('button')].find((button) => button.textContent === 'Add to calendar (.ics)')!.click();
      // The calendar code loads on demand.
      await vi.waitFor(() => {
        expect($('.calendar [role="status"]')?.textContent).not.toBe('');
      });
      expect(clickedNames).toEqual(['kaspersky-milestones-us.ics']);
      expect(await downloads[0]!.text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*DTSTART:20240929T040000Z\r\n[\s\S]*END:VCALENDAR\r\n$/);
      expect($('.calendar [role="status"]')?.textContent).toBe('Saved as kaspersky-milestones-us.ics: open it to add the dates to your calendar.');
    } finally {
      vi.useRealTimers();
      createObjectURL.mockRestore();
      click.mockRestore();
    }
  });

  test('is offered only while an announced date is ahead for the region', async () => {
    await openPopup();
    expect([...document.querySelectorAll('button')].map((button) => button.textContent)).not.toContain('Add to calendar (.ics)');
  });
});

describe('first paint', () => {
  afterEach(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });


  test('nothing is remembered while the popup is open; what it shows when it closes is the next open\'s first paint, and the real render then changes nothing on screen', async () => {
    await openPopup();
    const shown = document.body.innerHTML;
    // Inside a closed <details> nothing but its summary is painted: the copy leaves it out.
    const painted = document.body.cloneNode(true) as HTMLElement;
    for (const folded of painted.querySelectorAll('details:not([open]) > :not(summary)')) folded.remove();
    expect(localStorage.getItem('firstPaint.popup')).toBeNull();
    hidePage();
    render(null, document.body);
    showRememberedPopup(document, localStorage, { build: 'test', now: new Date() });
    expect(readBodyWithoutFirstPaintMarks()).toBe(painted.innerHTML);
    await openPopup();
    expect(document.body.innerHTML).toBe(shown);
  });

  test('with nothing remembered, the answer renders first and what is below the fold a frame later; with a remembered popup on screen, all at once', async () => {
    await startPopup(parseStatusPageQuery(''), 'test');
    expect($('#headline')).not.toBeNull();
    expect($('#section-timeline')).toBeNull();
    expect($('footer')).toBeNull();
    await settle();
    expect($('#section-timeline')).not.toBeNull();
    expect($('footer')).not.toBeNull();
    hidePage();
    render(null, document.body);
    showRememberedPopup(document, localStorage, { build: 'test', now: new Date() });
    await startPopup(parseStatusPageQuery(''), 'test');
    expect($('#section-timeline:not([data-first-paint] *)')).not.toBeNull();
    expect($('footer:not([data-first-paint])')).not.toBeNull();
  });

  test('a page opened for a reminder is not remembered: the toolbar popup has no banner', async () => {
    await openPopup('?view=tab&milestone=us-updates-end');
    expect($('#reminder-banner')).not.toBeNull();
    hidePage();
    expect(localStorage.getItem('firstPaint.popup')).toBeNull();
  });
});
