import { defineConfig } from 'wxt';

// Host access is limited to the two sites Hirelens reads and the GitHub API it asks.
// A GitHub Enterprise host is asked for at run time, for that one host only, when the
// recruiter sets it in the options page (optional host permission); `scripting` lets the
// Chrome build register the GitHub content script on that host (Firefox MV2 uses contentScripts).
// The same optional permission covers a shared role file's site: asked for when the recruiter
// subscribes to its URL, for that one origin only, and given back on unsubscribing.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions:
      browser === 'firefox'
        ? ['storage', 'unlimitedStorage', 'alarms']
        : ['storage', 'unlimitedStorage', 'sidePanel', 'scripting', 'alarms'],
    host_permissions: [
      'https://github.com/*',
      'https://www.linkedin.com/*',
      // country hosts logged-out visitors are redirected to (se.linkedin.com/in/…): profile pages only
      'https://*.linkedin.com/in/*',
      'https://api.github.com/*',
    ],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // A keyboard shortcut that opens the panel: in Chrome it clicks the toolbar button, which opens
    // the side panel (entrypoints/background/side-panel.ts); Firefox opens its sidebar. The recruiter
    // can change it at chrome://extensions/shortcuts or in Firefox's add-on shortcuts.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandOpenPanel__' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+H' } } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hirelens@hirelens.dev',
              strict_min_version: '128.0',
              // Hirelens sends nothing anywhere but the GitHub API the recruiter asks.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // `npm run zip`: the Chrome (also Edge) and Firefox packages and the sources archive Mozilla's
  // review asks for when code is bundled, each named with package.json's version:
  // hirelens-<version>-chrome.zip, hirelens-<version>-firefox.zip, hirelens-<version>-sources.zip.
  // The sources are what `npm ci && npm run build:firefox` needs (README, "Releases and hand-off");
  // screenshots stay out.
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    excludeSources: ['docs/**/*.png', 'test-results/**', '*.log'],
  },
  // `npm run dev`: WXT's runner (web-ext) opens the browser with the extension loaded and reloads it
  // on change. scripts/dev.mjs finds the browser ($CHROMIUM_PATH, else chromium or Chrome on the
  // PATH; $FIREFOX_PATH or firefox for dev:firefox) and passes it here; without one the runner is
  // off and WXT only builds.
  webExt: {
    disabled: !process.env.CHROMIUM_PATH && !process.env.FIREFOX_PATH,
    binaries: {
      ...(process.env.CHROMIUM_PATH ? { chrome: process.env.CHROMIUM_PATH, edge: process.env.CHROMIUM_PATH } : {}),
      ...(process.env.FIREFOX_PATH ? { firefox: process.env.FIREFOX_PATH } : {}),
    },
    // Chromium 137+ ignores --load-extension unless this switch is off; root (a container) needs no sandbox
    chromiumArgs: ['--disable-features=DisableLoadExtensionCommandLineSwitch', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  },
});
