import { describe, expect, test } from 'vitest';
import { countSentences, countSyllables, countWordSyllables, measureReadability, splitWords } from '../support/readability';

describe('countSyllables (the English heuristics the plain-English test grades with)', () => {
  // Dictionary counts (Merriam-Webster's division), chosen to exercise every rule.
  test.each([
    ['a', 1], ['the', 1], ['it', 1], ['you', 1], ['phone', 1], ['make', 1], ['free', 1], ['threats', 1],
    ['still', 1], ['catch', 1], ['safe', 1], ['sale', 1], ['while', 1], ['stopped', 1], ['used', 1], ['makes', 1],
    ['files', 1], ['change', 1], ['sells', 1], ['called', 1],
    ['table', 2], ['simple', 2], ['titles', 2], ['needed', 2], ['added', 2], ['boxes', 2], ['changes', 2], ['uses', 2],
    ['update', 2], ['updates', 2], ['legal', 2], ['rely', 2], ['before', 2], ['install', 2], ['installed', 2],
    ['removed', 2], ['safely', 2], ['people', 2], ['business', 2], ['client', 2], ['region', 2], ['getting', 2],
    ['every', 2], ['someone', 2], ['able', 2], ['whether', 2], ['agreed', 2], ['weaker', 2], ['older', 2],
    ['computer', 3], ['protection', 3], ['September', 3], ['official', 3], ['actual', 3], ['media', 3],
    ['recognize', 3], ['replacement', 3], ['uninstall', 3], ['previous', 3], ['serious', 3], ['company', 3],
    ['government', 3], ['another', 3], ['anyone', 3], ['everyone', 3], ['subscription', 3],
    ['definition', 4], ['Australia', 4], ['uninstaller', 4], ['determination', 5], ['organization', 5],
  ] as const)('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  test('every word has at least one syllable', () => {
    for (const word of ['b', 'rhythm', 'tsk', 'y']) expect(countSyllables(word)).toBeGreaterThanOrEqual(1);
  });

  test('product and brand names count as two syllables, whatever their spelling suggests', () => {
    for (const name of ['Kaspersky', 'UltraAV', 'Microsoft', 'Defender', 'Windows']) expect(countSyllables(name)).toBe(2);
  });
});

describe('countWordSyllables (tokens as written)', () => {
  test('abbreviations are read letter by letter, "W" as three', () => {
    expect(countWordSyllables('U.S')).toBe(2);
    expect(countWordSyllables('BSI')).toBe(3);
    expect(countWordSyllables('WIB')).toBe(5);
  });

  test('a number counts one syllable per digit, as a rough reading of it', () => {
    expect(countWordSyllables('2024')).toBe(4);
    expect(countWordSyllables('29')).toBe(2);
  });
});

describe('splitWords and countSentences', () => {
  test('"U.S." and a time are one word each; punctuation is not a word', () => {
    expect(splitWords('Kaspersky stopped in the U.S. at 12:00 AM — on September 29, 2024.')).toEqual([
      'Kaspersky', 'stopped', 'in', 'the', 'U.S', 'at', '12:00', 'AM', 'on', 'September', '29', '2024',
    ]);
  });

  test('"U.S." ends a sentence before a capital that starts one, not inside one', () => {
    expect(countSentences('It has had no updates in the U.S. Do these steps.')).toBe(2);
    expect(countSentences('The U.S. government and U.S. Treasury acted.')).toBe(1);
    expect(countSentences('Kaspersky stopped updates in the U.S.')).toBe(1);
  });

  test('a colon or a semicolon does not end a sentence; a text without a final stop is one', () => {
    expect(countSentences('One: two; three.')).toBe(1);
    expect(countSentences('A headline without a stop')).toBe(1);
    expect(countSentences('“Quoted.” Then more.')).toBe(2);
  });
});

describe('measureReadability', () => {
  test('computes the Flesch–Kincaid grade from words, sentences and syllables', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59.
    const result = measureReadability('The cat sat on the mat.');
    expect(result).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(result.grade).toBeCloseTo(0.39 * 6 + 11.8 - 15.59, 10);
  });

  test('a long legal sentence grades far above a plain one', () => {
    const legal = measureReadability('Kaspersky may no longer provide anti-virus signature updates or codebase updates, nor operate the Kaspersky Security Network, in the United States or for U.S. persons.');
    const plain = measureReadability('Kaspersky stopped getting updates in the U.S. If it is still on your phone, it cannot catch new threats.');
    expect(legal.grade).toBeGreaterThan(12);
    expect(plain.grade).toBeLessThan(7);
  });
});
