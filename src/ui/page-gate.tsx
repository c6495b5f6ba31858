import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { MessageKey } from '../core/messages';
import { applyPolicy, type AppliedSettings, type Policy } from '../core/policy';
import type { Settings } from '../core/settings';
import { applyPageSettings } from './apply-page-settings';
import { useLocalization, type Localization } from './use-localization';
import { usePolicy } from './use-policy';
import { useSettings } from './use-settings';

/** What a page knows of the settings: the user's own, the organisation's, and the two together. */
export interface PageSettings {
  readonly stored: Settings;
  readonly policy: Policy;
  readonly applied: AppliedSettings;
}

interface PageGateProps {
  readonly titleKey: MessageKey;
  readonly children: (settings: PageSettings, localization: Localization) => ComponentChildren;
}

/**
 * Renders a page once its settings, policy and language are loaded (a few milliseconds, all
 * local), so the first thing painted is the real content in the right language and theme.
 */
export function PageGate({ titleKey, children }: PageGateProps) {
  const stored = useSettings();
  const policy = usePolicy();
  const applied = stored && policy && applyPolicy(stored, policy);
  const localization = useLocalization(applied?.settings);
  // Before the browser paints, so the page never shows in the wrong theme or language first.
  useLayoutEffect(() => {
    if (applied && localization) {
      applyPageSettings({ locale: localization.display.locale, title: localization.translate(titleKey), theme: applied.settings.theme });
    }
  }, [applied?.settings.theme, localization, titleKey]);
  return stored && policy && applied && localization ? <>{children({ stored, policy, applied }, localization)}</> : null;
}
