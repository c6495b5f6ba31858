import { describe, expect, test } from 'vitest';
import { buildResultRows } from '../../bench/support/build-result-rows';
import type { ContestantName } from '../../bench/support/evaluate-goal';
import { isHeadlineInFirstPaint, type LaunchMeasurement, type PackageInventory } from '../../bench/support/launch-measurement';

function launch(contestant: ContestantName, round: number, overrides: { headlineMs?: number; repeats?: number[]; alarms?: number; periodicAlarms?: number } = {}): LaunchMeasurement {
  const headlineMs = overrides.headlineMs ?? 100;
  return {
    contestant,
    round,
    coldStartToBadgeMs: 500,
    alarms: overrides.alarms ?? 1,
    periodicAlarms: overrides.periodicAlarms ?? 0,
    firstOpen: {
      firstContentfulPaintMs: 100,
      headlineMs,
      isHeadlineInFirstPaint: isHeadlineInFirstPaint(100, headlineMs),
      mainThreadMs: 50,
      scriptMs: 10,
      heapBytes: 1_000_000,
      scripts: { files: [{ path: 'popup.js', gzipBytes: 2048 }], gzipBytes: 2048 },
    },
    repeatOpens: (overrides.repeats ?? [80, 90]).map((ms) => ({ firstContentfulPaintMs: ms, headlineMs: ms, isHeadlineInFirstPaint: true })),
  };
}

const files = (gzipBytes: number) => ({ files: [], gzipBytes });
const inventory: PackageInventory = { optionsPage: files(1000), background: files(2000), package: files(3000) };

describe('isHeadlineInFirstPaint', () => {
  test.each([
    [100, 100, true],
    [100, 117, true],
    [100, 118, false],
  ])('first contentful paint %d ms, headline %d ms → %s', (firstContentfulPaintMs, headlineMs, expected) => {
    expect(isHeadlineInFirstPaint(firstContentfulPaintMs, headlineMs)).toBe(expected);
  });
});

describe('buildResultRows', () => {
  const rows = buildResultRows(
    [launch('ours', 1, { headlineMs: 150, repeats: [70, 75] }), launch('ours', 2, { repeats: [60, 65], periodicAlarms: 1 }), launch('static', 1), launch('preact', 1)],
    inventory,
  );
  const row = (label: string) => rows.find((candidate) => candidate.label === label)!;

  test('pools every repeat open of a contestant', () => {
    expect(row('popup repeat open, time to content').summaries.ours).toMatchObject({ count: 4, median: 67.5, min: 60, max: 75 });
  });

  test('counts the launches whose headline was in the first paint', () => {
    expect(row('headline in that first paint').summaries.ours).toMatchObject({ sum: 1, count: 2 });
  });

  test('checks the alarms of ours only, and a periodic alarm fails the launch', () => {
    expect(row('exactly one one-shot alarm after start').summaries).toEqual({ ours: expect.objectContaining({ sum: 1, count: 2 }) as unknown });
  });

  test('takes the bytes measured once per run from the inventory, for ours only', () => {
    expect(row('background JS, gzip').summaries).toEqual({ ours: expect.objectContaining({ median: 2000, count: 1 }) as unknown });
    expect(row('JS the options page loads, gzip').summaries.ours?.median).toBe(1000);
    expect(row('all JS in the package, gzip (per file, summed)').summaries.ours?.median).toBe(3000);
  });

  test('leaves the once-per-run rows empty when the inventory failed', () => {
    expect(buildResultRows([launch('ours', 1)], undefined).find((candidate) => candidate.label === 'background JS, gzip')?.summaries).toEqual({});
  });

  test('has every row of the goals table (issue 12), with its goal', () => {
    const KB = 1024;
    expect(rows.map((candidate) => [candidate.label, candidate.goal])).toEqual([
      ['popup first contentful paint', { kind: 'ratio', reference: 'static', atMost: 1.2 }],
      ['headline in that first paint', { kind: 'every-launch' }],
      ['popup time to content', { kind: 'ratio', reference: 'preact', atMost: 1.1 }],
      ['popup repeat open, time to content', { kind: 'ratio', reference: 'preact', atMost: 1.2 }],
      ['popup JS heap after load', { kind: 'ratio', reference: 'static', atMost: 1.5 }],
      ['popup main-thread time (script, style, layout)', { kind: 'ratio', reference: 'static', atMost: 3 }],
      ['of which script', undefined],
      ['JS the popup loads, gzip', { kind: 'limit', atMost: 20 * KB }],
      ['JS the options page loads, gzip', { kind: 'limit', atMost: 20 * KB }],
      ['all JS in the package, gzip (per file, summed)', { kind: 'limit', atMost: 40 * KB }],
      ['background JS, gzip', { kind: 'limit', atMost: 12 * KB }],
      ['cold start → badge', { kind: 'ratio', reference: 'static', atMost: 1.1 }],
      ['exactly one one-shot alarm after start', { kind: 'every-launch' }],
    ]);
  });
});
