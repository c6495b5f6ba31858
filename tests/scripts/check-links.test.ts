import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLink, checkLinks, formatResult, listDataUrls, summarize } from '../../scripts/check-links';

const ROOT = resolve(import.meta.dirname, '../..');

/** Two loopback servers (127.0.0.1 only): the site, and "another host" it redirects to. */
function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

let site: { server: Server; origin: string };
let other: { server: Server; origin: string };

beforeAll(async () => {
  other = await listen((_request, response) => response.writeHead(200).end('moved here'));
  // "localhost" names the same loopback address but another host, as a moved page would.
  const otherOrigin = other.origin.replace('127.0.0.1', 'localhost');
  site = await listen((request, response) => {
    if (request.url === '/ok') response.writeHead(200).end('ok');
    else if (request.url === '/moved') response.writeHead(301, { location: `${otherOrigin}/page` }).end();
    else if (request.url === '/same-host') response.writeHead(302, { location: '/ok' }).end();
    else if (request.url === '/no-head') response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
    else if (request.url === '/slow') setTimeout(() => response.writeHead(200).end('late'), 2_000);
    else response.writeHead(404).end('not found');
  });
});

afterAll(async () => {
  site.server.closeAllConnections();
  other.server.closeAllConnections();
  await Promise.all([site, other].map(({ server }) => new Promise((done) => server.close(done))));
});

describe('npm run check-links, against a local server', () => {
  test('200: reachable, not redirected', async () => {
    expect(await checkLink(`${site.origin}/ok`)).toMatchObject({ status: 200, isRedirected: false, isOffHost: false, method: 'HEAD' });
  });

  test('301 to another host: followed, and marked off host', async () => {
    const result = await checkLink(`${site.origin}/moved`);
    expect(result).toMatchObject({ status: 200, isRedirected: true, isOffHost: true });
    expect(result.finalUrl).toMatch(/^http:\/\/localhost:\d+\/page$/);
    expect(formatResult(result)).toContain('[OFF HOST]');
  });

  test('a redirect on the same host is not off host', async () => {
    expect(await checkLink(`${site.origin}/same-host`)).toMatchObject({ status: 200, isRedirected: true, isOffHost: false, finalUrl: `${site.origin}/ok` });
  });

  test('404: broken', async () => {
    expect((await checkLink(`${site.origin}/gone`)).status).toBe(404);
  });

  test('HEAD refused: GET instead', async () => {
    expect(await checkLink(`${site.origin}/no-head`)).toMatchObject({ status: 200, method: 'GET' });
  });

  test('a timeout is reported, after one retry', async () => {
    // Counted on the client: under load the server may not see a request the client already gave up on.
    const methods: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      methods.push(init?.method ?? 'GET');
      return fetch(input, init);
    };
    const result = await checkLink(`${site.origin}/slow`, { timeoutMs: 300, retries: 1, fetch: countingFetch });
    expect(result).toMatchObject({ status: undefined, error: 'timeout' });
    // HEAD twice (first try and retry), then GET twice.
    expect(methods).toEqual(['HEAD', 'HEAD', 'GET', 'GET']);
  });

  test('many URLs keep their order under a concurrency limit, and the summary counts them', async () => {
    const urls = ['/ok', '/moved', '/gone', '/same-host', '/no-head'].map((path) => `${site.origin}${path}`);
    const results = await checkLinks(urls, { concurrency: 2 });
    expect(results.map((result) => result.url)).toEqual(urls);
    expect(summarize(results)).toBe('5 URLs: 4 reachable (1 redirected on the same host, 1 redirected off host), 1 broken.');
  });

  test('the command prints one line per URL and a summary, and fails when a link is broken', async () => {
    const run = promisify(execFile);
    const error = await run('npx', ['tsx', 'scripts/check-links.ts', `${site.origin}/ok`, `${site.origin}/gone`], { cwd: ROOT }).catch((failure: unknown) => failure);
    const { stdout, code } = error as { stdout: string; code: number };
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^200 +HEAD http:\/\/127\.0\.0\.1:\d+\/ok$/);
    expect(lines[1]).toMatch(/^404 /);
    expect(lines[2]).toBe('2 URLs: 1 reachable (0 redirected on the same host, 0 redirected off host), 1 broken.');
  });

  test('without arguments it checks every source and archive URL of the data', async () => {
    const urls = await listDataUrls();
    expect(urls).toContain('https://www.cisa.gov/news-events/directives/bod-17-01-removal-kaspersky-branded-products');
    expect(urls).toContain('https://web.archive.org/web/https://tass.com/economy/1853523');
    expect(urls).toContain('https://support.microsoft.com/en-us/windows/uninstall-or-remove-apps-and-programs-in-windows-4b55f974-2cc6-2d2b-d092-5905080eaf98');
    expect(new Set(urls).size).toBe(urls.length);
  });
});
