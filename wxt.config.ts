import { defineConfig } from 'wxt';

// Host access is limited to the two sites Hirelens reads and the GitHub API it asks.
// A GitHub Enterprise host is asked for at run time, for that one host only, when the
// recruiter sets it in the options page (optional host permission); `scripting` lets the
// Chrome build register the GitHub content script on that host (Firefox MV2 uses contentScripts).
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
      'https://api.github.com/*',
    ],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
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
  webExt: { disabled: true },
});
