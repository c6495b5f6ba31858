import { basename, resolve } from 'node:path';
import { build, type HtmlTagDescriptor, type Plugin } from 'vite';

/** A classic script the plugin builds and adds to pages. */
interface FirstPaintScript {
  /** The source, relative to the project root. */
  readonly entry: string;
  /** Built beside the pages' folder: dist/<browser>/<file>. */
  readonly file: string;
  readonly injectTo: NonNullable<HtmlTagDescriptor['injectTo']>;
  /** The pages (file names in src/) it is added to. */
  readonly pages: readonly string[];
}

const SCRIPTS: readonly FirstPaintScript[] = [
  { entry: 'src/first-look.ts', file: 'first-look.js', injectTo: 'head-prepend', pages: ['popup.html', 'options.html'] },
  { entry: 'src/first-content.ts', file: 'first-content.js', injectTo: 'body-prepend', pages: ['popup.html'] },
];

/**
 * Adds the first-paint scripts (src/ui/first-paint.ts) to the pages as classic, parser-blocking
 * scripts, so what they show is in the page's first frame. Module scripts would not do: they run
 * only after the document is parsed, and the browser may paint before. Classic scripts cannot
 * import, so each is bundled on its own (a nested build, as an IIFE) with the same constants.
 * https://html.spec.whatwg.org/multipage/scripting.html#the-script-element (defer, module)
 */
export function createFirstPaintPlugin({ root, define }: { readonly root: string; readonly define: Record<string, string> }): Plugin {
  return {
    name: 'first-paint',
    async buildStart() {
      for (const script of SCRIPTS) {
        const output = await build({
          configFile: false,
          logLevel: 'warn',
          root,
          define,
          build: {
            write: false,
            target: 'es2022',
            lib: { entry: resolve(root, script.entry), formats: ['iife'], name: 'firstPaint', fileName: () => script.file },
          },
        });
        const [result] = Array.isArray(output) ? output : [output];
        const chunk = 'output' in result ? result.output.find((item) => item.type === 'chunk') : undefined;
        if (!chunk) throw new Error(`${script.entry} did not build.`);
        this.emitFile({ type: 'asset', fileName: script.file, source: chunk.code });
      }
    },
    transformIndexHtml: {
      order: 'post',
      // The pages are in dist/<browser>/src/, the scripts beside src/.
      handler: (_html, { filename }) =>
        SCRIPTS.filter(({ pages }) => pages.includes(basename(filename))).map(({ file, injectTo }) => ({ tag: 'script', attrs: { src: `../${file}` }, injectTo })),
    },
  };
}
