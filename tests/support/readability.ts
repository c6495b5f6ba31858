/**
 * Flesch–Kincaid grade level of English text, for tests only (never shipped).
 *
 * grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Syllables are counted with the usual English heuristics (vowel groups, a silent final "e",
 * "-le", "-ed" and "-es" endings, at least one per word). It is an estimate, as every
 * Flesch–Kincaid tool's is; tests/meta/readability.test.ts pins it on words with known counts.
 */

/**
 * Product and brand names count as two syllables each: a reader knows them as names, and counting
 * "Kaspersky" (3), "UltraAV" (4) or "Microsoft Defender" (2 + 3) as written would grade a sentence
 * by its brand names rather than by its wording. Matched as whole words, case-insensitively.
 */
export const NAMES_COUNTED_AS_TWO_SYLLABLES: readonly string[] = [
  'Kaspersky',
  'UltraAV',
  'UltraVPN',
  'Microsoft',
  'Defender',
  'XProtect',
  'macOS',
  'iPhone',
  'iPad',
  'Android',
  'Windows',
];

const TWO_SYLLABLE_NAMES = new Set(NAMES_COUNTED_AS_TWO_SYLLABLES.map((name) => name.toLowerCase()));

/** Whole words where the heuristics below go wrong, with their dictionary count. */
const EXCEPTIONS: Readonly<Record<string, number>> = {
  // Common words the rules above miscount.
  every: 2,
  business: 2,
  people: 2,
  area: 3,
  idea: 3,
  being: 2,
  create: 2,
  created: 3,
  science: 2,
  quiet: 2,
  video: 3,
  radio: 3,
  period: 3,
  device: 2,
  devices: 3,
  anti: 2,
  virus: 2,
  poem: 2,
  real: 1,
  toward: 2,
  someone: 2,
  anyone: 3,
  everyone: 3,
  ios: 3,
};

/** Abbreviations read letter by letter (U.S., FCC, BSI): one syllable per letter, "W" three. */
function countLetterSyllables(letters: string): number {
  return letters.length + 2 * (letters.match(/w/gi) ?? []).length;
}

/** The syllables of one English word (letters only; digits are handled by `countWordSyllables`). */
export function countSyllables(rawWord: string): number {
  const word = rawWord.toLowerCase().replace(/[^a-z]/g, '');
  if (word === '') return 0;
  if (TWO_SYLLABLE_NAMES.has(word)) return 2;
  const exception = EXCEPTIONS[word];
  if (exception !== undefined) return exception;
  if (word.length <= 3) return 1;
  let stem = word;
  let extra = 0;
  if (/[^aeiouy]les?$/.test(stem)) {
    // "-le" after a consonant is its own syllable though its "e" is silent (table, simple, titles).
    extra += 1;
    stem = stem.replace(/les?$/, '');
  } else if (/[^td]ed$/.test(stem)) {
    // "-ed" is silent except after t or d (stopped: 1; needed: 2).
    stem = stem.slice(0, -2);
  } else if (/[^aeiouy]es$/.test(stem) && !/([sxz]|[cs]h|[cg])es$/.test(stem)) {
    // "-es" is silent except after s, x, z, ch, sh, c or g (makes: 1; boxes, changes: 2).
    stem = stem.slice(0, -2);
  } else if (/[^aeiouy]e$/.test(stem)) {
    // A silent final "e" (make, use); "ee" (free) is left alone by the consonant before it.
    stem = stem.slice(0, -1);
  }
  // A silent "e" before a suffix (safely, replacement, careful).
  stem = stem.replace(/^(.*[aeiouy].*[^aeiouy])e(ly|ment|ments|ful|ness)$/, '$1$2');
  const groups = stem.match(/[aeiouy]+/g) ?? [];
  // Vowel pairs read as two syllables: media, actual, client; not "-tion", "-sion", "-cial", "-gion".
  const splitPairs = stem.match(/[^cgst]i[ao]|ua|ie(?=nt)/g) ?? [];
  const count = groups.length + splitPairs.length;
  return Math.max(1, count + extra);
}

/**
 * The syllables of one token as written: a number counts as the words it is read as ("2024" is
 * "twenty twenty-four", counted roughly as one syllable per digit), an abbreviation of capitals
 * (U.S., BSI, FCC) letter by letter.
 */
export function countWordSyllables(token: string): number {
  const letters = token.replace(/[^A-Za-z0-9]/g, '');
  if (letters === '') return 0;
  if (/^\d+$/.test(letters)) return letters.length;
  if (/^[A-Z]{2,4}$/.test(letters) && !TWO_SYLLABLE_NAMES.has(letters.toLowerCase())) return countLetterSyllables(letters);
  return countSyllables(letters.replace(/\d/g, '')) || 1;
}

/** Words as written: runs of letters, digits and joining marks, "U.S." and "12:00" each one word. */
export function splitWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.:,\-&]*/gu) ?? []).map((word) => word.replace(/[.:,]+$/, '')).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * Sentences end at ".", "!" or "?" followed by a space or the end (a colon or semicolon does not end
 * one). "U.S." ends a sentence only at the end of the text or before a capital that starts one.
 */
export function countSentences(text: string): number {
  const withoutAbbreviations = text
    .replace(/\b(e\.g|i\.e|a\.m|p\.m)\./gi, '$1')
    .replace(/\bU\.S\.(?=\s+(?:Commerce|Treasury|Entity|Government|Eastern|[a-z\d$“"(]))/g, 'US');
  const ends = withoutAbbreviations.match(/[.!?]+[”"’)]*(?=\s|$)/g) ?? [];
  const trailing = /[.!?][”"’)]*\s*$/.test(withoutAbbreviations) ? 0 : 1;
  return Math.max(1, ends.length + trailing);
}

export interface Readability {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  readonly grade: number;
}

export function measureReadability(text: string): Readability {
  const words = splitWords(text);
  const sentences = countSentences(text);
  const syllables = words.reduce((sum, word) => sum + countWordSyllables(word), 0);
  const wordCount = Math.max(1, words.length);
  const grade = 0.39 * (wordCount / sentences) + 11.8 * (syllables / wordCount) - 15.59;
  return { words: words.length, sentences, syllables, grade };
}
