#!/usr/bin/env node
/* global process, console, Buffer */
/**
 * Checks the packages `npm run zip` leaves in .output/ as a store would
 * receive them, unzipped:
 *
 * - all three archives are there, named with package.json's version;
 * - each browser package's manifest.json is valid JSON with the fields a store
 *   requires, its version is package.json's, and every file it names (icons,
 *   background, content scripts, panel, options, locale messages) is in the
 *   package, as is the privacy page;
 * - `web-ext lint` (Mozilla's addons-linter) reports no errors on the Firefox package;
 * - the Chrome package is under CHROME_MAX_BYTES;
 * - the sources archive holds what the README's build commands need, and
 *   nothing that must not ship (node_modules, build output, dotfiles);
 *   with --build-sources it is unpacked, `npm ci` and `npm run build:firefox`
 *   are run in it, and the result must equal the Firefox package file for file;
 * - CHANGELOG.md has a section for the version.
 *
 * Usage: npm run zip && npm run check:release [-- --build-sources]
 * Exits non-zero on the first failed group, after printing every finding.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';

/** The Chrome Web Store takes packages far larger; this keeps the extension small and flags an accidental bundle. */
export const CHROME_MAX_BYTES = 750_000;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, '.output');
const buildSources = process.argv.includes('--build-sources');

const findings = [];
let failed = false;
function ok(message) {
  findings.push(`ok    ${message}`);
}
function fail(message) {
  failed = true;
  findings.push(`FAIL  ${message}`);
}

// ── a small reader of .zip files (stored and deflated entries, as WXT writes them) ──

/** The entries of a zip archive: name → contents. */
export function readZip(buffer) {
  const EOCD = 0x06054b50;
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged central directory');
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const compressed = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (buffer.readUInt32LE(local) !== 0x04034b50) throw new Error(`damaged entry ${name}`);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(start, start + compressed);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : null;
    if (!data) throw new Error(`${name}: unsupported compression method ${method}`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: contents do not match the archive's checksum`);
    entries.set(name, data);
  }
  return entries;
}

/** Writes the entries under `dir`, refusing any name that would land outside it. */
function extract(entries, dir) {
  for (const [name, data] of entries) {
    const target = normalize(join(dir, name));
    if (!target.startsWith(dir + sep)) throw new Error(`${name}: a path outside the archive`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}

function listFiles(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, base));
    else out.push(relative(base, path).split(sep).join('/'));
  }
  return out.sort();
}

// ── the checks ──

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const { name, version } = pkg;
const archives = {
  chrome: join(OUTPUT, `${name}-${version}-chrome.zip`),
  firefox: join(OUTPUT, `${name}-${version}-firefox.zip`),
  sources: join(OUTPUT, `${name}-${version}-sources.zip`),
};
for (const [kind, path] of Object.entries(archives)) {
  if (existsSync(path)) ok(`${kind} archive ${relative(ROOT, path)} (${statSync(path).size} bytes)`);
  else fail(`${kind} archive ${relative(ROOT, path)} is missing: run \`npm run zip\` first`);
}
if (failed) finish();

