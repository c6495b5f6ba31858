/// <reference types="chrome" />
/**
 * Tools for the hardening tests (tests/e2e/hardening.e2e.ts): stored settings read and written in
 * the worker, every error the extension reports (pages and service worker), the service worker
 * stopped and started through the DevTools protocol, a profile that can reload an unpacked
 * extension, and a recording HTTP proxy with Chromium's net log to account for every request.
 */
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { openExtensionPage, type LaunchedExtension } from './launch-extension';
import { normalizeSpaces, poll } from './observe';

/** For the few waits that are the point of a test (a quiet period); everything else polls. */
export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

// ---------------------------------------------------------------------------------------------
// Stored settings

/** What `storage.sync` holds under `settings`, read in the worker (`undefined` when nothing). */
export async function readStoredSettings(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => (await chrome.storage.sync.get('settings'))['settings']);
}

/**
 * Writes `settings` as given. `json` is parsed in the worker, so that keys such as `__proto__`
 * arrive as they would from a foreign writer. Resolves to the browser's error message when it
 * refuses the write (a quota), `undefined` when it was written.
 */
export async function writeStoredSettings(worker: Worker, json: string): Promise<string | undefined> {
  return worker.evaluate(async (text) => {
    try {
      await chrome.storage.sync.set({ settings: JSON.parse(text) as unknown });
      return undefined;
    } catch (error) {
      return String(error);
    }
  }, json);
}

/** The options form as the user sees it. */
export interface OptionsForm {
  readonly region: string;
  readonly language: string;
  readonly isBadgeShown: boolean;
  readonly theme: string | undefined;
  /** The "suggested from your time zone" note, shown only while no region is stored. */
  readonly isRegionSuggested: boolean;
}

export async function readOptionsForm(options: Page): Promise<OptionsForm> {
  return options.evaluate(() => ({
    region: document.querySelector<HTMLSelectElement>('select#region')?.value ?? '',
    language: document.querySelector<HTMLSelectElement>('select#language')?.value ?? '',
    isBadgeShown: document.querySelector<HTMLInputElement>('input#badge')?.checked ?? false,
    theme: document.querySelector<HTMLInputElement>('input[name="theme"]:checked')?.value,
    isRegionSuggested: document.querySelector('#region-suggested') !== null,
  }));
}

// ---------------------------------------------------------------------------------------------
// Errors

export interface ErrorLog {
  /** Every error seen so far, each prefixed with where it came from. */
  readonly errors: string[];
  /** The extension page the DevTools session is attached to (the options page); keep it open. */
  readonly anchor: Page;
  /** A DevTools session on `anchor`, with the ServiceWorker domain enabled. */
  readonly cdp: CDPSession;
  /** The service worker's running states reported since `watchErrors`, with the real time of each. */
  readonly workerStates: { readonly status: string; readonly at: number }[];
}

/**
 * Collects, from now on: uncaught errors and unhandled rejections of every page of the context
 * (`weberror`, the context-wide form of `pageerror`), `console.error` of pages and workers
 * (`console`; the DevTools protocol replays a new worker's earlier messages when Playwright
 * attaches), and, through the DevTools ServiceWorker domain on an extension page opened here and
 * kept open, the service worker's uncaught errors and unhandled rejections, which Playwright does
 * not report. The worker's first start happened before anything listened: `restartWorker` runs
 * it again under watch.
 */
export async function watchErrors(launched: LaunchedExtension, anchorPath = 'src/options.html'): Promise<ErrorLog> {
  const errors: string[] = [];
  const workerStates: { status: string; at: number }[] = [];
  launched.context.on('weberror', (webError) => {
    errors.push(`uncaught in page ${webError.page()?.url() ?? '?'}: ${String(webError.error())}`);
  });
  launched.context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.worker()?.url() ?? message.page()?.url() ?? message.location().url;
    errors.push(`console.error in ${source}: ${message.text()}`);
  });
  const anchor = await openExtensionPage(launched, anchorPath);
  const cdp = await launched.context.newCDPSession(anchor);
  cdp.on('ServiceWorker.workerErrorReported', ({ errorMessage }) => {
    errors.push(`service worker error: ${errorMessage.errorMessage} (${errorMessage.sourceURL}:${errorMessage.lineNumber})`);
  });
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${launched.extensionId}/`)) workerStates.push({ status: version.runningStatus, at: Date.now() });
    }
  });
  await cdp.send('ServiceWorker.enable');
  return { errors, anchor, cdp, workerStates };
}

/** Waits until the worker reports `status` at or after index `from` of `workerStates`; returns its entry. */
export async function waitForWorkerState(log: ErrorLog, status: string, from: number, timeoutMs: number): Promise<{ status: string; at: number }> {
  const found = await poll(
    () => Promise.resolve(log.workerStates.slice(from).find((state) => state.status === status)),
    (state) => state !== undefined,
    timeoutMs,
    50,
  );
  if (!found) throw new Error(`The service worker never reported "${status}"; seen: ${JSON.stringify(log.workerStates.slice(from).map((state) => state.status))}`);
  return found;
}

/**
 * Stops the extension's service worker (DevTools `ServiceWorker.stopAllWorkers`) and waits until it
 * has stopped. A worker the browser already stopped (idle for 30 s) stays so.
 */
export async function stopWorker(log: ErrorLog): Promise<{ status: string; at: number }> {
  const last = log.workerStates.at(-1);
  if (last?.status === 'stopped') return last;
  const from = log.workerStates.length;
  await log.cdp.send('ServiceWorker.stopAllWorkers');
  return waitForWorkerState(log, 'stopped', from, 10_000);
}

/**
 * Stops the worker and starts it again, so that its start (the top-level update) runs while
 * `watchErrors` listens.
 */
export async function restartWorker(launched: LaunchedExtension, log: ErrorLog): Promise<void> {
  await stopWorker(log);
  const from = log.workerStates.length;
  await log.cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${launched.extensionId}/` });
  await waitForWorkerState(log, 'running', from, 10_000);
}

