import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../src/core/create-translator';

const translate = createTranslator({
  tooltip: { message: '$REGION$: $Headline$ costs $$5', placeholders: { region: { content: '$1' }, headline: { content: '$2' } } },
  region_us: { message: 'United States' },
});

describe('createTranslator', () => {
  test('fills named placeholders case-insensitively and keeps $$ as a dollar sign', () => {
    expect(translate('tooltip', ['Germany', 'Warning'])).toBe('Germany: Warning costs $5');
  });

  test('a plain message comes back unchanged', () => {
    expect(translate('region_us')).toBe('United States');
  });

  test('a missing key gives an empty string, as the browser does', () => {
    expect(translate('region_de')).toBe('');
  });
});
