/**
 * The scripts a service worker has parsed, from CDP Debugger.scriptParsed, which Debugger.enable
 * replays for every script already loaded. A worker cannot import() (the spec forbids it in
 * service workers), so these are all the scripts it will ever run.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

interface TargetMessage {
  readonly id?: number;
  readonly method?: string;
  readonly params?: { readonly url?: string };
}

/** Sends `method` to the attached target and collects what it says until it answers. */
async function sendToTarget(browserSession: CDPSession, sessionId: string, id: number, method: string, received: TargetMessage[]): Promise<void> {
  const answered = new Promise<void>((resolve) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as TargetMessage;
      received.push(message);
      if (message.id !== id) return;
      browserSession.off('Target.receivedMessageFromTarget', onMessage);
      resolve();
    };
    browserSession.on('Target.receivedMessageFromTarget', onMessage);
  });
  await browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  await answered;
}

/**
 * Extension URLs of every script the worker at `workerUrl` has parsed. Playwright hands out CDP
 * sessions for pages only, so this attaches to the worker from the browser's session in the
 * non-flat mode, which carries the worker's messages inside Target.sendMessageToTarget and
 * Target.receivedMessageFromTarget.
 */
export async function readWorkerScripts(context: BrowserContext, workerUrl: string): Promise<string[]> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser-level CDP session for this context');
  const browserSession = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'service_worker' && info.url === workerUrl);
    if (!target) throw new Error(`service worker ${workerUrl} is not running`);
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const received: TargetMessage[] = [];
    await sendToTarget(browserSession, sessionId, 1, 'Debugger.enable', received);
    await sendToTarget(browserSession, sessionId, 2, 'Debugger.disable', received);
    await browserSession.send('Target.detachFromTarget', { sessionId });
    // Node's URL gives chrome-extension: addresses no origin, so the prefix is built from the host.
    const extensionPrefix = `chrome-extension://${new URL(workerUrl).host}/`;
    return received
      .filter((message) => message.method === 'Debugger.scriptParsed')
      .map((message) => message.params?.url ?? '')
      .filter((url) => url.startsWith(extensionPrefix));
  } finally {
    await browserSession.detach();
  }
}