// ---------------------------------------------------------------------------------------------
// Pages

/** Clicks every closed `<details>` summary, one at a time (opening one can reveal more), until none is left. */
export async function clickOpenEveryDetails(page: Page, maxClicks = 200): Promise<number> {
  let clicks = 0;
  for (; clicks < maxClicks; clicks += 1) {
    const summary = await page.$('details:not([open]) > summary');
    if (!summary) break;
    await summary.click();
    // The popup re-renders the section after remembering it is open: wait for that to settle.
    const isOpen = () => summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open).catch(() => true);
    await poll(isOpen, (open) => open, 5_000, 25);
    await summary.dispose();
  }
  const closed = await page.locator('details:not([open])').count();
  if (closed > 0) throw new Error(`${closed} <details> still closed after ${clicks} clicks`);
  return clicks;
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return normalizeSpaces(await page.locator(selector).first().textContent());
}

// ---------------------------------------------------------------------------------------------
// Profiles and packages

/**
 * A fresh profile with developer mode on. Chromium (156) reloads an unpacked extension on
 * `chrome.runtime.reload()` only in developer mode; without it the extension is unloaded and
 * stays so (its pages then fail with ERR_BLOCKED_BY_CLIENT).
 */
export async function createDeveloperModeProfile(): Promise<string> {
  const profileDir = await mkdtemp(join(tmpdir(), 'kbs-profile-'));
  await mkdir(join(profileDir, 'Default'), { recursive: true });
  await writeFile(join(profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return profileDir;
}

/** Replaces the one occurrence of `from` in a file with `to`; throws unless there is exactly one. */
export async function replaceOnce(path: string, from: string, to: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`Expected "${from}" once in ${path}, found it ${count} times`);
  await writeFile(path, text.replace(from, to));
}

// ---------------------------------------------------------------------------------------------
// Network

export interface ProxiedRequest {
  /** `CONNECT` for a tunnel (HTTPS, WSS), otherwise the HTTP method of a plain request. */
  readonly method: string;
  /** `host:port` for CONNECT, the absolute URL otherwise. */
  readonly target: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Real time the proxy received it. */
  readonly at: number;
}

export interface RecordingProxy {
  readonly port: number;
  readonly requests: ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 (ephemeral port) that records every request, tunnel (CONNECT) and
 * upgrade it is asked for, and answers each with 502 without contacting anything.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      if (body.length < 100_000) body += chunk;
    });
    request.on('end', () => {
      requests.push({ method: request.method ?? '?', target: request.url ?? '', headers: request.headers, body, at: Date.now() });
      response.writeHead(502, { connection: 'close' }).end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, socket: Socket) => {
    requests.push({ method: 'CONNECT', target: request.url ?? '', headers: request.headers, body: '', at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  server.on('upgrade', (request, socket: Socket) => {
    requests.push({ method: `${request.method ?? '?'} (upgrade)`, target: request.url ?? '', headers: request.headers, body: '', at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

export interface NetLogRequest {
  readonly url: string;
  readonly method: string;
  /** The origin that asked for it; `not an origin` (or absent) for the browser's own requests. */
  readonly initiator: string | undefined;
}

interface NetLogFile {
  readonly constants: { readonly logEventTypes: Readonly<Record<string, number>> };
  readonly events: readonly { readonly type: number; readonly params?: Readonly<Record<string, unknown>> }[];
}

/**
 * Every network request of a Chromium net log (`--log-net-log=<path>`, written in full when the
 * browser closes) to an http(s) or ws(s) URL, with its method and initiator.
 */
export async function readNetLogRequests(path: string): Promise<NetLogRequest[]> {
  const text = await readFile(path, 'utf8');
  let log: NetLogFile;
  try {
    log = JSON.parse(text) as NetLogFile;
  } catch {
    // A browser that did not close cleanly leaves the events array open.
    log = JSON.parse(`${text.trimEnd().replace(/,$/, '')}]}`) as NetLogFile;
  }
  const startJob = log.constants.logEventTypes['URL_REQUEST_START_JOB'];
  const requests: NetLogRequest[] = [];
  for (const event of log.events) {
    if (event.type !== startJob || !event.params) continue;
    const { url, method, initiator } = event.params;
    if (typeof url !== 'string' || !/^(https?|wss?):/i.test(url)) continue;
    requests.push({ url, method: typeof method === 'string' ? method : '', initiator: typeof initiator === 'string' ? initiator : undefined });
  }
  return requests;
}
