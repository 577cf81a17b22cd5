import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';
import type { Plugin } from 'vite';
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
    plugins: [vue(), cspMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