const work = mkdtempSync(join(tmpdir(), 'hirelens-release-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Every file a manifest names, for the package to hold. */
function filesNamed(manifest) {
  const files = new Set();
  const add = (f) => typeof f === 'string' && f && files.add(f.replace(/^\//, '').split(/[?#]/)[0]);
  for (const f of Object.values(manifest.icons ?? {})) add(f);
  for (const f of Object.values(manifest.action?.default_icon ?? {})) add(f);
  for (const f of Object.values(manifest.browser_action?.default_icon ?? {})) add(f);
  add(manifest.background?.service_worker);
  for (const f of manifest.background?.scripts ?? []) add(f);
  add(manifest.background?.page);
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) add(f);
  add(manifest.side_panel?.default_path);
  add(manifest.sidebar_action?.default_panel);
  add(manifest.options_ui?.page);
  add(manifest.options_page);
  add(manifest.action?.default_popup);
  add(manifest.browser_action?.default_popup);
  if (manifest.default_locale) add(`_locales/${manifest.default_locale}/messages.json`);
  return [...files];
}

/** The `__MSG_key__` names a manifest uses, each to be defined in the default locale. */
function messageKeys(manifest) {
  return [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
}

function checkPackage(kind, expectedManifestVersion) {
  let entries;
  try {
    entries = readZip(readFileSync(archives[kind]));
  } catch (e) {
    fail(`${kind}: ${e.message}`);
    return null;
  }
  const dir = join(work, kind);
  extract(entries, dir);
  const text = entries.get('manifest.json');
  if (!text) {
    fail(`${kind}: no manifest.json at the package's root`);
    return dir;
  }
  let manifest;
  try {
    manifest = JSON.parse(text.toString('utf8'));
  } catch (e) {
    fail(`${kind}: manifest.json is not valid JSON (${e.message})`);
    return dir;
  }
  const missingFields = ['manifest_version', 'name', 'version', 'description', 'icons'].filter((f) => manifest[f] === undefined);
  if (missingFields.length) fail(`${kind}: manifest.json lacks ${missingFields.join(', ')}`);
  else ok(`${kind}: manifest.json is valid JSON with name, version, description and icons`);
  if (manifest.manifest_version === expectedManifestVersion) ok(`${kind}: manifest_version ${expectedManifestVersion}`);
  else fail(`${kind}: manifest_version is ${manifest.manifest_version}, expected ${expectedManifestVersion}`);
  if (manifest.version === version) ok(`${kind}: manifest version ${manifest.version} is package.json's`);
  else fail(`${kind}: manifest version ${manifest.version} is not package.json's ${version}`);
  if (!/^\d+(\.\d+){0,3}$/.test(String(manifest.version))) fail(`${kind}: version "${manifest.version}" is not one to four dot-separated integers`);
  const missingFiles = filesNamed(manifest).filter((f) => !entries.has(f));
  if (missingFiles.length) fail(`${kind}: the manifest names files the package lacks: ${missingFiles.join(', ')}`);
  else ok(`${kind}: every file the manifest names is in the package`);
  if (manifest.default_locale) {
    const messages = JSON.parse(entries.get(`_locales/${manifest.default_locale}/messages.json`)?.toString('utf8') ?? '{}');
    const undefinedKeys = messageKeys(manifest).filter((k) => !messages[k]);
    if (undefinedKeys.length) fail(`${kind}: manifest messages not in the default locale: ${undefinedKeys.join(', ')}`);
    else ok(`${kind}: every __MSG_…__ in the manifest is defined`);
  }
  // Chromium refuses to load a package whose message names use anything but ASCII letters, digits and _
  // (MDN gives the same rule for Firefox): the name becomes part of __MSG_name__
  for (const file of [...entries.keys()].filter((f) => /^_locales\/[^/]+\/messages\.json$/.test(f))) {
    let messages;
    try {
      messages = JSON.parse(entries.get(file).toString('utf8'));
    } catch (e) {
      fail(`${kind}: ${file} is not valid JSON (${e.message})`);
      continue;
    }
    const badNames = Object.keys(messages).filter((k) => !/^[A-Za-z0-9_]+$/.test(k));
    if (badNames.length) fail(`${kind}: ${file} has message names the browsers refuse (only A-Z, a-z, 0-9 and _; Chromium will not load the package): ${badNames.join(', ')}`);
    else ok(`${kind}: ${file}: every message name is valid`);
  }
  if (entries.has('privacy.html')) ok(`${kind}: the privacy page (privacy.html) is in the package`);
  else fail(`${kind}: privacy.html is missing`);
  const maps = [...entries.keys()].filter((f) => f.endsWith('.map'));
  if (maps.length) fail(`${kind}: source maps in the package: ${maps.join(', ')}`);
  return dir;
}

const chromeDir = checkPackage('chrome', 3);
const chromeSize = statSync(archives.chrome).size;
if (chromeSize <= CHROME_MAX_BYTES) ok(`chrome: package is ${chromeSize} bytes, under ${CHROME_MAX_BYTES}`);
else fail(`chrome: package is ${chromeSize} bytes, over the limit of ${CHROME_MAX_BYTES}`);
void chromeDir;

const firefoxDir = checkPackage('firefox', 2);
if (firefoxDir) {
  const webExt = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
  let report;
  try {
    report = execFileSync(process.execPath, [webExt, 'lint', '--source-dir', firefoxDir, '--no-config-discovery', '--output', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    // web-ext exits non-zero when there are errors; the report is still on stdout
    report = e.stdout ?? '';
  }
  try {
    const json = JSON.parse(report.slice(report.indexOf('{')));
    const { errors = 0, warnings = 0, notices = 0 } = json.summary ?? {};
    if (errors === 0) ok(`firefox: web-ext lint reports no errors (${warnings} warnings, ${notices} notices)`);
    else fail(`firefox: web-ext lint reports ${errors} errors: ${json.errors.map((x) => `${x.code} ${x.file ?? ''} ${x.message}`).join('; ')}`);
    for (const w of json.warnings ?? []) findings.push(`      warning ${w.code} ${w.file ?? ''}: ${w.message}`);
  } catch {
    fail(`firefox: web-ext lint gave no report: ${report.slice(0, 500)}`);
  }
}

// ── the sources archive ──
let sources = null;
try {
  sources = readZip(readFileSync(archives.sources));
} catch (e) {
  fail(`sources: ${e.message}`);
}
if (sources) {
  const names = [...sources.keys()];
  const needed = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'PRIVACY.md', 'CHANGELOG.md'];
  const lacking = needed.filter((f) => !sources.has(f));
  if (lacking.length) fail(`sources: lacks ${lacking.join(', ')}`);
  else ok(`sources: holds ${needed.join(', ')}`);
  const entrypoints = readdirSync(join(ROOT, 'entrypoints'));
  const lackingEntrypoints = entrypoints.filter((e) => !names.some((n) => n.startsWith(`entrypoints/${e}`)));
  if (lackingEntrypoints.length) fail(`sources: lacks entrypoints ${lackingEntrypoints.join(', ')}`);
  else ok(`sources: holds every entrypoint (${entrypoints.join(', ')}), components/, lib/ and public/`);
  for (const dir of ['components/', 'lib/', 'public/']) if (!names.some((n) => n.startsWith(dir))) fail(`sources: lacks ${dir}`);
  const forbidden = names.filter((n) => /(^|\/)(node_modules|\.output|\.wxt)\//.test(n) || /(^|\/)\.[^/]+$/.test(n) || /(^|\/)\.env/.test(n));
  if (forbidden.length) fail(`sources: holds files that must not ship: ${forbidden.slice(0, 10).join(', ')}`);
  else ok(`sources: no node_modules, build output, dotfiles or .env (${names.length} files)`);
  const srcPkg = JSON.parse(sources.get('package.json')?.toString('utf8') ?? '{}');
  if (srcPkg.version === version) ok(`sources: package.json version ${version}`);
  else fail(`sources: package.json version ${srcPkg.version} is not ${version}`);

  if (buildSources && firefoxDir) {
    const srcDir = join(work, 'sources');
    extract(sources, srcDir);
    const run = (args) => execFileSync('npm', args, { cwd: srcDir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROMIUM_PATH: '', FIREFOX_PATH: '' } });
    try {
      run(['ci', '--no-audit', '--no-fund']);
      run(['run', 'build:firefox']);
      const built = join(srcDir, '.output', 'firefox-mv2');
      const hash = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');
      const a = listFiles(built);
      const b = listFiles(firefoxDir);
      const differ = [...new Set([...a, ...b])].filter((f) => !a.includes(f) || !b.includes(f) || hash(join(built, f)) !== hash(join(firefoxDir, f)));
      if (differ.length === 0) ok(`sources: \`npm ci && npm run build:firefox\` builds the Firefox package file for file (${a.length} files)`);
      else fail(`sources: the build from the sources differs from the Firefox package in ${differ.join(', ')}`);
    } catch (e) {
      fail(`sources: building from the sources failed (${e.message})`);
    }
  } else {
    findings.push('      (the sources were listed, not built: add --build-sources to build them and compare with the Firefox package)');
  }
}

// ── the change log ──
const changelog = existsSync(join(ROOT, 'CHANGELOG.md')) ? readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8') : '';
if (new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(changelog)) ok(`CHANGELOG.md has a section for ${version}`);
else fail(`CHANGELOG.md has no "## [${version}]" section`);

finish();

function finish() {
  console.log(findings.join('\n'));
  console.log(failed ? '\nRelease check failed.' : `\nRelease check passed for ${name} ${version}.`);
  process.exit(failed ? 1 : 0);
}
