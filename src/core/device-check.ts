import type { Statement } from './guidance';
import { ANDROID_APPS_SOURCE, APPLE_UNINSTALL_SOURCE, EXTENSION_MANAGEMENT_SOURCE, MICROSOFT_UNINSTALL_SOURCE, WINDOWS_SECURITY_SOURCE } from './milestones';

/** The honest limit of the browser check: extensions see the browser's extensions, nothing else. */
export const EXTENSION_LIMIT_STATEMENT: Statement = { id: 'limit', text: 'check_limit', basedOn: [], extraSources: [EXTENSION_MANAGEMENT_SOURCE] };

/** How to look for Kaspersky on the device itself, where no extension can look. */
export const DEVICE_CHECK_STEPS: readonly Statement[] = [
  { id: 'windows', text: 'check_device_windows', basedOn: [], extraSources: [WINDOWS_SECURITY_SOURCE, MICROSOFT_UNINSTALL_SOURCE] },
  { id: 'macos', text: 'check_device_macos', basedOn: [], extraSources: [APPLE_UNINSTALL_SOURCE] },
  { id: 'android', text: 'check_device_android', basedOn: [], extraSources: [ANDROID_APPS_SOURCE] },
];
