import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../core/language';
import type { Translate } from '../core/messages';
import type { TranslatorLoader } from './create-translator-loader';

/**
 * The translator for `language`, from the page's loader. When the reader picks another language,
 * the page keeps the current one until the new one has loaded, so it stays on screen (and keeps
 * its state).
 */
export function useTranslator(loadTranslator: TranslatorLoader, language: Language | undefined): { readonly language: Language; readonly translate: Translate } | undefined {
  const [loaded, setLoaded] = useState<{ readonly language: Language; readonly translate: Translate }>();
  useEffect(() => {
    if (!language) return undefined;
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
