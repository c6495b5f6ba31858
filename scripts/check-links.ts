/**
 * `npm run check-links`: requests every source and archive URL of the bundled data and prints one
 * line per URL (status, final URL, whether it left the original host), then a summary. Source
 * pages move (CISA's BOD 17-01 page did), so run it before a release. It needs the internet, so it
 * is not part of `npm test`; tests/scripts/check-links.test.ts runs it against a local server.
 *
 * HEAD first, GET when HEAD is refused (405/403/501 or a network error); redirects followed by
 * hand so each hop is seen; a per-request timeout; one retry; a limit on parallel requests.
 */
import { resolve } from 'node:path';

export interface LinkCheckOptions {
  /** Parallel requests at most. */
  readonly concurrency?: number;
  /** Per request, in milliseconds. */
  readonly timeoutMs?: number;
  /** Further attempts after a failed one (network error, timeout or 5xx). */
  readonly retries?: number;
  readonly maxRedirects?: number;
  /** Injected for tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

export interface LinkResult {
  readonly url: string;
  /** The final HTTP status, or undefined when no response came (see `error`). */
  readonly status: number | undefined;
  readonly finalUrl: string;
  readonly isRedirected: boolean;
  /** The final URL's host differs from the original's. */
  readonly isOffHost: boolean;
  readonly method: 'HEAD' | 'GET';
  readonly error?: string;
}

const HEAD_REFUSED = new Set([403, 405, 501]);

async function request(url: string, method: 'HEAD' | 'GET', options: Required<Omit<LinkCheckOptions, 'concurrency' | 'retries'>>) {
  let current = url;
  let isRedirected = false;
  for (let hop = 0; hop <= options.maxRedirects; hop += 1) {
    const response = await options.fetch(current, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': 'kaspersky-ban-status link check (maintainers; https://github.com/)' },
    });
    // The body is never needed: drop it so the connection is freed.
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).href;
      isRedirected = true;
      continue;
    }
    return { status: response.status, finalUrl: current, isRedirected };
  }
  throw new Error(`more than ${options.maxRedirects} redirects`);
}

/** One URL: HEAD, then GET if HEAD is refused; each attempt retried on failure. */
export async function checkLink(url: string, options: LinkCheckOptions = {}): Promise<LinkResult> {
  const settings = { fetch: options.fetch ?? fetch, timeoutMs: options.timeoutMs ?? 15_000, maxRedirects: options.maxRedirects ?? 10 };
  const retries = options.retries ?? 1;
  const attempt = async (method: 'HEAD' | 'GET') => {
    let lastError: unknown;
    for (let tries = 0; tries <= retries; tries += 1) {
      try {
        const result = await request(url, method, settings);
        if (result.status < 500 || tries === retries) return result;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  };
  const hostname = new URL(url).hostname;
  let method: 'HEAD' | 'GET' = 'HEAD';
  try {
    let result = await attempt('HEAD').catch(() => undefined);
    if (!result || HEAD_REFUSED.has(result.status)) {
      method = 'GET';
      result = await attempt('GET');
    }
    return { url, ...result, isOffHost: new URL(result.finalUrl).hostname !== hostname, method };
  } catch (error) {
    const message = error instanceof Error ? (error.name === 'TimeoutError' ? 'timeout' : error.message) : String(error);
    return { url, status: undefined, finalUrl: url, isRedirected: false, isOffHost: false, method, error: message };
  }
}

/** Every URL, at most `concurrency` at a time, results in the order given. */
export async function checkLinks(urls: readonly string[], options: LinkCheckOptions = {}): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array<LinkResult>(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next;
      next += 1;
      results[index] = await checkLink(urls[index]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, urls.length) }, worker));
  return results;
}

export function isBroken(result: LinkResult): boolean {
  return result.status === undefined || result.status >= 400;
}

/** One line per URL: status, final URL, and a mark where it left the original host. */
export function formatResult(result: LinkResult): string {
  const status = result.status === undefined ? `ERR ${result.error ?? ''}`.trim() : String(result.status);
  const redirect = result.isRedirected ? ` -> ${result.finalUrl}${result.isOffHost ? ' [OFF HOST]' : ''}` : '';
  return `${status.padEnd(4)} ${result.method.padEnd(4)} ${result.url}${redirect}`;
}

export function summarize(results: readonly LinkResult[]): string {
  const broken = results.filter(isBroken).length;
  const offHost = results.filter((result) => !isBroken(result) && result.isOffHost).length;
  const redirected = results.filter((result) => !isBroken(result) && result.isRedirected && !result.isOffHost).length;
  return `${results.length} URLs: ${results.length - broken} reachable (${redirected} redirected on the same host, ${offHost} redirected off host), ${broken} broken.`;
}

/** Every source and archive URL of the bundled data and the guidance, each once. */
export async function listDataUrls(): Promise<string[]> {
  const { MILESTONES, ...exported } = await import('../src/core/milestones');
  const helpSources = await import('../src/core/help-sources');
  const { withoutRepeatedSources } = await import('../src/core/statement');
  const isSource = (value: unknown): value is { url: string; archiveUrl: string } =>
    typeof value === 'object' && value !== null && 'url' in value && 'archiveUrl' in value;
  const sources = withoutRepeatedSources([...MILESTONES.flatMap((milestone) => milestone.sources), ...[...Object.values(exported), ...Object.values(helpSources)].filter(isSource)] as never);
  return [...new Set(sources.flatMap((source) => [source.url, source.archiveUrl]))];
}

async function main(argv: readonly string[]): Promise<number> {
  // URLs given on the command line replace the data's (the test uses this with a local server).
  const urls = argv.length > 0 ? [...argv] : await listDataUrls();
  const results = await checkLinks(urls, { concurrency: Number(process.env.LINK_CHECK_CONCURRENCY ?? 4), timeoutMs: Number(process.env.LINK_CHECK_TIMEOUT_MS ?? 15_000) });
  for (const result of results) console.log(formatResult(result));
  console.log(summarize(results));
  return results.some(isBroken) ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = await main(process.argv.slice(2));
}
