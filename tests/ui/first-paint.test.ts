// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  forgetPopupUnlessFrom,
  getDeviceKey,
  hideFirstPaint,
  parsePageLook,
  parsePopupSnapshot,
  readPopupSnapshot,
  rememberPageLook,
  rememberPopup,
  showPageLook,
  showRememberedPopup,
  takePopupContent,
  type PopupSnapshot,
} from '../../src/ui/first-paint';
import { readBodyWithoutFirstPaintMarks } from '../support/first-paint-body';

const TAKEN_AT = new Date('2024-09-28T20:00:00-04:00');
const VALID_UNTIL = new Date('2024-09-29T00:00:00-04:00');

function snapshotOf(html: string, change: Partial<PopupSnapshot> = {}): PopupSnapshot {
  const body = document.createElement('body');
  body.innerHTML = html;
  return {
    build: '1.0.0',
    environment: getDeviceKey(),
    inputs: 'abcd1234',
    takenAt: TAKEN_AT.getTime(),
    validUntil: VALID_UNTIL.getTime(),
    title: 'Kaspersky ban status',
    content: takePopupContent(body, 600),
    height: 900,
    ...change,
  };
}

/** Elements from snapshot content, through the same path as a page's first paint. */
function buildFrom(content: PopupSnapshot['content']): Element[] {
  rememberPopup(localStorage, { ...snapshotOf(''), content });
  const holder = document.implementation.createHTMLDocument('');
  showRememberedPopup(holder, localStorage, { build: '1.0.0', now: new Date('2024-09-28T22:00:00-04:00') });
  localStorage.clear();
  return [...holder.body.children].map((element) => {
    element.removeAttribute('data-first-paint');
    element.removeAttribute('inert');
    return document.importNode(element, true);
  });
}


afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.lang = '';
});

describe('the remembered look', () => {
  test('is applied to <html>: its language and colour scheme', () => {
    rememberPageLook(localStorage, { language: 'es', locale: 'es-MX', theme: 'dark' });
    showPageLook(document, localStorage);
    expect(document.documentElement.lang).toBe('es-MX');
    expect(document.documentElement.dataset['theme']).toBe('dark');
  });

  test('anything stored that is not a look is ignored', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const look = parsePageLook(value);
        if (look) expect(['en', 'id', 'es']).toContain(look.language);
      }),
    );
    expect(parsePageLook({ language: 'fr', locale: 'fr', theme: 'dark' })).toBeUndefined();
    expect(parsePageLook({ language: 'en', locale: 'not a locale!', theme: 'dark' })).toBeUndefined();
    expect(parsePageLook({ language: 'en', locale: 'en', theme: 'sepia' })).toBeUndefined();
  });
});

