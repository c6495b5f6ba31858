import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { MessageKey } from '../core/messages';
import type { Settings } from '../core/settings';
import { applyPageSettings } from './apply-page-settings';
import { useLocalization, type Localization } from './use-localization';
import { useSettings } from './use-settings';

interface PageGateProps {
  readonly titleKey: MessageKey;
  readonly children: (settings: Settings, localization: Localization) => ComponentChildren;
}

/**
 * Renders a page once its settings and language are loaded (a few milliseconds, all local), so
 * the first thing painted is the real content in the right language and theme.
 */
export function PageGate({ titleKey, children }: PageGateProps) {
  const settings = useSettings();
  const localization = useLocalization(settings);
  // Before the browser paints, so the page never shows in the wrong theme or language first.
  useLayoutEffect(() => {
    if (settings && localization) {
      applyPageSettings({ locale: localization.display.locale, title: localization.translate(titleKey), theme: settings.theme });
    }
  }, [settings, localization, titleKey]);
  return settings && localization ? <>{children(settings, localization)}</> : null;
}
