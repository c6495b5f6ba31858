import { useEffect, useRef, useState } from 'preact/hooks';
import { DEVICE_CHECK_STEPS, BROWSER_CHECK_LIMIT } from '../core/browser-check';
import type { DisplayContext } from '../core/format-milestone-date';
import { findKasperskyExtensions, type KasperskyExtension } from '../core/browser-check';
import type { MessageKey, Translate } from '../core/messages';
import type { Milestone } from '../core/milestone';
import {
  canManageOtherExtensions,
  getOwnExtensionId,
  listInstalledExtensions,
  openExtensionsPage,
  uninstallExtension,
} from '../platform/browser-check';
import { releasePermission, requestPermission } from '../platform/permissions';
import { StatementList } from './statement-list';
import { StatementText } from './statement-text';

type CheckState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'found'; readonly found: readonly KasperskyExtension[] }
  | { readonly kind: 'finished'; readonly messageKey: MessageKey };

interface Announcement {
  readonly messageKey: MessageKey;
  readonly substitutions?: readonly string[];
}

async function findAndMaybeRelease(): Promise<KasperskyExtension[]> {
  const found = findKasperskyExtensions(await listInstalledExtensions(), getOwnExtensionId());
  if (found.length === 0) await releasePermission('management');
  return found;
}

/**
 * "Check this browser for Kaspersky extensions": asks for the `management` permission in the
 * click, lists what it finds and how each was recognised, offers the browser's own pages and
 * confirmation to remove one, then gives the permission back and says so. It also says what no
 * extension can see, with the steps to check the device itself.
 */
interface BrowserCheckProps {
  /** The data the device steps' sources are looked up in. */
  readonly milestones: readonly Milestone[];
  readonly translate: Translate;
  readonly display: DisplayContext;
}

export function BrowserCheck({ milestones, translate, display }: BrowserCheckProps) {
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState<Announcement>();
  const resultRef = useRef<HTMLDivElement>(null);
  // The result's buttons go away with the list: focus the result instead of dropping to the page.
  const focusResult = (): void => {
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  const isHoldingPermission = state.kind === 'checking' || state.kind === 'found';

  // Leaving the page mid-check gives the permission back too (the next browser start would also).
  useEffect(() => {
    if (!isHoldingPermission) return undefined;
    const handlePageHide = (): void => void releasePermission('management');
    window.addEventListener('pagehide', handlePageHide);
    return () => window.removeEventListener('pagehide', handlePageHide);
  }, [isHoldingPermission]);

  const showResult = (found: readonly KasperskyExtension[]): void => {
    setState(found.length === 0 ? { kind: 'finished', messageKey: 'check_none_found' } : { kind: 'found', found });
  };

  const handleCheck = (): void => {
    setAnnouncement(undefined);
    setState({ kind: 'checking' });
    // In the click: the browser grants optional permissions only while handling it.
    requestPermission('management')
      .then(async (isGranted) => {
        if (!isGranted) {
          setState({ kind: 'finished', messageKey: 'check_denied' });
          return;
        }
        showResult(await findAndMaybeRelease());
      })
      .catch(async (error: unknown) => {
        console.warn('Checking for Kaspersky extensions failed', error);
        await releasePermission('management');
        setState({ kind: 'finished', messageKey: 'check_failed' });
      });
  };

  const handleRemove = (match: KasperskyExtension): void => {
    setAnnouncement(undefined);
    // Called in the click: Chrome asks for confirmation itself and needs the user's gesture.
    void uninstallExtension(match.extension.id).then(async (isRemoved) => {
      setAnnouncement(isRemoved ? { messageKey: 'check_removed', substitutions: [match.extension.name] } : { messageKey: 'check_remove_cancelled' });
      if (isRemoved) {
        showResult(await findAndMaybeRelease());
        focusResult();
      }
    });
  };

  const handleDone = (): void => {
    void releasePermission('management').then(() => {
      setState({ kind: 'finished', messageKey: 'check_permission_returned' });
      focusResult();
    });
  };

  return (
    <section class="field" aria-labelledby="check-heading" id="kaspersky-check">
      <h2 id="check-heading">{translate('check_heading')}</h2>
      <p class="note">{translate('check_intro')}</p>
      <button type="button" onClick={handleCheck}>
        {translate('check_start')}
      </button>
      <div role="status" id="check-result" ref={resultRef} tabIndex={-1}>
        {state.kind === 'finished' && <p>{translate(state.messageKey)}</p>}
        {state.kind === 'found' && <p>{translate('check_found', [String(state.found.length)])}</p>}
        {announcement && <p>{translate(announcement.messageKey, announcement.substitutions)}</p>}
      </div>
      {state.kind === 'found' && (
        <>
          <ul class="found-extensions">
            {state.found.map((match) => (
              <li key={match.extension.id}>
                <strong>{translate('check_found_extension', [match.extension.name, translate(match.extension.isEnabled ? 'check_enabled' : 'check_disabled')])}</strong>
                <p class="note">{translate(match.matchedBy === 'id' ? 'check_matched_by_id' : 'check_matched_by_name')}</p>
                {/* The id is for a helper who needs it (to find the extension by hand); the words come first. */}
                <details class="technical-details">
                  <summary>{translate('check_technical_details')}</summary>
                  <p class="note">
                    {translate('check_extension_id', [match.extension.id])}
                  </p>
                </details>
                {canManageOtherExtensions() ? (
                  <p class="found-actions">
                    <button type="button" onClick={() => void openExtensionsPage(match.extension.id)}>
                      {translate('check_open_extensions_page', [match.extension.name])}
                    </button>{' '}
                    <button type="button" onClick={() => handleRemove(match)}>
                      {translate('check_remove', [match.extension.name])}
                    </button>
                  </p>
                ) : (
                  <p class="note">{translate('check_firefox_manage')}</p>
                )}
              </li>
            ))}
          </ul>
          <button type="button" onClick={handleDone}>
            {translate('check_done')}
          </button>
        </>
      )}
      <p>
        <StatementText statement={BROWSER_CHECK_LIMIT} milestones={milestones} translate={translate} display={display} />
      </p>
      <StatementList statements={DEVICE_CHECK_STEPS} milestones={milestones} translate={translate} display={display} />
    </section>
  );
}
