import { addMinutes, min } from 'date-fns';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { CHECKLIST_GROUPS } from '../core/checklist-groups';
import { composeView, type View } from '../core/compose-view';
import type { MessageKey, Translate } from '../core/messages';
import { loadChecklistState, onChecklistStateChanged } from '../platform/checklist-store';
import { readBrowserEnvironment } from '../platform/i18n';
import { loadSeenFacts, onSeenFactsChanged } from '../platform/seen-facts-store';
import { applyPageSettings } from './apply-page-settings';
import { BUNDLED_MILESTONES } from './bundled-milestones';
import type { TranslatorLoader } from './create-translator-loader';
import { useLiveValue } from './use-live-value';
import { useNow } from './use-now';
import { usePolicy } from './use-policy';
import { useSettings, type SettingsEditor } from './use-settings';
import { useTranslator } from './use-translator';

/** What a page renders from: the one view of the state, its language, and the settings' editor. */
export interface PageContext {
  readonly view: View;
  readonly translate: Translate;
  readonly save: SettingsEditor['save'];
  readonly reset: SettingsEditor['reset'];
}

interface PageGateProps {
  readonly titleKey: MessageKey;
  /** The page's own messages (scripts/message-bundles.ts). */
  readonly loadTranslator: TranslatorLoader;
  /** The popup's timeline says "in 3 minutes": it redraws each minute as well as at each change. */
  readonly isRedrawnEveryMinute?: boolean;
  readonly children: (page: PageContext) => ComponentChildren;
}

/** The marks of the whole checklist; one function, so the live value subscribes once. */
const loadPageChecklistState = () => loadChecklistState(CHECKLIST_GROUPS);

/**
 * Renders a page once its settings, policy and language are loaded (a few milliseconds, all
 * local), so the first thing painted is the real content in the right language and theme. The
 * view is composed once per render, from the same core function as the badge.
 */
export function PageGate({ titleKey, loadTranslator, isRedrawnEveryMinute = false, children }: PageGateProps) {
  const { settings, save, reset } = useSettings();
  const policy = usePolicy();
  const [checklistState] = useLiveValue(loadPageChecklistState, onChecklistStateChanged);
  const [seenFacts] = useLiveValue(loadSeenFacts, onSeenFactsChanged);
  const [environment] = useState(readBrowserEnvironment);
  const [now, renewAt] = useNow();
  const view = useMemo(
    () =>
      settings && policy && checklistState && seenFacts && composeView({ storedSettings: settings, policy, environment, checklistState, seenFacts, now, milestones: BUNDLED_MILESTONES, checklistGroups: CHECKLIST_GROUPS }),
    [settings, policy, checklistState, seenFacts, environment, now],
  );
  const nextChangeAt = view && (isRedrawnEveryMinute ? min([addMinutes(now, 1), ...(view.nextChangeAt ? [view.nextChangeAt] : [])]) : view.nextChangeAt);
  useLayoutEffect(() => {
    renewAt(nextChangeAt);
  }, [now, nextChangeAt?.getTime()]);
  const translator = useTranslator(loadTranslator, view?.language);
  // Before the browser paints, so the page never shows in the wrong theme or language first.
  useLayoutEffect(() => {
    if (view && translator) applyPageSettings({ locale: view.display.locale, title: translator.translate(titleKey), theme: view.settings.theme });
  }, [view?.settings.theme, view?.display.locale, translator, titleKey]);
  return view && translator ? <>{children({ view, translate: translator.translate, save, reset })}</> : null;
}
