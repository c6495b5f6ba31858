import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LocaleMessages } from '../../src/core/create-translator';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = readdirSync(join(ROOT, '_locales'));
const read = (locale: string): LocaleMessages => JSON.parse(readFileSync(join(ROOT, '_locales', locale, 'messages.json'), 'utf8')) as LocaleMessages;
const english = read('en');

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

describe('locales', () => {
  test('English and Indonesian are both there', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'id']));
  });

  test.each(LOCALES)('%s has exactly the keys English has', (locale) => {
    expect(Object.keys(read(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  test.each(LOCALES)('%s: every message is non-empty and has a description for translators', (locale) => {
    for (const [key, entry] of Object.entries(read(locale))) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  test.each(LOCALES)('%s: placeholders match English and every one used is defined', (locale) => {
    for (const [key, entry] of Object.entries(read(locale))) {
      const englishNames = Object.keys(english[key]?.placeholders ?? {}).sort();
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(englishNames);
      const used = [...entry.message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase());
      for (const name of used) expect(englishNames, `${locale} ${key} uses $${name}$`).toContain(name);
    }
  });

  test('every English message is used by the code, the data or the manifest', () => {
    const corpus = [...listFiles(join(ROOT, 'src')), join(ROOT, 'manifest.json')].map((file) => readFileSync(file, 'utf8')).join('\n');
    const unused = Object.keys(english).filter((key) => ![`'${key}'`, `"${key}"`, `__MSG_${key}__`].some((use) => corpus.includes(use)));
    expect(unused).toEqual([]);
  });

  test('the store name fits 75 characters, the description 132, and the name says it is unofficial', () => {
    for (const locale of LOCALES) {
      const messages = read(locale);
      expect(messages['extension_name']!.message.length).toBeLessThanOrEqual(75);
      expect(messages['extension_description']!.message.length).toBeLessThanOrEqual(132);
    }
    expect(english['extension_name']!.message).toMatch(/unofficial/i);
    expect(english['extension_name']!.message).toMatch(/not by Kaspersky/i);
  });

  test('Indonesian addresses the reader formally (Anda, never kamu or kau)', () => {
    const text = Object.values(read('id')).map((entry) => entry.message).join('\n');
    expect(text).toMatch(/\bAnda\b/);
    expect(text).not.toMatch(/\b(kamu|kau|lu|lo)\b/i);
  });
});

/**
 * Circulating errors listed in the fact base; the extension must never restate them. Each pattern
 * is the wrong claim as it would read in that language.
 */
const CIRCULATING_ERRORS: Readonly<Record<string, readonly RegExp[]>> = {
  en: [/September 30/i, /30 September/i, /stops? working/i, /can no longer be used/i, /must stop using/i, /at least 50/i, /July 24/i, /June 19/i, /all levels of executives/i, /doesn't plan to fight/i],
  id: [/30 September/i, /berhenti (berfungsi|bekerja)/i, /tidak (dapat|bisa) (lagi )?digunakan/i, /harus berhenti (menggunakan|memakai)/i, /setidaknya 50/i, /24 Juli/i, /19 Juni/i],
};

describe('circulating errors are never restated', () => {
  test.each(Object.entries(CIRCULATING_ERRORS))('%s: only as a quoted claim beside its correction', (locale, patterns) => {
    const messages = read(locale);
    const text = Object.entries(messages)
      .filter(([key]) => !key.endsWith('_claim'))
      .map(([, entry]) => entry.message)
      .join('\n');
    for (const pattern of patterns) expect(text).not.toMatch(pattern);
  });

  test('every quoted claim has its correction', () => {
    const claims = Object.keys(english).filter((key) => key.startsWith('mixup_') && key.endsWith('_claim'));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(Object.keys(english)).toContain(claim.replace(/_claim$/, '_fact'));
  });
});
