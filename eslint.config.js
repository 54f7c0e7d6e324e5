import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// ── The layout's rules (ARCHITECTURE.md), as import restrictions ─────────────
// A file matched by several groups below gets the LAST group's options (flat
// config replaces a rule's options, it does not merge them), so each group
// lists every restriction that applies to it.

/** A module inside a lib folder, written `@/lib/<folder>/…`, `~/lib/<folder>/…` or relatively. */
const libFolder = (folder) => `^(?:[@~]/lib/|(?:\\.\\./)+(?:lib/)?)${folder}(?:/|$)`;

/** The network and the browser: only the store and client modules that say so in their names may import these. */
const NETWORK_AND_BROWSER = {
  paths: [
    { name: 'wxt/browser', message: 'Pure code does not touch browser.*: go through a *-store.ts or *-client.ts module.' },
    { name: 'webextension-polyfill', message: 'Pure code does not touch browser.*: go through a *-store.ts or *-client.ts module.' },
    { name: 'wxt/utils/storage', message: 'Storage is read and written only by *-store.ts modules.' },
    { name: '#imports', message: "WXT's auto-import module carries browser and storage: import what you need from a store or client module." },
  ],
  patterns: [{ group: ['@octokit/*'], message: 'The GitHub API is reached only through lib/github/client.ts.' }],
};
/** lib is below entrypoints and components. */
const UPWARD = {
  patterns: [
    { regex: '^(?:[@~]/|(?:\\.\\./)+)(?:entrypoints|components)(?:/|$)', message: 'lib never imports entrypoints or components.' },
  ],
};
/** The GitHub gathering code. */
const GITHUB = {
  patterns: [{ regex: libFolder('github'), message: 'Only the background (and lib/evaluation) reach lib/github; the panel, components and content scripts read the tab state.' }],
};
/** Stores (anything named *-store). */
const STORES = {
  patterns: [{ regex: '(?:^|/)[\\w.-]+-store(?:\\.ts)?$', message: 'Stores are read by the background and the panel; scoring (a pure function of evidence, matrix and seniority) and content scripts read none.' }],
};

function restrict(...groups) {
  return [
    'error',
    {
      paths: groups.flatMap((g) => g.paths ?? []),
      patterns: groups.flatMap((g) => g.patterns ?? []),
    },
  ];
}

/** The lib modules whose names say they use the browser or the network (storage, the API client, messaging). */
const LIB_BROWSER_MODULES = [
  'lib/**/*-store.ts',
  'lib/github/client.ts',
  'lib/github/http-cache.ts',
  'lib/github/cached-fetch.ts',
  'lib/messaging-client.ts',
  // the content scripts' one message, fire and forget, with no schema library
  'lib/page-report-client.ts',
  // the bulk run's wake-up alarm
  'lib/evaluation/bulk-alarm-client.ts',
  // t() reads browser.i18n and falls back to the key where there is no runtime (tests)
  'lib/i18n.ts',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, defineBackground: 'readonly', defineContentScript: 'readonly' } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Untrusted text goes in with textContent or React, never as markup.' }],
      'react/no-danger': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // pure lib code: no browser, no network, nothing above it
  { files: ['lib/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(NETWORK_AND_BROWSER, UPWARD) } },
  // the store and client modules may use the browser and the network
  { files: LIB_BROWSER_MODULES, rules: { 'no-restricted-imports': restrict(UPWARD) } },
  // scoring: pure, and reads neither stores nor GitHub
  { files: ['lib/scoring/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(NETWORK_AND_BROWSER, UPWARD, STORES, GITHUB) } },
  // content scripts read the DOM and send messages (lib/messaging-client.ts); they never reach the network
  { files: ['entrypoints/*.content/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(NETWORK_AND_BROWSER, GITHUB, STORES) } },
  // React views: props in, events out
  { files: ['components/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(NETWORK_AND_BROWSER, GITHUB) } },
  // the side panel renders the tab state; it never imports the GitHub client
  { files: ['entrypoints/sidepanel/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(GITHUB) } },
);
