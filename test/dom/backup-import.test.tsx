/**
 * Importing a backup from the Candidates view, against the real stores:
 * choosing a file shows what it would change and writes nothing; Confirm
 * writes the candidates and the roles; Cancel, or a file that is malformed or
 * too large, writes nothing and says why.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CandidatesScreen } from '@/entrypoints/sidepanel/CandidatesScreen';
import { MAX_BACKUP_CHARS, exportBackup } from '@/lib/candidates/backup';
import { bulkPut, eraseAllCandidates, listCandidates } from '@/lib/candidates/candidate-store';
import { PRESETS } from '@/lib/matrix/presets';
import { readUserMatrices } from '@/lib/matrix/matrix-store';
import type { Matrix } from '@/lib/matrix/schema';
import { candidate, githubProfile, snapshot } from '../unit/candidates/fixtures';

const FUTURE = '2099-01-01T00:00:00.000Z';

function role(id: string, name: string): Matrix {
  return { ...structuredClone(PRESETS[0]!), id, name, basedOn: null };
}

const MONA_SAVED = candidate({ profiles: { github: githubProfile('mona-dev', { name: 'Mona Developer' }) }, stage: 'screening', notes: 'first call done' });
const MONA_IN_FILE = { ...MONA_SAVED, stage: 'offer' as const };
// dated 2099 in the file: brought back to the export time, so it cannot freeze a score
const ADA_IN_FILE = candidate({ profiles: { github: githubProfile('ada-l', { name: 'Ada Lovelace' }) }, snapshot: snapshot({ date: FUTURE }) }, FUTURE);

function backupFile(text: string): File {
  return new File([text], 'hirelens-backup.json', { type: 'application/json' });
}

function goodBackup(): string {
  return exportBackup({ candidates: [MONA_IN_FILE, ADA_IN_FILE], matrices: [role('platform', 'Platform')], settings: { freshnessHours: 12 } });
}

async function shown(): Promise<void> {
  render(<CandidatesScreen matrices={[...PRESETS]} activeId="backend-senior" />);
  await waitFor(() => expect(screen.getAllByTestId('candidate-row')).toHaveLength(1));
}

async function stored(): Promise<{ ids: string[]; stage: string | undefined; roles: string[] }> {
  const { candidates } = await listCandidates();
  return {
    ids: candidates.map((c) => c.id).sort(),
    stage: candidates.find((c) => c.id === MONA_SAVED.id)?.stage,
    roles: (await readUserMatrices()).map((m) => m.id),
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await eraseAllCandidates();
  await bulkPut([MONA_SAVED]);
});
afterEach(cleanup);

describe('importing a backup in the Candidates view', () => {
  it('shows new, updated and unchanged candidates, roles, clamped dates and what is refused, writing nothing yet', async () => {
    await shown();
    const before = await stored();
    fireEvent.change(screen.getByTestId('import-backup'), { target: { files: [backupFile(goodBackup())] } });
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByTestId('import-candidates').textContent).toBe('Candidates: 1 new, 0 updated, 1 unchanged.');
    expect(within(preview).getByTestId('import-roles').textContent).toBe('Roles: 1 to add (Platform).');
    expect(within(preview).getByTestId('import-dates-clamped').dataset.count).toBe('1');
    expect(within(preview).getByTestId('import-settings-refused')).toBeTruthy();
    // the file's stage for Mona is not taken: hers is kept, and the preview says why
    const difference = within(preview).getByTestId('import-preview-conflict');
    expect(difference.textContent).toBe('Mona Developer — stage: yours is kept (Screening); the file says Offer');
    expect(await stored()).toEqual(before);
  });

  it('Confirm writes the candidates and the roles together', async () => {
    await shown();
    fireEvent.change(screen.getByTestId('import-backup'), { target: { files: [backupFile(goodBackup())] } });
    fireEvent.click(await screen.findByTestId('import-confirm'));
    const report = await screen.findByTestId('import-report');
    expect(report.dataset.added).toBe('1');
    await waitFor(() => expect(screen.getAllByTestId('candidate-row')).toHaveLength(2));
    expect(await stored()).toEqual({ ids: ['gh:ada-l', 'gh:mona-dev'], stage: 'screening', roles: ['platform'] });
    const ada = (await listCandidates()).candidates.find((c) => c.id === 'gh:ada-l');
    expect(Date.parse(ada!.snapshot.date)).toBeLessThanOrEqual(Date.now());
  });

  it('Cancel writes nothing', async () => {
    await shown();
    const before = await stored();
    fireEvent.change(screen.getByTestId('import-backup'), { target: { files: [backupFile(goodBackup())] } });
    fireEvent.click(await screen.findByTestId('import-cancel'));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(screen.getByTestId('import-cancelled')).toBeTruthy();
    expect(await stored()).toEqual(before);
    expect(screen.getAllByTestId('candidate-row')).toHaveLength(1);
  });

  it('a malformed file shows what is wrong, offers no Confirm and changes nothing', async () => {
    await shown();
    const before = await stored();
    const broken = JSON.stringify({ format: 'hirelens-backup', version: 1, exportedAt: new Date().toISOString(), candidates: [{ id: 'x' }], matrices: [], settings: {} });
    fireEvent.change(screen.getByTestId('import-backup'), { target: { files: [backupFile(broken)] } });
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toBe('The backup was not imported; nothing changed: candidates[0].name: Invalid input: expected string, received undefined');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('a file over the size cap is refused with its size and the cap, and changes nothing', async () => {
    await shown();
    const before = await stored();
    fireEvent.change(screen.getByTestId('import-backup'), { target: { files: [backupFile(' '.repeat(MAX_BACKUP_CHARS + 1))] } });
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('at most 50.0 MB. Nothing was imported.');
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(await stored()).toEqual(before);
  });
});
