/**
 * Enterprise policy for one extension in the real Chromium: a managed policy file in the
 * machine-wide directory Debian's Chromium reads at start, written as root or through `sudo -n`,
 * and the extension id Chromium derives from a manifest `key`, so that a test can address policy to
 * an extension before the browser starts.
 * https://www.chromium.org/administrators/configuring-policy-for-extensions/ (Linux)
 */
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Chromium on Linux reads mandatory policy; Google Chrome reads /etc/opt/chrome/policies/managed. */
export const CHROMIUM_MANAGED_POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * The id Chromium gives an extension whose manifest has this `key` (base64 DER
 * SubjectPublicKeyInfo): the first 32 hex digits of the key's SHA-256, 0-9a-f written as a-p.
 */
export function toChromeExtensionId(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)));
}

/** A fresh public key for a manifest `key`, and so an extension id no other copy has. */
export function generateManifestKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

export interface ManagedPolicyFile {
  readonly path: string;
  /** Deletes the file, and the policy directories if writing it created them. Safe to call twice. */
  remove(): void;
}

const isRoot = process.getuid?.() === 0;

/** Runs a file command as root: directly when the tests are root, else through `sudo -n` (never a password prompt). */
function runAsRoot(command: string, args: readonly string[], input?: string): void {
  const [file, fileArgs] = isRoot ? [command, args] : ['sudo', ['-n', command, ...args]];
  try {
    execFileSync(file, fileArgs, { input, stdio: ['pipe', 'ignore', 'pipe'] });
  } catch (error) {
    // sudo's own complaint ("a password is required"), or the spawn error when there is no sudo.
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error instanceof Error ? error.message : String(error));
    throw new Error(
      `Writing Chromium policy in ${CHROMIUM_MANAGED_POLICY_DIR} needs root: run the browser tests as root or allow this user passwordless sudo. ` +
        `\`${[file, ...fileArgs].join(' ')}\` failed: ${detail}`,
      { cause: error },
    );
  }
}

/**
 * Writes `policy` for `extensionId` as a managed policy file of its own (a unique name, so tests
 * never overwrite each other's or an administrator's files). The browser reads it when it starts.
 * Call `remove()` in a `finally`: the file applies to every Chromium on the machine.
 */
export function writeExtensionPolicy(extensionId: string, policy: Readonly<Record<string, unknown>>): ManagedPolicyFile {
  // Deepest last, so they can be removed deepest first.
  const createdDirs = ['/etc/chromium/policies', CHROMIUM_MANAGED_POLICY_DIR].filter((dir) => !existsSync(dir));
  runAsRoot('mkdir', ['-p', CHROMIUM_MANAGED_POLICY_DIR]);
  const path = join(CHROMIUM_MANAGED_POLICY_DIR, `kbs-test-${extensionId}-${randomUUID()}.json`);
  let isRemoved = false;
  const remove = (): void => {
    if (isRemoved) return;
    isRemoved = true;
    process.removeListener('exit', remove);
    runAsRoot('rm', ['-f', path]);
    // Leaves a directory that something else has put files in since.
    for (const dir of createdDirs.toReversed()) runAsRoot('rmdir', ['--ignore-fail-on-non-empty', dir]);
  };
  // Should the test runner end before the test's `finally` (a crash, a bail), the file still goes.
  process.once('exit', remove);
  try {
    runAsRoot('tee', [path], JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
    runAsRoot('chmod', ['644', path]);
  } catch (error) {
    remove();
    throw error;
  }
  return { path, remove };
}
