import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getStatusPagePath, parseStatusPageQuery } from '../../src/core/status-page';

describe('status page address', () => {
  test('a reminder opens the page in a tab, about its milestone', () => {
    const path = getStatusPagePath('us-updates-end');
    expect(path).toBe('src/popup.html?view=tab&milestone=us-updates-end');
    expect(parseStatusPageQuery(path.slice(path.indexOf('?')))).toEqual({ isTab: true, milestoneId: 'us-updates-end' });
  });

  test('the facts notification opens it without a milestone; the toolbar popup has no query', () => {
    expect(getStatusPagePath()).toBe('src/popup.html?view=tab');
    expect(parseStatusPageQuery('')).toEqual({ isTab: false, milestoneId: undefined });
  });

  test('anything but a plausible milestone id in the address is ignored', () => {
    for (const search of ['?view=tab&milestone=%3Cscript%3E', '?milestone=US-UPDATES', '?milestone=', '?milestone=a--b']) {
      expect(parseStatusPageQuery(search).milestoneId).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string(), (search) => {
        const { milestoneId } = parseStatusPageQuery(search);
        expect(milestoneId === undefined || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(milestoneId)).toBe(true);
      }),
    );
  });
});
