import { describe, expect, test } from 'vitest';
import { summarize } from '../../bench/support/evaluate-goal';
import { describeVerdict, formatSummary, renderResultsTable, replaceMarkedSection } from '../../bench/support/render-results-table';

describe('formatSummary', () => {
  test.each([
    [[140, 112, 172], 'ms', '140 ms (112–172)'],
    [[4.25, 4.25], 'ms', '4.3 ms'],
    [[20_480], 'bytes', '20.0 KB'],
    [[1, 0, 1], 'launches', '2/3'],
  ] as const)('%j in %s → %s', (values, unit, expected) => {
    expect(formatSummary(summarize(values), unit)).toBe(expected);
  });

  test('a contestant the row does not apply to shows a dash', () => {
    expect(formatSummary(undefined, 'ms')).toBe('–');
  });
});

describe('describeVerdict', () => {
  test.each([
    [{ isMet: true, margin: -0.25 }, 'yes, 25% to spare'],
    [{ isMet: false, margin: 0.034 }, '**no**, 3.4% over'],
    [{ isMet: true }, 'yes'],
    [{ isMet: false }, '**no**'],
    [undefined, 'not measured'],
  ])('%j → %s', (verdict, expected) => {
    expect(describeVerdict(verdict, true)).toBe(expected);
  });
});

describe('renderResultsTable', () => {
  const table = renderResultsTable([
    {
      label: 'popup time to content',
      unit: 'ms',
      summaries: { static: summarize([100])!, preact: summarize([110, 120, 130])!, ours: summarize([150, 180, 240])! },
      goal: { kind: 'ratio', reference: 'preact', atMost: 1.1 },
    },
    { label: 'background JS, gzip', unit: 'bytes', summaries: { ours: summarize([10 * 1024])! }, goal: { kind: 'limit', atMost: 12 * 1024 } },
    { label: 'of which script', unit: 'ms', summaries: { static: summarize([0])!, ours: summarize([40])! } },
  ]);

  test('puts the contestants side by side with the ratio to the goal’s reference, the goal and the verdict', () => {
    expect(table.split('\n')).toEqual([
      '| metric | static | Preact ref | ours | ours ÷ reference | goal | met |',
      '|---|---|---|---|---|---|---|',
      '| popup time to content | 100 ms | 120 ms (110–130) | 180 ms (150–240) | 1.50× Preact ref | ≤ 1.1× Preact ref | **no**, 36% over |',
      '| background JS, gzip | – | – | 10.0 KB | – | ≤ 12.0 KB | yes, 17% to spare |',
      '| of which script | 0.0 ms | – | 40 ms | – | – | – |',
    ]);
  });
});

describe('replaceMarkedSection', () => {
  test('replaces what lies between the markers, keeping them and the text around', () => {
    expect(replaceMarkedSection('intro\n<!-- a -->\nold\n<!-- b -->\nrest', '<!-- a -->', '<!-- b -->', 'new')).toBe('intro\n<!-- a -->\nnew\n<!-- b -->\nrest');
  });

  test('leaves the text alone when a marker is missing', () => {
    expect(replaceMarkedSection('intro\n<!-- a -->\nold', '<!-- a -->', '<!-- b -->', 'new')).toBe('intro\n<!-- a -->\nold');
  });
});