describe('the remembered popup', () => {
  const context = { build: '1.0.0', environment: getDeviceKey(), now: new Date('2024-09-28T22:00:00-04:00') };

  test('is shown only while it is exact: same version and device, from when it was taken until its next change', () => {
    rememberPopup(localStorage, snapshotOf('<main><h1 id="headline">Hello</h1></main>'));
    expect(readPopupSnapshot(localStorage, context)?.title).toBe('Kaspersky ban status');
    expect(readPopupSnapshot(localStorage, { ...context, build: '1.0.1' })).toBeUndefined();
    expect(readPopupSnapshot(localStorage, { ...context, environment: '["Europe/Berlin","de-DE"]' })).toBeUndefined();
    expect(readPopupSnapshot(localStorage, { ...context, now: new Date(TAKEN_AT.getTime() - 1) })).toBeUndefined();
    expect(readPopupSnapshot(localStorage, { ...context, now: new Date(VALID_UNTIL.getTime() - 1) })).toBeDefined();
    expect(readPopupSnapshot(localStorage, { ...context, now: VALID_UNTIL })).toBeUndefined();
    rememberPopup(localStorage, snapshotOf('<main></main>', { validUntil: null }));
    expect(readPopupSnapshot(localStorage, { ...context, now: new Date('2099-01-01T00:00:00Z') })).toBeDefined();
  });

  test('is rebuilt as it was on screen, ticked boxes and open sections included, disabled until the page is live', () => {
    document.body.innerHTML = '<main><h1 id="headline" tabindex="-1">Do this</h1><details open><summary>More</summary><p>Text &amp; more</p></details><input type="checkbox" id="done"><script type="text/plain">not shown</script></main>';
    document.querySelector<HTMLInputElement>('#done')!.checked = true;
    rememberPopup(localStorage, { ...snapshotOf(''), content: takePopupContent(document.body, 600) });
    document.body.replaceChildren();
    showRememberedPopup(document, localStorage, { build: context.build, now: context.now });
    expect(readBodyWithoutFirstPaintMarks()).toBe('<main><h1 id="headline" tabindex="-1">Do this</h1><details open=""><summary>More</summary><p>Text &amp; more</p></details><input type="checkbox" id="done" checked=""></main>');
    expect(document.querySelector('main')?.hasAttribute('inert')).toBe(true);
    expect(document.title).toBe('Kaspersky ban status');
    // As tall as the page was, so the scroll bar does not change when the live page replaces it.
    expect(document.documentElement.style.minHeight).toBe('900px');
    hideFirstPaint(document);
    expect(document.body.innerHTML).toBe('');
    expect(document.documentElement.style.minHeight).toBe('');
  });

  test('keeps only what is in view when the page opens: nothing below the fold, nothing folded away in a closed <details>', () => {
    document.body.innerHTML = '<main><h1>Do this</h1><details><summary>Sources</summary><ul><li>A page</li></ul></details><section id="low"><p>Far down</p></section></main>';
    const low = document.querySelector('#low')!;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return { top: this === low || low.contains(this) ? 650 : 10 } as DOMRect;
    });
    try {
      document.body.replaceChildren(...buildFrom(takePopupContent(document.body, 600)));
    } finally {
      vi.restoreAllMocks();
    }
    expect(document.body.innerHTML).toBe('<main><h1>Do this</h1><details><summary>Sources</summary></details></main>');
  });

  test('stored content that is not ours is never shown: no handlers, no odd tags, nothing too deep', () => {
    const withContent = (content: unknown) => parsePopupSnapshot({ ...snapshotOf(''), content });
    expect(withContent([['main', [['class', 'a']], ['text']]])).toBeDefined();
    expect(withContent([['img', [['onerror', 'alert(1)']], []]])).toBeUndefined();
    expect(withContent([['scr ipt', [], []]])).toBeUndefined();
    let deep: unknown = 'text';
    for (let depth = 0; depth < 100; depth += 1) deep = ['div', [], [deep]];
    expect(withContent([deep])).toBeUndefined();
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => parsePopupSnapshot(value)).not.toThrow();
        // JSON.stringify gives undefined for some values (undefined, functions), whatever its type says.
        const text: unknown = JSON.stringify(value);
        const stored = { getItem: () => (typeof text === 'string' ? text : null), setItem: () => undefined, removeItem: () => undefined };
        expect(() => readPopupSnapshot(stored, context)).not.toThrow();
      }),
    );
  });

  test('a storage that throws (switched off, full) means nothing is remembered, and nothing breaks', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => rememberPopup(broken, snapshotOf(''))).not.toThrow();
    expect(readPopupSnapshot(broken, context)).toBeUndefined();
    expect(() => showPageLook(document, broken)).not.toThrow();
    expect(() => forgetPopupUnlessFrom(broken, 'other')).not.toThrow();
  });

  test('another page forgets it when the stored inputs changed, and keeps it when they did not', () => {
    rememberPopup(localStorage, snapshotOf('<main></main>', { inputs: 'abcd1234' }));
    forgetPopupUnlessFrom(localStorage, 'abcd1234');
    expect(readPopupSnapshot(localStorage, context)).toBeDefined();
    forgetPopupUnlessFrom(localStorage, 'ffff0000');
    expect(readPopupSnapshot(localStorage, context)).toBeUndefined();
  });
});
