/// <reference types="chrome" />
/**
 * Enterprise policy reaching the extension in real Chromium: a managed policy file for the
 * extension's id (support/chromium-policy.ts), read back in the service worker with
 * `chrome.storage.managed`. Chromium publishes only values that match the extension's
 * `storage.managed_schema`, so the values arriving as written prove the schema
 * (src/managed-schema.json) and the keys administrators are told to use (docs/ADMINS.md); the
 * last test checks that the badge, options and popup then follow it.
 *
 * A policy file applies to every Chromium on the machine, and the other browser tests run at the
 * same time. So these tests load a copy of dist/chrome whose manifest `key` is generated here: the
 * policy is addressed to that copy's id, which no other test's browser has.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateManifestKey, toChromeExtensionId, writeExtensionPolicy } from './support/chromium-policy';
import { CHROME_DIST, launchExtension, openExtensionPage, readToolbar } from './support/launch-extension';
import { normalizeSpaces, poll } from './support/observe';

let workDir = '';
let extensionDir = '';
let extensionId = '';

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'kbs-policy-'));
  extensionDir = join(workDir, 'chrome');
  await cp(CHROME_DIST, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  const key = generateManifestKey();
  await writeFile(manifestPath, JSON.stringify({ ...manifest, key }));
  extensionId = toChromeExtensionId(key);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function readManagedStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.managed.get());
}

/** Starts Chromium with the copy under `policy` and returns what the extension reads; removes the policy either way. */
async function readPolicyAsExtension(policy: Readonly<Record<string, unknown>>, isArrived: (managed: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  const policyFile = writeExtensionPolicy(extensionId, policy);
  try {
    const launched = await launchExtension({ timeZone: 'Europe/Berlin', language: 'en-US', extensionDir });
    try {
      // The policy is addressed by the id computed from the key; this is the id Chromium gave it.
      expect(launched.extensionId).toBe(extensionId);
      // Chromium loads extension policy once the extension has registered its schema, shortly after start.
      return await poll(() => readManagedStorage(launched.worker), isArrived, 15_000);
    } finally {
      await launched.close();
    }
  } finally {
    policyFile.remove();
  }
}

describe('enterprise policy in real Chromium', () => {
  test('every key of a valid policy reaches the extension exactly as written', async () => {
    const policy = { region: 'de', lockRegion: true, showBadge: false, enableReminders: false };
    const managed = await readPolicyAsExtension(policy, (value) => Object.keys(value).length > 0);
    expect(managed).toEqual(policy);
  });

  // What Chromium 156 on Linux did with values the schema does not allow: it dropped each of them
  // and published the rest. A string outside the enum, a string or a number for a boolean, and an
  // unknown key never reach `storage.managed`; chrome://policy lists the schema's keys that were
  // dropped as "Not set." with no error, and chrome://policy/logs says only that the file was
  // found. So in Chrome the extension never sees these values; in Firefox, which reads policy
  // without a schema, its own parser is what ignores them.
  test('values the schema does not allow are dropped one by one, the valid rest still arrives', async () => {
    const policy = { region: 'mars', showBadge: 'yes', enableReminders: 1, lockRegion: true, regoin: 'de' };
    const managed = await readPolicyAsExtension(policy, (value) => 'lockRegion' in value);
    expect(managed).toEqual({ lockRegion: true });
  });

  test('the extension follows it: a locked region and no badge text, shown in options as set by the organisation', async () => {
    const policyFile = writeExtensionPolicy(extensionId, { region: 'de', lockRegion: true, showBadge: false, enableReminders: false });
    try {
      // Los Angeles would suggest the United States; the organisation's region wins.
      const launched = await launchExtension({ timeZone: 'America/Los_Angeles', language: 'en-US', extensionDir });
      try {
        const toolbar = await poll(() => readToolbar(launched.worker), (state) => state.title.startsWith('Germany:'), 15_000);
        expect({ text: toolbar.text, isGermany: toolbar.title.startsWith('Germany: ') }).toEqual({ text: '', isGermany: true });

        const options = await openExtensionPage(launched, 'src/options.html');
        const region = options.locator('select#region');
        await region.waitFor();
        expect({ value: await region.inputValue(), isDisabled: await region.isDisabled() }).toEqual({ value: 'de', isDisabled: true });
        expect(normalizeSpaces(await options.locator('#region-managed').textContent())).toBe('Set by your organization.');
        const badge = options.locator('#badge');
        expect({ isChecked: await badge.isChecked(), isDisabled: await badge.isDisabled() }).toEqual({ isChecked: false, isDisabled: true });
        const reminders = options.locator('#reminders-enabled');
        expect({ isChecked: await reminders.isChecked(), isDisabled: await reminders.isDisabled() }).toEqual({ isChecked: false, isDisabled: true });

        const popup = await openExtensionPage(launched, 'src/popup.html');
        await popup.locator('#headline').waitFor();
        expect(normalizeSpaces(await popup.locator('header span').textContent())).toBe('Region: Germany');
      } finally {
        await launched.close();
      }
    } finally {
      policyFile.remove();
    }
  });
});
