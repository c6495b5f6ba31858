import { expect, test } from 'vitest';
import { shuffle } from '../../bench/support/shuffle';

test('shuffle keeps every item once and leaves the input alone', () => {
  const items = ['ours', 'static', 'preact'];
  const shuffled = shuffle(items);
  expect([...shuffled].sort()).toEqual([...items].sort());
  expect(items).toEqual(['ours', 'static', 'preact']);
});

test('shuffle follows its random source (Fisher–Yates)', () => {
  // random() = 0 always swaps the current last item with the first.
  expect(shuffle([1, 2, 3, 4], () => 0)).toEqual([2, 3, 4, 1]);
  // random() just under 1 always swaps an item with itself.
  expect(shuffle([1, 2, 3, 4], () => 0.999)).toEqual([1, 2, 3, 4]);
});
