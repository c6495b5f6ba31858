import { describe, expect, test } from 'vitest';
import { compileMessages, createTranslator } from '../../src/core/create-translator';
import type { MessageKey } from '../../src/core/messages';

const messages = compileMessages({
  tooltip: { message: '$REGION$: $Headline$ costs $$5', description: 'For translators only', placeholders: { region: { content: '$1', example: 'Germany' }, headline: { content: '$2' } } },
  region_us: { message: 'United States' },
});

describe('compileMessages', () => {
  test('replaces named placeholders by their content, case-insensitively, and drops what is for translators', () => {
    expect(messages).toEqual({ tooltip: '$1: $2 costs $$5', region_us: 'United States' });
  });

  test('keeps only the keys asked for, and refuses one that does not exist', () => {
    expect(compileMessages({ region_us: { message: 'United States' }, region_de: { message: 'Germany' } }, ['region_de'])).toEqual({ region_de: 'Germany' });
    expect(() => compileMessages({}, ['region_de'])).toThrow(/region_de/);
  });

  test('leaves a placeholder it has no content for as written, as the browser does', () => {
    expect(compileMessages({ tooltip: { message: 'a $UNKNOWN$ b' } })).toEqual({ tooltip: 'a $UNKNOWN$ b' });
  });
});

describe('createTranslator', () => {
  const translate = createTranslator(messages);

  test('fills the substitutions and keeps $$ as a dollar sign', () => {
    expect(translate('tooltip', ['Germany', 'Warning'])).toBe('Germany: Warning costs $5');
  });

  test('a substitution not given is empty', () => {
    expect(translate('tooltip', ['Germany'])).toBe('Germany:  costs $5');
  });

  test('a plain message comes back unchanged', () => {
    expect(translate('region_us')).toBe('United States');
  });

  test('a missing key gives an empty string, as the browser does, and is reported', () => {
    const missing: MessageKey[] = [];
    const reporting = createTranslator(messages, (key) => missing.push(key));
    expect(reporting('region_de')).toBe('');
    expect(reporting('region_us')).toBe('United States');
    expect(missing).toEqual(['region_de']);
  });
});
