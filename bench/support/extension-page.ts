/**
 * An extension page opened in a tab and read through its own CDP session. Everything read inside
 * the page goes through CDP Runtime.evaluate, never Playwright's page.evaluate or selectors: those
 * install Playwright's helper scripts in the page, about 1.2 MB of heap after a waitForSelector,
 * which would be counted as the contestant's.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { isHeadlineInFirstPaint, type PopupOpen } from './launch-measurement.ts';
import { withTimeout } from './with-timeout.ts';

const STEP_TIMEOUT_MS = 20_000;
const PAINT_TIMEOUT_MS = 15_000;

export interface ExtensionPage {
  readonly page: Page;
  readonly cdp: CDPSession;
  /** Every script the page requested so far: module scripts and dynamic imports included. */
  readonly scriptUrls: readonly string[];
}

/**
 * Opens `url` in a new tab. Performance metrics are switched on before the navigation: CDP counts
 * them from Performance.enable on. Requests are read from Playwright's request events (CDP
 * Network underneath), which see chrome-extension:// module scripts and dynamic imports; the
 * page's Resource Timing entries do not list them.
 */
export async function openExtensionPage(context: BrowserContext, url: string): Promise<ExtensionPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptUrls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scriptUrls.push(request.url());
  });
  await page.goto(url, { timeout: STEP_TIMEOUT_MS });
  return { page, cdp, scriptUrls };
}

async function evaluateInPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await withTimeout(
    cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }),
    STEP_TIMEOUT_MS,
    'evaluating in the page',
  );
  if (exceptionDetails) throw new Error(`in the page: ${(exceptionDetails.exception?.description ?? exceptionDetails.text).split('\n')[0]!}`);
  return result.value as T;
}

/**
 * The page's first contentful paint, and the first paint of its element with
 * elementtiming="headline" (Element Timing renderTime), both from buffered performance entries.
 */
const READ_PAINT_TIMES = `new Promise((resolve, reject) => {
  const found = {};
  const resolveWhenBoth = () => { if ('firstContentfulPaintMs' in found && 'headlineMs' in found) resolve(found); };
  setTimeout(() => reject(new Error('nothing with elementtiming="headline" painted within ${PAINT_TIMEOUT_MS / 1000} s')), ${PAINT_TIMEOUT_MS});
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (!entry) return;
    observer.disconnect();
    found.firstContentfulPaintMs = entry.startTime;
    resolveWhenBoth();
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list, observer) => {
    const times = list.getEntries().filter((entry) => entry.identifier === 'headline').map((entry) => entry.renderTime || entry.startTime);
    if (times.length === 0) return;
    observer.disconnect();
    found.headlineMs = Math.min(...times);
    resolveWhenBoth();
  }).observe({ type: 'element', buffered: true });
})`;

export async function readPaintTimes(cdp: CDPSession): Promise<PopupOpen> {
  const { firstContentfulPaintMs, headlineMs } = await evaluateInPage<{ firstContentfulPaintMs: number; headlineMs: number }>(cdp, READ_PAINT_TIMES);
  return { firstContentfulPaintMs, headlineMs, isHeadlineInFirstPaint: isHeadlineInFirstPaint(firstContentfulPaintMs, headlineMs) };
}

/** Two idle callbacks, then 500 ms: late imports and storage reads have settled. */
export async function waitForIdle(cdp: CDPSession): Promise<void> {
  await evaluateInPage(
    cdp,
    'new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(() => setTimeout(resolve, 500), { timeout: 2000 }), { timeout: 2000 }))',
  );
}

/**
 * The page's main-thread time since Performance.enable, from CDP Performance.getMetrics: all
 * tasks less the time spent answering DevTools (our own measuring), and of that, script.
 */
export async function readMainThreadTime(cdp: CDPSession): Promise<{ mainThreadMs: number; scriptMs: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return { mainThreadMs: (seconds('TaskDuration') - seconds('DevToolsCommandDuration')) * 1000, scriptMs: seconds('ScriptDuration') * 1000 };
}

/** The page's V8 heap in use after a full garbage collection, so garbage not yet collected does not count. */
export async function readHeapAfterGarbageCollection(cdp: CDPSession): Promise<number> {
  await withTimeout(cdp.send('HeapProfiler.collectGarbage'), STEP_TIMEOUT_MS, 'collecting garbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

export async function closeExtensionPage({ page, cdp }: ExtensionPage): Promise<void> {
  await cdp.detach();
  await page.close();
}
