import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../core/language';
import type { Translate } from '../core/messages';
import { loadTranslator } from './load-translator';

export interface LoadedTranslator {
  readonly language: Language;
  readonly translate: Translate;
}

/**
 * The translator for `language`, starting from the one the page loaded before its first render.
 * When the reader picks another language, the page keeps the current one until the new one has
 * loaded, so it stays on screen (and keeps its state).
 */
export function useTranslator(language: Language, initial: LoadedTranslator): LoadedTranslator {
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
  }, [language]);
  return loaded;
}
