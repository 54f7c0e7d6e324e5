import { test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './report';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/chrome-mv3');

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => f.endsWith('.js') && statSync(f).isFile());
}

/** The script files the side panel page loads, following its static imports. */
function sidepanelScripts(): string[] {
  const page = readFileSync(join(OUT, 'sidepanel.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [...page.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => join(OUT, m[1]!));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/from\s*["']\.{0,2}\/?([^"']+\.js)["']/g)) {
      const target = resolve(file, '..', m[1]!);
      if (target.startsWith(OUT)) queue.push(target);
    }
  }
  return [...seen];
}

test('build figures', () => {
  const t0 = performance.now();
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  report('build-time', Math.round(performance.now() - t0), 'ms', '< 60000 ms');

  for (const name of ['github', 'linkedin']) {
    const file = join(OUT, 'content-scripts', `${name}.js`);
    try {
      const code = readFileSync(file);
      // the LinkedIn reader carries zod to parse the page's JSON-LD, which it must not trust
      report(`content-script-${name}-size`, code.length, 'bytes', '< 150000');
      report(`content-script-${name}-gzip`, gzipSync(code).length, 'bytes', '< 50000');
    } catch {
      process.stdout.write(`content-script-${name}-size: not built\n`);
    }
  }
  const panel = sidepanelScripts().reduce((sum, f) => sum + statSync(f).size, 0);
  report('sidepanel-js-size', panel, 'bytes', '< 1000000');
  const total = jsFilesUnder(OUT).reduce((sum, f) => sum + statSync(f).size, 0);
  report('extension-js-total', total, 'bytes', '< 2000000');
});
