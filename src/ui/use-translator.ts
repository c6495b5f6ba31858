import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../core/language';
import type { Translate } from '../core/messages';
import type { TranslatorLoader } from './create-translator-loader';

export interface LoadedTranslator {
  readonly language: Language;
  readonly translate: Translate;
}

/**
 * The translator for `language`, from the page's loader, starting from the one the page loaded
 * before its first render.
 * When the reader picks another language, the page keeps the current one until the new one has
 * loaded, so it stays on screen (and keeps its state).
 */
export function useTranslator(loadTranslator: TranslatorLoader, language: Language, initial: LoadedTranslator): LoadedTranslator {
  const [loaded, setLoaded] = useState(initial);
  useEffect(() => {
    if (language === loaded.language) return undefined;
    let isCurrent = true;
    void loadTranslator(language).then((translate) => {
      if (isCurrent) setLoaded({ language, translate });
    });
    return () => {
      isCurrent = false;
    };
  }, [loadTranslator, language]);
  return loaded;
}
