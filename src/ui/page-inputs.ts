import type { BrowserEnvironment } from '../core/compose-view';
import { getViewLanguage } from '../core/compose-view';
import type { ChecklistState } from '../core/checklists';
import { resolveLanguage, type Language } from '../core/language';
import type { Policy } from '../core/policy';
import type { SeenFacts } from '../core/seen-facts';
import type { Settings } from '../core/settings';
import { CHECKLIST_GROUPS } from '../core/checklist-groups';
import { loadChecklistState } from '../platform/checklist-store';
import { readBrowserEnvironment } from '../platform/i18n';
import { loadCachedPolicy } from '../platform/policy-store';
import { loadSeenFacts } from '../platform/seen-facts-store';
import { loadSettings } from '../platform/settings-store';
import type { TranslatorLoader } from './create-translator-loader';
import type { LoadedTranslator } from './use-translator';

/** Everything a page's view is composed from, read before its first render. */
export interface PageInputs {
  readonly storedSettings: Settings;
  /** The policy as the background last read it: the browser may take seconds to answer the real read. */
  readonly policy: Policy;
  readonly checklistState: ChecklistState;
  readonly seenFacts: SeenFacts;
  readonly environment: BrowserEnvironment;
  readonly translator: LoadedTranslator;
}

/** The reader's marks of the whole checklist; one function, so a live value subscribes once. */
export const loadPageChecklistState = () => loadChecklistState(CHECKLIST_GROUPS);

/**
 * Reads a page's inputs, all at once, and loads the messages of the language they decide on. The
 * language the page showed last time (or the browser's) starts loading at the same time, so the
 * usual case waits for one round of reads only.
 */
export async function loadPageInputs(loadTranslator: TranslatorLoader, likelyLanguage: Language | undefined): Promise<PageInputs> {
  const environment = readBrowserEnvironment();
  void loadTranslator(likelyLanguage ?? resolveLanguage('browser', environment.textLanguage));
  const [storedSettings, policy, checklistState, seenFacts] = await Promise.all([loadSettings(), loadCachedPolicy(), loadPageChecklistState(), loadSeenFacts()]);
  const language = getViewLanguage(storedSettings, policy, environment);
  const translate = await loadTranslator(language);
  return { storedSettings, policy, checklistState, seenFacts, environment, translator: { language, translate } };
}
