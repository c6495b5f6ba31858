import { fakeBrowser } from '@webext-core/fake-browser';

type Listener = (permissions: { permissions: string[] }) => void;

function createEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
    removeAllListeners: () => listeners.clear(),
    trigger: (permissions: string[]) => {
      for (const listener of listeners) listener({ permissions });
    },
  };
}

/** Captured before any test hides them: the APIs an optional permission brings. */
const OPTIONAL_APIS: Readonly<Record<string, unknown>> = { notifications: fakeBrowser.notifications, management: fakeBrowser.management };

/** The API `permission` brings, present or hidden, so a test can fill in what the fake leaves out. */
export function getOptionalApi(permission: 'notifications' | 'management'): Record<string, unknown> {
  return OPTIONAL_APIS[permission] as Record<string, unknown>;
}

export interface FakeOptionalPermissions {
  /** What the user answers to the browser's prompt. */
  answer: boolean;
  /** Keep prompts open until `answerPrompts` (the user takes a while; the page stays usable). */
  isHoldingPrompts: boolean;
  answerPrompts(answer: boolean): void;
  /** How many prompts the browser showed. */
  readonly prompts: number;
  /**
   * Grants `permission` without a prompt, as another page, a synced device or a policy does:
   * `onAdded` fires, as in the browser, so a running worker hears of it.
   */
  grant(permission: string): void;
  isGranted(permission: string): boolean;
}

/**
 * The fake browser leaves `permissions` unimplemented; this gives it an in-memory one that behaves
 * like Chromium's: granted optional permissions are listed by `contains`, `request` shows a prompt
 * answered with `answer` (none when already granted), `remove` gives one back; these and `grant`
 * fire onAdded/onRemoved, and `browser.notifications` or `management` exists only while granted.
 */
export function installFakeOptionalPermissions(): FakeOptionalPermissions {
  const granted = new Set<string>();
  const apis = OPTIONAL_APIS;
  const target = fakeBrowser as unknown as Record<string, unknown>;
  // fakeBrowser.reset() skips an API a test hid; forget what it held from earlier tests.
  (OPTIONAL_APIS['notifications'] as typeof fakeBrowser.notifications).resetState();
  const onAdded = createEvent();
  const onRemoved = createEvent();
  let prompts = 0;
  const heldPrompts: ((answer: boolean) => void)[] = [];
  const syncApis = () => {
    for (const name of Object.keys(apis)) {
      if (granted.has(name)) target[name] = apis[name];
      else Reflect.deleteProperty(target, name);
    }
  };
  const state: FakeOptionalPermissions = {
    answer: true,
    isHoldingPrompts: false,
    answerPrompts(answer) {
      for (const answerPrompt of heldPrompts.splice(0)) answerPrompt(answer);
    },
    get prompts() {
      return prompts;
    },
    grant(permission) {
      if (granted.has(permission)) return;
      granted.add(permission);
      syncApis();
      onAdded.trigger([permission]);
    },
    isGranted: (permission) => granted.has(permission),
  };
  target['permissions'] = {
    contains: ({ permissions = [] }: { permissions?: string[] }) => Promise.resolve(permissions.every((permission) => granted.has(permission))),
    request: ({ permissions = [] }: { permissions?: string[] }) => {
      const missing = permissions.filter((permission) => !granted.has(permission));
      if (missing.length === 0) return Promise.resolve(true);
      prompts += 1;
      const answerPrompt = (answer: boolean): boolean => {
        if (!answer) return false;
        for (const permission of missing) granted.add(permission);
        syncApis();
        onAdded.trigger(missing);
        return true;
      };
      if (state.isHoldingPrompts) return new Promise<boolean>((resolve) => heldPrompts.push((answer) => resolve(answerPrompt(answer))));
      return Promise.resolve(answerPrompt(state.answer));
    },
    remove: ({ permissions = [] }: { permissions?: string[] }) => {
      const held = permissions.filter((permission) => granted.has(permission));
      for (const permission of held) granted.delete(permission);
      syncApis();
      if (held.length > 0) onRemoved.trigger(held);
      return Promise.resolve(held.length > 0);
    },
    onAdded,
    onRemoved,
  };
  syncApis();
  return state;
}
