import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openPanel, ROOT, tabIdOf, type Session } from './harness';
import { createApiDouble } from '../support/api-double';
import { MONA, makeAccount } from '../support/accounts';
import { parseCsv } from '../../lib/candidates/csv-parse';

const pages = {
  github: { '/mona-dev': 'github/profile-current.html' },
  linkedin: { '/in/mara-lindqvist/': 'linkedin/logged-in-anchored.html' },
};

let session: Session | null = null;
afterAll(async () => {
  await session?.close();
});

async function panelFor(s: Session, url: string): Promise<{ page: Page; panel: Page }> {
  const page = await s.context.newPage();
  await page.goto(url);
  const panel = await openPanel(s, await tabIdOf(s, page));
  await expect.poll(() => panel.getByTestId('panel').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
  return { page, panel };
}

describe('a recruiter working through candidates', () => {
  test('score, change role, save with a tag, find in the list, export CSV, and keep everything across a browser restart', async () => {
    session = await launch(pages, createApiDouble({ accounts: [MONA] }));
    const { panel } = await panelFor(session, 'https://github.com/mona-dev');

    // Changing the role re-scores at once and moves the must-haves.
    const musts = panel.locator('[data-testid="requirement"][data-priority="must"]');
    await expect.poll(() => musts.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const seniorRows = await musts.count();
    await panel.getByTestId('role-picker').selectOption('backend-junior');
    await expect.poll(() => panel.locator('[data-testid="requirement"][data-priority="must"]').count()).toBeLessThan(seniorRows);
    const juniorScore = Number(await panel.getByTestId('overall-score').textContent());

    await panel.getByTestId('save-details-toggle').click();
    await panel.getByTestId('save-stage').selectOption('screening');
    await panel.getByTestId('save-tags').fill('=cmd|calc, go');
    await panel.getByTestId('save-notes').fill('Strong API work; ask about Kafka');
    await panel.getByTestId('save-candidate').click();
    await expect.poll(() => panel.getByTestId('save-status').textContent()).toBe('Saved to your candidates.');

    // A LinkedIn person too.
    const li = await panelFor(session, 'https://www.linkedin.com/in/mara-lindqvist/');
    await li.panel.getByTestId('save-candidate').click();
    await expect.poll(() => li.panel.getByTestId('save-status').textContent()).toBe('Saved to your candidates.');

    await panel.getByTestId('nav-candidates').click();
    await expect.poll(() => panel.getByTestId('candidate-row').count()).toBe(2);
    const row = panel.locator('[data-testid="candidate-row"][data-id="gh:mona-dev"]');
    expect(await row.getAttribute('data-stage')).toBe('screening');
    expect(Number(await row.getAttribute('data-score'))).toBe(juniorScore);
    await panel.getByTestId('candidate-search').fill('mara');
    await expect.poll(() => panel.getByTestId('candidate-row').count()).toBe(1);
    await panel.getByTestId('candidate-search').fill('');

    // The CSV download: one row per candidate, formula-safe.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    expect(rows).toHaveLength(3);
    const mona = rows.find((r) => r[header.indexOf('GitHub URL')] === 'https://github.com/mona-dev');
    expect(mona).toBeDefined();
    expect(mona![header.indexOf('name')]).toBe('Mona Developer');
    expect(mona![header.indexOf('stage')]).toBe('Screening');
    expect(mona![header.indexOf('score')]).toBe(String(juniorScore));
    // a tag that starts with = is neutralised so a spreadsheet shows it as text
    const tags = mona![header.indexOf('tags')]!;
    expect(tags.startsWith("'")).toBe(true);
    expect(tags).toContain('=cmd|calc');
    expect(tags).toContain('go');
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    // Restart the browser on the same profile directory: everything is still there.
    await session.close({ keepProfile: true });
    session = await launch(pages, createApiDouble({ accounts: [MONA] }), session.userDataDir);
    const again = await panelFor(session, 'https://github.com/mona-dev');
    expect(await again.panel.getByTestId('role-picker').inputValue()).toBe('backend-junior');
    await again.panel.getByTestId('nav-candidates').click();
    await expect.poll(() => again.panel.getByTestId('candidate-row').count()).toBe(2);
    await again.panel.screenshot({ path: join(ROOT, 'docs/candidates.png') });
    await again.panel.getByTestId('nav-roles').click();
    await again.panel.screenshot({ path: join(ROOT, 'docs/roles.png') });
  });

  test('a backup exported from one browser imports into another and merges', async () => {
    await session?.close();
    session = await launch(pages, createApiDouble({ accounts: [MONA] }));
    const { panel } = await panelFor(session, 'https://github.com/mona-dev');
    await panel.getByTestId('save-candidate').click();
    await expect.poll(() => panel.getByTestId('save-status').textContent()).toBe('Saved to your candidates.');
    await panel.getByTestId('nav-candidates').click();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-backup').click()]);
    const backup = readFileSync(await download.path(), 'utf8');
    expect(backup).not.toMatch(/token/i);
    await session.close();

    session = await launch(pages, createApiDouble({ accounts: [MONA] }));
    const fresh = await panelFor(session, 'https://github.com/mona-dev');
    await fresh.panel.getByTestId('nav-candidates').click();
    expect(await fresh.panel.getByTestId('candidate-row').count()).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'hirelens-backup-')), 'backup.json');
    writeFileSync(file, backup);
    await fresh.panel.getByTestId('import-backup').setInputFiles(file);
    // choosing the file only shows what it would change; Confirm writes it
    await expect.poll(() => fresh.panel.getByTestId('import-candidates').getAttribute('data-added')).toBe('1');
    expect(await fresh.panel.getByTestId('candidate-row').count()).toBe(0);
    await fresh.panel.getByTestId('import-confirm').click();
    await expect.poll(() => fresh.panel.getByTestId('import-report').getAttribute('data-added')).toBe('1');
    await expect.poll(() => fresh.panel.getByTestId('candidate-row').count()).toBe(1);

    // A broken file changes nothing and says what is wrong.
    const broken = join(mkdtempSync(join(tmpdir(), 'hirelens-backup-')), 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'hirelens-backup', version: 1, exportedAt: new Date().toISOString(), candidates: [{ id: 'x' }], matrices: [], settings: {} }));
    await fresh.panel.getByTestId('import-backup').setInputFiles(broken);
    await expect.poll(() => fresh.panel.getByTestId('import-error').textContent()).toMatch(/candidates/);
    expect(await fresh.panel.getByTestId('import-confirm').count()).toBe(0);
    expect(await fresh.panel.getByTestId('candidate-row').count()).toBe(1);
  });

  test('bulk: three pasted logins are evaluated in the background with a progress bar, and land in the list', async () => {
    await session?.close();
    const ada = makeAccount('ada-l', 'Ada Lovelace', [{ name: 'analytical', language: 'Python', size: 1800, pushedAt: '2026-10-01T09:00:00Z', topics: ['django'] }]);
    const linus = makeAccount('linus-t', 'Linus T', [{ name: 'svc', language: 'Go', size: 900, pushedAt: '2026-09-01T09:00:00Z' }]);
    session = await launch(pages, createApiDouble({ accounts: [MONA, ada, linus] }));
    const panel = await openPanel(session, -1);
    await panel.getByTestId('nav-bulk').click();
    await panel.getByTestId('bulk-input').fill('mona-dev\n@ada-l\nhttps://github.com/linus-t\nhttps://github.com/settings');
    await expect.poll(() => panel.getByTestId('bulk-rejected').count()).toBe(1);
    await panel.getByTestId('bulk-start').click();
    const progress = panel.getByTestId('bulk-progress');
    await expect.poll(() => progress.getAttribute('data-done'), { timeout: 60_000 }).toBe('3');
    expect(await progress.getAttribute('data-total')).toBe('3');
    await panel.getByTestId('nav-candidates').click();
    await expect.poll(() => panel.getByTestId('candidate-row').count(), { timeout: 30_000 }).toBe(3);
    const ids = await panel.getByTestId('candidate-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
    expect(ids).toEqual(['gh:ada-l', 'gh:linus-t', 'gh:mona-dev']);
  });
});
