import path from 'node:path';
import { defineConfig } from 'wxt';
import { MANIFEST_COMMANDS } from './lib/background/commands';
import { ICON_MANIFEST, writeIcons } from './scripts/icons.mjs';

// Hosts the end-to-end build may read without a user gesture: the demo case pages and the
// test server run on loopback. The release build asks for no host at install time; the user
// grants their case system's site from the panel (optional host permissions).
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

// WXT takes NODE_ENV from the mode, so `--mode e2e` built React's development bundle and JSX
// (twice the size, several times slower to render): the tests and the benchmark then measured a
// panel no user runs. The e2e build is the release build with loopback hosts, so it is production.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

export default defineConfig({
  // The polyfill module aliases `wxt/browser` for the extension's pages and worker. The reader
  // injected into case pages imports neither: it uses the browser's own API
  // (lib/page/agent-messages.ts `pageRuntime`), which kept the polyfill out of every frame.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    build: { minify: process.env.NO_MINIFY ? false : undefined },
    // govuk-frontend 5 is written for Sass @import; its deprecation notices are not ours to fix.
    css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import'] } } },
  }),
  hooks: {
    // The extension pages (panel, popup, settings) share React, zod and the GOV.UK components:
    // as one shared chunk they passed 500 kB. React (with its scheduler) and zod change rarely,
    // so each gets a chunk of its own. Only the multi-page build is split: the reader and other
    // single scripts are IIFE bundles, which cannot have chunks.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((e) => e.inputPath.endsWith('.html'))) return;
      const output = viteConfig.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      output.codeSplitting = {
        groups: [
          { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
        ],
      };
    },
    // The icon PNGs are drawn from assets/icon.svg at build time (scripts/icons.mjs), not committed.
    'build:publicAssets': (wxt, files) => {
      for (const [absoluteSrc, relativeDest] of writeIcons(path.join(wxt.config.wxtDir, 'icons'))) files.push({ absoluteSrc, relativeDest });
    },
    // Firefox's sidebar shows the same icon in its switcher (WXT writes sidebar_action itself).
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.default_icon ??= ICON_MANIFEST;
    },
  },
  manifest: ({ mode, browser }) => ({
    name: 'Case guidance',
    description:
      'Guidance beside case pages for people managing the risk of those convicted or cautioned for sexual offences (England and Wales).',
    // sidePanel is added by WXT for the side panel entrypoint (Chrome/Edge).
    permissions: ['contextMenus', 'scripting', 'storage', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: mode === 'e2e' ? LOOPBACK_HOSTS : [],
    icons: ICON_MANIFEST,
    action: { default_title: 'Case guidance', default_icon: ICON_MANIFEST },
    // A keyboard shortcut that opens the panel (lib/background/commands.ts); not a permission.
    commands: MANIFEST_COMMANDS,
    // Extension pages may load only their own files and may not connect anywhere: case data
    // cannot leave the browser even if a bug tried to send it. No remote code, no remote fonts.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; font-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'",
    },
    // Organisations can provide enabled sites and field mappings by policy (managed storage).
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'case-guidance@example.invalid',
          // Nothing is collected or transmitted: case data stays in the browser.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
