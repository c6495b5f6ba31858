import type { Statement } from './statement';
import { ANDROID_APPS_SOURCE, APPLE_UNINSTALL_SOURCE, EXTENSION_MANAGEMENT_SOURCE, MICROSOFT_UNINSTALL_SOURCE, WINDOWS_SECURITY_SOURCE } from './help-sources';

/**
 * Chrome Web Store ids of Kaspersky's browser extensions, as the fact base lists them ("Kaspersky
 * browser extensions"): seen in public code, not confirmed against the store. Hence the second
 * test, by name.
 */
export const KNOWN_KASPERSKY_EXTENSION_IDS: readonly string[] = ['amkpcclbbgegoafihnpgomddadjhcadd', 'ahkjpbeeocnddjkakilopmfdlnjdpcdm'];

/** What the browser tells about an installed extension (names already resolved from `__MSG_…__`). */
export interface InstalledExtension {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
  readonly isEnabled: boolean;
}

export interface KasperskyExtension {
  readonly extension: InstalledExtension;
  /** How it was recognised, shown to the reader: by a known id, or by "Kaspersky" in its name. */
  readonly matchedBy: 'id' | 'name';
}

const KASPERSKY_NAME = /kaspersky/i;

/** The installed extensions that are Kaspersky's, known ids first; never this extension itself. */
export function findKasperskyExtensions(installed: readonly InstalledExtension[], ownId: string): KasperskyExtension[] {
  return installed
    .filter((extension) => extension.id !== ownId)
    .flatMap((extension): KasperskyExtension[] => {
      if (KNOWN_KASPERSKY_EXTENSION_IDS.includes(extension.id)) return [{ extension, matchedBy: 'id' }];
      const names = [extension.name, extension.shortName ?? ''];
      return names.some((name) => KASPERSKY_NAME.test(name)) ? [{ extension, matchedBy: 'name' }] : [];
    })
    .sort((a, b) => (a.matchedBy === b.matchedBy ? a.extension.name.localeCompare(b.extension.name) : a.matchedBy === 'id' ? -1 : 1));
}

/** The honest limit of the browser check: extensions see the browser's extensions, nothing else. */
export const BROWSER_CHECK_LIMIT: Statement = { id: 'limit', text: 'check_limit', basedOn: [], extraSources: [EXTENSION_MANAGEMENT_SOURCE] };

/** How to look for Kaspersky on the device itself, where no extension can look. */
export const DEVICE_CHECK_STEPS: readonly Statement[] = [
  { id: 'windows', text: 'check_device_windows', basedOn: [], extraSources: [WINDOWS_SECURITY_SOURCE, MICROSOFT_UNINSTALL_SOURCE] },
  { id: 'macos', text: 'check_device_macos', basedOn: [], extraSources: [APPLE_UNINSTALL_SOURCE] },
  { id: 'android', text: 'check_device_android', basedOn: [], extraSources: [ANDROID_APPS_SOURCE] },
];
