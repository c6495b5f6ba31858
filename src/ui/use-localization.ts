import { useEffect, useState } from 'preact/hooks';
import type { DisplayContext } from '../core/format-milestone-date';
import { resolveLanguage, type Language } from '../core/language';
import type { Translate } from '../core/messages';
import type { Settings } from '../core/settings';
import { getBrowserTextLanguage, getDisplayContext } from '../platform/i18n';
import { loadTranslator } from './load-translator';

export interface Localization {
  readonly language: Language;
  readonly translate: Translate;
  readonly display: DisplayContext;
}

/**
 * The text and date language the settings ask for. When the user picks another, the page keeps
 * the current one until the new one has loaded, so it stays on screen (and keeps its state).
 */
export function useLocalization(settings: Settings | undefined): Localization | undefined {
  const [localization, setLocalization] = useState<Localization>();
  const language = settings && resolveLanguage(settings.language, getBrowserTextLanguage());
  useEffect(() => {
    if (!language) return undefined;
    let isCurrent = true;
    void loadTranslator(language).then((translate) => {
      if (isCurrent) setLocalization({ language, translate, display: getDisplayContext(language) });
    });
    return () => {
      isCurrent = false;
    };
  }, [language]);
  return localization;
}
