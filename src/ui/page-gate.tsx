import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { CHECKLIST_GROUPS } from '../core/checklist-groups';
import { composeView, type View } from '../core/compose-view';
import { fingerprint } from '../core/fingerprint';
import type { MessageKey, Translate } from '../core/messages';
import { onChecklistStateChanged } from '../platform/checklist-store';
import { loadSeenFacts, onSeenFactsChanged } from '../platform/seen-facts-store';
import { applyPageSettings } from './apply-page-settings';
import { BUNDLED_MILESTONES } from './bundled-milestones';
import type { TranslatorLoader } from './create-translator-loader';
import { loadPageChecklistState, type PageInputs } from './page-inputs';
import { useLiveValue } from './use-live-value';
import { useNow } from './use-now';
import { usePolicy } from './use-policy';
import { useSettings, type SettingsEditor } from './use-settings';
import { useTranslator } from './use-translator';

/** What a page renders from: the one view of the state, its language, and the settings' editor. */
export interface PageContext {
  readonly view: View;
  /** A fingerprint of the stored inputs the view was composed from (for first-paint.ts). */
  readonly inputs: string;
  readonly translate: Translate;
  readonly save: SettingsEditor['save'];
  readonly reset: SettingsEditor['reset'];
}

interface PageGateProps {
  readonly titleKey: MessageKey;
  /** Read before the first render (page-inputs.ts), so the first render is the real content. */
  readonly initial: PageInputs;
  /** The page's own messages (scripts/message-bundles.ts), for a language the reader picks. */
  readonly loadTranslator: TranslatorLoader;
  readonly children: (page: PageContext) => ComponentChildren;
}

/**
 * Renders a page from its inputs, read before the first render, and follows every change of them
 * and of the time. The view is composed once per change, from the same core function as the badge.
 */
export function PageGate({ titleKey, initial, loadTranslator, children }: PageGateProps) {
  const { settings, save, reset } = useSettings(initial.storedSettings);
  const policy = usePolicy(initial.policy);
  const [checklistState] = useLiveValue(loadPageChecklistState, onChecklistStateChanged, initial.checklistState);
  const [seenFacts] = useLiveValue(loadSeenFacts, onSeenFactsChanged, initial.seenFacts);
  const { environment } = initial;
  const [now, renewAt] = useNow();
  const view = useMemo(
    () => composeView({ storedSettings: settings, policy, environment, checklistState, seenFacts, now, milestones: BUNDLED_MILESTONES, checklistGroups: CHECKLIST_GROUPS }),
    [settings, policy, checklistState, seenFacts, environment, now],
  );
  const inputs = useMemo(() => fingerprint(JSON.stringify([settings, policy, checklistState, seenFacts])), [settings, policy, checklistState, seenFacts]);
  const pageChangesAt = view.pageChangesAt;
  useLayoutEffect(() => {
    renewAt(pageChangesAt);
  }, [now, pageChangesAt?.getTime()]);
  const translator = useTranslator(loadTranslator, view.language, initial.translator);
  // Before the browser paints, so the page never shows in the wrong theme or language.
  useLayoutEffect(() => {
    applyPageSettings({ language: translator.language, locale: view.display.locale, title: translator.translate(titleKey), theme: view.settings.theme });
  }, [view.settings.theme, view.display.locale, translator, titleKey]);
  return <>{children({ view, inputs, translate: translator.translate, save, reset })}</>;
}
