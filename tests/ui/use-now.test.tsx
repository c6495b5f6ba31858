// @vitest-environment happy-dom
import { render } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useNow } from '../../src/ui/use-now';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Longer than setTimeout's signed 32-bit limit (about 24.9 days), which fires at once when exceeded. */
const FAR_CHANGE_IN_MS = 100 * DAY_MS;

let container: HTMLElement;
let renders: number[];

/** Renders the instant `useNow` gives, and records each render's instant. */
function Clock({ changeAt }: { changeAt: number }) {
  const [now, renewAt] = useNow();
  const nextChangeAt = now.getTime() < changeAt ? new Date(changeAt) : undefined;
  useLayoutEffect(() => {
    renewAt(nextChangeAt);
  }, [now, nextChangeAt?.getTime()]);
  renders.push(now.getTime());
  return <time>{now.toISOString()}</time>;
}

/** Moves the clock on, running the timers due and the renders and effects they cause. */
async function advance(milliseconds: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(milliseconds);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  renders = [];
});

afterEach(() => {
  render(null, container);
  vi.useRealTimers();
});

test('a change further off than the longest timeout is waited for, not redrawn at once in a loop', async () => {
  const changeAt = Date.now() + FAR_CHANGE_IN_MS;
  await act(() => render(<Clock changeAt={changeAt} />, container));
  await advance(60_000);
  expect(renders).toHaveLength(1);
});

test('the far change still arrives: the page shows the new instant once it is reached', async () => {
  const changeAt = Date.now() + FAR_CHANGE_IN_MS;
  await act(() => render(<Clock changeAt={changeAt} />, container));
  for (let day = 0; day < 101; day += 1) await advance(DAY_MS);
  expect(renders.at(-1)).toBeGreaterThanOrEqual(changeAt);
  // Approached in steps of the longest timeout (24.9 days): a handful of renders, not one per day.
  expect(renders.length).toBeLessThanOrEqual(6);
});
