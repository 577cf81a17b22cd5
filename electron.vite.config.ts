import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/content-security-policy';

const root = import.meta.dirname;

// One build for all three bundles. main.ts and web.ts share the services, so
// they are two entries of the same Node build (web.ts never imports electron
// and runs under plain Node for `npm run web`).
/** The <meta> CSP for file:// comes from the same constant as the HTTP and Electron headers. */
const cspMeta = (): Plugin => ({
  name: 'forlob-csp-meta',
  transformIndexHtml: (html) => html.replace('%FORLOB_CSP%', CONTENT_SECURITY_POLICY),
});

/**
 * renderer/main.ts is a small entry that starts the first screen's API calls
 * and then imports the app. Vite preloads only an entry's static imports, so
 * this adds the app's chunks and styles to index.html: the browser fetches
 * them alongside the entry instead of after it has run.
 */
const preloadApp = (): Plugin => {
  let base = '/';
  return {
    name: 'forlob-preload-app',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return;
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string): void => {
          const found = bundle[fileName];
          if (found?.type !== 'chunk' || scripts.has(fileName) || fileName === chunk.fileName) return;
          scripts.add(fileName);
          found.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          found.imports.forEach(visit);
        };
        chunk.dynamicImports.forEach(visit);
        const tags: HtmlTagDescriptor[] = [];
        for (const file of styles) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: base + file },
            injectTo: 'head',
          });
        }
        for (const file of scripts) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: base + file },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
};

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * A brotli (.br) and a gzip (.gz) copy of every built script, style sheet and
 * page over 1 KB, at the strongest settings, for the web mode: the web server
 * sends them to browsers that accept them (@fastify/static, preCompressed), so
 * serving a file costs no compression at all. Electron reads the plain files.
 */
const precompress = (): Plugin => ({
  name: 'forlob-precompress',
  apply: 'build',
  async writeBundle({ dir }, bundle) {
    if (!dir) return;
    const files = Object.keys(bundle).filter((file) => /\.(js|css|html|svg)$/.test(file));
    await Promise.all(
      files.map(async (file) => {
        const path = join(dir, file);
        const data = await readFile(path);
        if (data.length < 1024) return;
        const [br, gz] = await Promise.all([
          brotli(data, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
          }),
          gzipAsync(data, { level: 9 }),
        ]);
        await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
      }),
    );
  },
});

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          main: resolve(root, 'electron/main.ts'),
          web: resolve(root, 'electron/web.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    resolve: {
      alias: {
        '@': resolve(root, 'renderer'),
        '@shared': resolve(root, 'shared'),
      },
    },
    plugins: [vue(), cspMeta(), preloadApp(), precompress()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rollupOptions: {
        input: resolve(root, 'renderer/index.html'),
        output: {
          // The libraries in chunks of their own, named for what they are: they change
          // less often than the app, and the bundle report reads plainly.
          codeSplitting: {
            groups: [
              { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/ },
              { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ },
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            ],
          },
        },
      },
    },
  },
});
