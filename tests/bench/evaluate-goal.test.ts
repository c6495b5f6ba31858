import { describe, expect, test } from 'vitest';
import { evaluateGoal, summarize } from '../../bench/support/evaluate-goal';

describe('summarize', () => {
  test.each([
    [[3, 1, 2], { median: 2, min: 1, max: 3, count: 3, sum: 6 }],
    [[4, 1, 3, 2], { median: 2.5, min: 1, max: 4, count: 4, sum: 10 }],
    [[7], { median: 7, min: 7, max: 7, count: 1, sum: 7 }],
  ])('%j → %j', (values, expected) => {
    expect(summarize(values)).toEqual(expected);
  });

  test('nothing measured has no summary', () => {
    expect(summarize([])).toBeUndefined();
  });
});

describe('evaluateGoal', () => {
  const ms = (...values: number[]) => summarize(values)!;

  test('a ratio goal compares our median with the reference median', () => {
    expect(evaluateGoal({ kind: 'ratio', reference: 'static', atMost: 1.2 }, { static: ms(90, 100, 200), ours: ms(110, 115, 500) })).toEqual({
      isMet: true,
      ratio: 1.15,
      margin: expect.closeTo(1.15 / 1.2 - 1, 10) as number,
    });
    const missed = evaluateGoal({ kind: 'ratio', reference: 'preact', atMost: 1.1 }, { preact: ms(100), ours: ms(150) });
    expect(missed).toMatchObject({ isMet: false, ratio: 1.5 });
    expect(missed?.margin).toBeCloseTo(1.5 / 1.1 - 1);
  });

  test('exactly at the limit meets it', () => {
    expect(evaluateGoal({ kind: 'ratio', reference: 'static', atMost: 1.5 }, { static: ms(100), ours: ms(150) })?.isMet).toBe(true);
    expect(evaluateGoal({ kind: 'limit', atMost: 20 }, { ours: ms(20) })).toEqual({ isMet: true, margin: 0 });
  });

  test('a limit goal compares our median with the limit', () => {
    expect(evaluateGoal({ kind: 'limit', atMost: 20 }, { ours: ms(10, 30, 30) })).toEqual({ isMet: false, margin: 0.5 });
  });

  test('an every-launch goal needs yes in every launch', () => {
    expect(evaluateGoal({ kind: 'every-launch' }, { ours: ms(1, 1, 1) })).toEqual({ isMet: true });
    expect(evaluateGoal({ kind: 'every-launch' }, { ours: ms(1, 0, 1) })).toEqual({ isMet: false });
  });

  test('without our measurement or the reference there is nothing to judge', () => {
    expect(evaluateGoal({ kind: 'ratio', reference: 'static', atMost: 1.2 }, { ours: ms(1) })).toBeUndefined();
    expect(evaluateGoal({ kind: 'limit', atMost: 20 }, { static: ms(1) })).toBeUndefined();
  });
});
