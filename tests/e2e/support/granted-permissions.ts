import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Marks optional permissions as granted to an extension in a Chromium profile, as if the user had
 * accepted the browser's prompt before: Chromium's prompt needs a real window, which headless
 * tests have not, but a permission already granted is given again without one. The profile must
 * have run the extension once (so its entry exists) and the browser must be closed.
 *
 * Linux Chromium keeps extension settings in `Default/Preferences` without enforcing the
 * preference MACs that Windows and macOS check, so the edit is read as the user's own.
 */
export async function grantOptionalPermissions(profileDir: string, extensionId: string, permissions: readonly string[]): Promise<void> {
  const path = join(profileDir, 'Default', 'Preferences');
  const preferences = JSON.parse(await readFile(path, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, { api?: string[] }>> };
  };
  const settings = preferences.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`Extension ${extensionId} has never run in ${profileDir}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = settings[key] ?? {};
    settings[key] = { ...set, api: [...new Set([...(set.api ?? []), ...permissions])] };
  }
  await writeFile(path, JSON.stringify(preferences));
}
