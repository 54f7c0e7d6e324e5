import { defineConfig } from 'wxt';

// Host access is limited to the two sites Hirelens reads and the GitHub API it asks.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: [
      'https://github.com/*',
      'https://www.linkedin.com/*',
      'https://api.github.com/*',
    ],
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
