/** The extension's version from package.json, written in by the build (vite.config.ts `define`). */
declare const __EXTENSION_VERSION__: string;
