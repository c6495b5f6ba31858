import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_POPUP_STATE, parsePopupState } from '../../src/core/popup-state';
import { toggleId } from '../../src/core/toggle-id';

describe('parsePopupState', () => {
  test('nothing stored: the default sections are open, nothing is ticked', () => {
    expect(parsePopupState(undefined)).toEqual(DEFAULT_POPUP_STATE);
  });

  test('keeps valid ids, drops duplicates, non-strings and over-long ids', () => {
    expect(parsePopupState({ openSections: ['timeline', 'timeline', 7, 'x'.repeat(65)], checkedSteps: ['windows-remove'] })).toEqual({ openSections: ['timeline'] });
  });

  test('any stored value parses to arrays of short strings', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const state = parsePopupState(stored);
        return state.openSections.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 64);
      }),
    );
  });
});

describe('toggleId', () => {
  test('adds once and removes', () => {
    expect(toggleId(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
