import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { compileMessages, type LocaleMessages } from '../../src/core/create-translator';
import enMessages from '../../_locales/en/messages.json';
import esMessages from '../../_locales/es/messages.json';
import idMessages from '../../_locales/id/messages.json';

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

const { createTranslatorLoader } = await import('../../src/ui/create-translator-loader');

const LOCALES: Readonly<Record<string, LocaleMessages>> = { en: enMessages, es: esMessages, id: idMessages };

/** A browser that serves `_locales/<language>` (as Chrome and Firefox do for their UI language), marking what it served. */
function browserServing(language: string): void {
  const compiled = compileMessages(LOCALES[language]!);
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | (string | number)[]) => {
    const message = compiled[key];
    if (message === undefined) return '';
    const filled = message.replace(/\$(\d)/g, (_match, index: string) => String([substitutions ?? []].flat()[Number(index) - 1] ?? ''));
    return key === 'locale_tag' ? filled : `[browser] ${filled}`;
  };
}

/** The page's own chunks, as the build makes them: each language's compiled messages. */
const chunks = {
  en: () => Promise.resolve({ default: compileMessages(enMessages) }),
  id: () => Promise.resolve({ default: compileMessages(idMessages) }),
  es: () => Promise.resolve({ default: compileMessages(esMessages) }),
};

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a page translator', () => {
  test("in the browser's language, the browser serves the messages: nothing of the page's is loaded", async () => {
    browserServing('es');
    const translate = await createTranslatorLoader('popup', chunks)('es');
    expect(translate('region_de')).toBe(`[browser] ${esMessages.region_de.message}`);
  });

  test('in another language, the page loads its own messages, with substitutions filled', async () => {
    browserServing('es');
    const translate = await createTranslatorLoader('options', chunks)('id');
    expect(translate('region_de')).toBe(idMessages.region_de.message);
    expect(translate('options_saved_region', ['Jerman'])).toContain('Jerman');
    expect(translate('options_saved_region', ['Jerman'])).not.toContain('[browser]');
  });

  test('a language the browser has none of its own for is English, served by the browser', async () => {
    fakeBrowser.i18n.getMessage = (key: string) => (key === 'locale_tag' ? 'pt' : `[browser] ${key}`);
    const translate = await createTranslatorLoader('popup', chunks)('en');
    expect(translate('region_de')).toBe('[browser] region_de');
  });

  test('a message the browser does not have is reported, as a blank the reader would see', async () => {
    browserServing('en');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const translate = await createTranslatorLoader('popup', chunks)('en');
    expect(translate('no_such_message' as never)).toBe('');
    expect(errors.mock.calls.flat().join(' ')).toContain('no_such_message');
  });
});
