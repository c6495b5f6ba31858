import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LocaleMessages } from '../../src/core/create-translator';
import { LANGUAGES } from '../../src/core/language';

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
  test('English, Indonesian and Spanish are all there, each a shipped language', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'id', 'es']));
    expect([...LOCALES].sort()).toEqual([...LANGUAGES].sort());
  });

  test('each locale folder is a language alone: regional browsers (es-MX, es-419) fall back to it', () => {
    // Chrome: es_419 → es → default_locale; Firefox (139+) cascades through subtags the same way.
    // Sources in src/core/language.ts. A regional copy would only be a second file to keep in step.
    for (const locale of LOCALES) expect(locale).toMatch(/^[a-z]{2,3}$/);
  });

  test.each(LOCALES)('%s: locale_tag is the folder it is in (getBrowserTextLanguage reads it)', (locale) => {
    expect(read(locale)['locale_tag']?.message).toBe(locale);
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

  test('Spanish addresses the reader formally (usted, never tú)', () => {
    const text = Object.values(read('es')).map((entry) => entry.message).join('\n');
    expect(text).toMatch(/\busted\b/i);
    expect(text).not.toMatch(/(?<!\p{L})(tú|tu|tus|te|ti|contigo|tienes|puedes|quieres|debes|vos)(?!\p{L})/iu);
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
  es: [
    /30 de septiembre/i, // the update end is 29 September 00:00 EDT
    /(deja|dejan|dejó|dejaron|dejará|dejarán) de funcionar/i, // it keeps running without updates
    /ya no se (puede|podrá|pueden|podrán) (usar|utilizar)/i,
    /no se (puede|podrá|pueden|podrán) seguir (usando|utilizando)/i,
    /(debe|deben|tiene que|tienen que|hay que) dejar de (usar|utilizar)/i, // the deadline binds Kaspersky, not users
    /al menos (a )?50/i, /por lo menos (a )?50/i, // fewer than 50
    /todos los niveles/i, // 12 named people, the day after
    /no (planea|planeaba|planeó|pensaba|piensa|tenía planes de|iba a) (defenderse|luchar|pelear)/i,
    /24 de julio/i, // new sales ended on 20 July
    /19 de junio/i, // announced 20 June, published 24 June
  ],
};

/** Wrong sentences each locale's patterns must catch: proof that the patterns bite. */
const RESTATED_ERRORS: Readonly<Record<string, readonly string[]>> = {
  en: ['Updates stop September 30.', 'After the deadline the software can no longer be used.', 'Users must stop using it by September 29.', 'At least 50 workers were laid off.', 'New purchases were blocked around July 24.', 'The Final Determination was issued June 19.'],
  id: ['Pembaruan berhenti 30 September.', 'Setelah tenggat, perangkat lunak tidak dapat lagi digunakan.', 'Pengguna harus berhenti menggunakan Kaspersky.', 'Setidaknya 50 pekerja di-PHK.', 'Pembelian baru diblokir sekitar 24 Juli.', 'Final Determination dikeluarkan 19 Juni.'],
  es: [
    'Las actualizaciones terminan el 30 de septiembre.',
    'Después de la fecha límite, el programa ya no se puede usar.',
    'El antivirus deja de funcionar el 29 de septiembre.',
    'Los usuarios deben dejar de usarlo antes del 29 de septiembre.',
    'Despidieron al menos a 50 trabajadores.',
    'Sancionaron a ejecutivos de todos los niveles.',
    'Kaspersky no planea defenderse.',
    'Las compras nuevas se bloquearon alrededor del 24 de julio.',
    'La Final Determination se emitió el 19 de junio.',
  ],
};

describe('circulating errors are never restated', () => {
  test('every shipped locale has its patterns', () => {
    expect(Object.keys(CIRCULATING_ERRORS).sort()).toEqual([...LOCALES].sort());
  });

  test.each(Object.entries(CIRCULATING_ERRORS))('%s: only as a quoted claim beside its correction', (locale, patterns) => {
    const messages = read(locale);
    for (const [key, entry] of Object.entries(messages)) {
      if (key.endsWith('_claim')) continue;
      for (const pattern of patterns) expect(entry.message, `${locale} ${key} restates ${String(pattern)}`).not.toMatch(pattern);
    }
  });

  test.each(Object.entries(RESTATED_ERRORS))('%s: the patterns catch each error as it would be written', (locale, sentences) => {
    const patterns = CIRCULATING_ERRORS[locale] ?? [];
    for (const sentence of sentences) expect(patterns.some((pattern) => pattern.test(sentence)), sentence).toBe(true);
  });

  test.each(LOCALES)('%s: each quoted claim is caught by a pattern, so the correction beside it is the only place it appears', (locale) => {
    const patterns = CIRCULATING_ERRORS[locale] ?? [];
    const claims = Object.entries(read(locale)).filter(([key]) => key.startsWith('mixup_') && key.endsWith('_claim'));
    const caught = claims.filter(([, entry]) => patterns.some((pattern) => pattern.test(entry.message))).map(([key]) => key);
    // The sanctions and fight-back claims are paraphrased differently from language to language;
    // the dates, the count and the "can no longer be used" claim must be caught in every one.
    expect(caught).toEqual(expect.arrayContaining(['mixup_cutoff_claim', 'mixup_stops_working_claim', 'mixup_jobs_claim', 'mixup_sales_date_claim', 'mixup_announcement_claim']));
  });

  test('every quoted claim has its correction', () => {
    const claims = Object.keys(english).filter((key) => key.startsWith('mixup_') && key.endsWith('_claim'));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(Object.keys(english)).toContain(claim.replace(/_claim$/, '_fact'));
  });
});

/**
 * Names kept as they are in every language: products, companies, stores, legal titles (explained
 * once in the reader's language beside them), and the language names that name themselves.
 */
const KEPT_NAMES: readonly string[] = [
  'Kaspersky Security Network', 'Kaspersky Threat Intelligence', 'Kaspersky Security Training', 'Kaspersky Lab', 'Kaspersky Standard', 'My Kaspersky',
  'VPN Secure Connection', 'Password Manager', 'Safe Kids', 'Plus', 'Microsoft Defender', 'Windows Security', 'Google Play', 'Play Store', 'Galaxy Store',
  'Huawei AppGallery', 'Xiaomi GetApps', 'Chrome Web Store', 'Wayback Machine', 'UltraAV', 'UltraVPN', 'Pango Group', 'WeChat', 'Group-IB',
  'Positive Technologies', 'PC Gamer', 'The Register', 'Final Determination', 'Entity List', 'Covered List', 'Federal Register',
  'Binding Operational Directive', 'National Defense Authorization Act', 'Federal Acquisition Regulation', 'Federal Communications Commission',
  'Bureau of Industry and Security', 'National Cyber Security Centre', 'Treasury Board', 'Home Affairs', 'PSPF Direction', 'Gazzetta Ufficiale',
  'SECRET', 'English', 'Bahasa Indonesia', 'about:addons', 'Windows', 'macOS', 'Android', 'iOS', 'BIS', 'FCC', 'NCSC', 'ACN', 'BSI', 'CEO', 'VPN',
];

/** Common English words that no Spanish or Indonesian sentence of ours needs (not "status": Indonesian has it too). */
const ENGLISH_WORDS = new Set([
  'the', 'and', 'you', 'your', 'with', 'from', 'updates', 'update', 'ended', 'ends', 'is', 'are', 'was', 'were', 'will', 'this', 'that', 'not', 'for',
  'of', 'to', 'be', 'it', 'its', 'by', 'or', 'at', 'can', 'only', 'before', 'after', 'users', 'information', 'reviewed', 'which', 'what', 'have',
  'been', 'there', 'their', 'they', 'when', 'where', 'stop', 'until', 'ban', 'unofficial', 'settings', 'reminders', 'sources', 'source',
]);

/** The words of a message, without placeholders and kept names. */
function listWords(message: string): string[] {
  let text = message.replace(/\$[a-zA-Z0-9_@]+\$/g, ' ');
  for (const name of KEPT_NAMES) text = text.split(name).join(' ');
  return text.split(/[^\p{L}'’]+/u).filter((word) => word.length > 0);
}

/**
 * Keys of messages that read as English: at least two common English words, and at least one word
 * in four (English prose is about one in three; our Spanish and Indonesian, none).
 */
function listMostlyEnglish(messages: LocaleMessages): string[] {
  return Object.entries(messages)
    .filter(([key]) => !key.startsWith('language_name_'))
    .filter(([, entry]) => {
      const words = listWords(entry.message);
      const english = words.filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
      return english.length >= 2 && english.length * 4 >= words.length;
    })
    .map(([key]) => key);
}

describe('no English is left in a translation', () => {
  test('the check finds English: most English messages, and an English sentence pasted into a translation', () => {
    // Guards the check itself: short labels and names aside, it must flag the English file.
    expect(listMostlyEnglish(english).length).toBeGreaterThan(Object.keys(english).length * 0.4);
    expect(listMostlyEnglish({ pasted: { message: 'Kaspersky updates for U.S. users ended on $DATE$.' } })).toEqual(['pasted']);
    expect(listMostlyEnglish({ kept: { message: 'La Final Determination (la orden final de prohibición) se publicó en el Federal Register.' } })).toEqual([]);
  });

  test.each(LOCALES.filter((locale) => locale !== 'en'))('%s: no message is mostly English words', (locale) => {
    expect(listMostlyEnglish(read(locale))).toEqual([]);
  });

  test.each(LOCALES.filter((locale) => locale !== 'en'))("%s: the extension's English name is not left where the translated name belongs", (locale) => {
    const messages = read(locale);
    for (const [key, entry] of Object.entries(messages)) expect(entry.message, `${locale} ${key}`).not.toMatch(/Kaspersky Ban Status/);
  });
});
