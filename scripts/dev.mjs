#!/usr/bin/env node
/* global process, console */
/**
 * `npm run dev` (and `npm run dev:firefox`): finds a browser, then starts WXT's
 * dev server, whose runner (web-ext) opens that browser with the extension
 * loaded and reloads it on every change.
 *
 * Chromium: $CHROMIUM_PATH, else chromium, chromium-browser, google-chrome,
 * google-chrome-stable or microsoft-edge on the PATH. Firefox (`-b firefox`):
 * $FIREFOX_PATH, else firefox-esr or firefox on the PATH. Where none is found
 * it says how to get one and stops.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const browserArg = args.find((a, i) => args[i - 1] === '-b' || args[i - 1] === '--browser') ?? args.find((a) => a.startsWith('--browser='))?.slice(10);
const firefox = browserArg === 'firefox';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(names) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return null;
}

function find(envName, names) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`${envName} is set to ${fromEnv}, which does not exist.`);
    process.exit(1);
  }
  return onPath(names);
}

const binary = firefox
  ? find('FIREFOX_PATH', ['firefox-esr', 'firefox'])
  : find('CHROMIUM_PATH', ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge']);

if (!binary) {
  console.error(
    firefox
      ? 'No Firefox found for `npm run dev:firefox`. Install one (Debian: `apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.'
      : 'No Chromium or Chrome found for `npm run dev`. Install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  console.error('Without a browser, `npm run build` builds .output/chrome-mv3 to load by hand ("Load unpacked" in chrome://extensions).');
  process.exit(1);
}

console.log(`Opening ${binary} with Hirelens loaded; it reloads on every change.`);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const wxt = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
const env = { ...process.env, [firefox ? 'FIREFOX_PATH' : 'CHROMIUM_PATH']: binary };
const child = spawn(process.execPath, [wxt, ...args], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
