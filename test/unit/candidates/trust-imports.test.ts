/**
 * Imports and concurrent edits: dates a file claims are clamped, a fresh save
 * always takes the new snapshot, backups have size and count caps, candidates
 * and roles import in one confirmed step without duplicating roles, a second
 * panel's edit asks instead of overwriting notes, hidden characters leave CSV
 * cells and names, and profile URLs are clamped to 2,048 characters.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_BACKUP_CANDIDATES,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_MATRICES,
  exportBackup,
  parseBackup,
  planImport,
} from '../../../lib/candidates/backup';
import { applyBackupImport, prepareBackupImport } from '../../../lib/candidates/backup-import';
import { CandidateConflictError, eraseAllCandidates, listCandidates, openCandidateStore, type CandidateStore } from '../../../lib/candidates/candidate-store';
import { candidatesToCsv, csvField } from '../../../lib/candidates/csv';
import { conflictFields, resolveEditConflict } from '../../../lib/candidates/edit-conflict';
import { deriveFields } from '../../../lib/candidates/merge';
import { Candidate, MAX_PROFILE_URL, SaveCandidateInput, clampProfileUrl, revisionOf } from '../../../lib/candidates/schema';
import { listMatrices, readUserMatrices } from '../../../lib/matrix/matrix-store';
import { MAX_MATRICES_PER_FILE, MAX_MATRIX_FILE_CHARS, parseMatrixImport, planMatrixImport } from '../../../lib/matrix/import-export';
import { PRESETS } from '../../../lib/matrix/presets';
import type { Matrix } from '../../../lib/matrix/schema';
import { candidate, githubProfile, linkedinProfile, saveInput, snapshot } from './fixtures';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const FUTURE = '2099-01-01T00:00:00.000Z';
const RLO = '\u202E';

function backupText(candidates: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'hirelens-backup', version: 1, exportedAt: FUTURE, candidates, matrices: [], settings: {}, ...extra });
}

function role(id: string, name = `Role ${id}`): Matrix {
  const preset = PRESETS[0]!;
  return { ...structuredClone(preset), id, name, basedOn: null };
}

describe('dates in an imported file', () => {
  test('no date may be later than the export time or now', () => {
    const ana = candidate({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: FUTURE }) }, FUTURE);
    const parsed = parseBackup(backupText([ana]), NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.exportedAt).toBe(NOW.toISOString());
    const c = parsed.backup.candidates[0]!;
    expect([c.snapshot.date, c.createdAt, c.updatedAt]).toEqual([NOW.toISOString(), NOW.toISOString(), NOW.toISOString()]);
    // the preview says how many records were brought back
    expect(parsed.datesClamped).toBe(1);
    expect(parseBackup(backupText([candidate({ profiles: { github: githubProfile('bob') } })]), NOW)).toMatchObject({ ok: true, datesClamped: 0 });
  });

  test('a date between the export and now is brought back to the export time', () => {
    const exportedAt = '2026-01-01T00:00:00.000Z';
    const ana = candidate({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: '2026-06-01T00:00:00.000Z' }) }, '2025-12-01T00:00:00.000Z');
    const parsed = parseBackup(backupText([ana], { exportedAt }), NOW);
    expect(parsed.ok && parsed.backup.candidates[0]!.snapshot.date).toBe(exportedAt);
    expect(parsed.ok && parsed.backup.candidates[0]!.createdAt).toBe('2025-12-01T00:00:00.000Z');
  });

  test('a backup dated 2099 cannot freeze a person’s score: the next fresh save takes the new snapshot', async () => {
    const store = openCandidateStore({ indexedDB: new IDBFactory(), now: () => NOW });
    // as an import made before dates were clamped left it: a record dated 2099
    const frozen = { ...candidate({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: FUTURE, overall: 10 }) }, FUTURE) };
    await store.bulkPut([frozen]);
    const saved = await store.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: NOW.toISOString(), overall: 88 }) }));
    expect(saved.candidate.snapshot.overall).toBe(88);
    expect(saved.candidate.updatedAt).toBe(NOW.toISOString());
    expect(saved.candidate.createdAt).toBe(NOW.toISOString());
    store.close();
  });

  test('importing into a list that holds a future-dated record repairs its dates', () => {
    const frozen = candidate({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: FUTURE }) }, FUTURE);
    const incoming = candidate({ profiles: { github: githubProfile('anas') }, snapshot: snapshot({ date: '2026-02-01T00:00:00.000Z', overall: 55 }) }, '2026-02-01T00:00:00.000Z');
    const plan = planImport([frozen], [incoming], NOW);
    const written = plan.toWrite[0]!;
    expect([written.snapshot.date, written.createdAt, written.updatedAt].every((d) => d <= NOW.toISOString())).toBe(true);
  });
});

describe('size and count caps', () => {
  test('a file too large is refused before it is read, with a clear message', () => {
    const result = parseBackup(' '.repeat(MAX_BACKUP_CHARS + 1), NOW);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The file is 50\.0 MB; Hirelens imports backups of at most 50\.0 MB\. Nothing was imported\.$/) });
  });

  test('too many candidates or roles are refused, saying how many', () => {
    const many = parseBackup(backupText(Array.from({ length: MAX_BACKUP_CANDIDATES + 1 }, () => ({}))), NOW);
    expect(many).toEqual({ ok: false, error: expect.stringContaining(`holds ${MAX_BACKUP_CANDIDATES + 1} candidates; at most ${MAX_BACKUP_CANDIDATES}`) });
    const roles = parseBackup(backupText([], { matrices: Array.from({ length: MAX_BACKUP_MATRICES + 1 }, () => ({})) }), NOW);
    expect(roles).toEqual({ ok: false, error: expect.stringContaining(`at most ${MAX_BACKUP_MATRICES} are imported`) });
  });

  test('a roles file has its caps too', () => {
    expect(parseMatrixImport(' '.repeat(MAX_MATRIX_FILE_CHARS + 1))).toEqual({ ok: false, error: expect.stringMatching(/roles file may be at most/) });
    const list = Array.from({ length: MAX_MATRICES_PER_FILE + 1 }, (_, i) => role(`r-${i}`));
    expect(parseMatrixImport(JSON.stringify(list))).toEqual({ ok: false, error: expect.stringMatching(/at most 500 are imported/) });
  });
});

describe('candidates and roles in one confirmed step', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await eraseAllCandidates();
  });

  test('nothing is written until confirmed; then both are; restoring again duplicates nothing', async () => {
    const ana = candidate({ profiles: { github: githubProfile('anas') } });
    const text = exportBackup({ candidates: [ana], matrices: [role('platform', 'Platform')], settings: {} }, NOW);

    const prepared = await prepareBackupImport(text, { now: () => NOW });
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.prepared.preview).toMatchObject({ candidates: { added: 1, merged: 0, unchanged: 0 }, roles: { added: ['Platform'], alreadyThere: [] } });
    expect((await listCandidates()).candidates).toEqual([]);
    expect(await readUserMatrices()).toEqual([]);

    expect(await applyBackupImport(prepared.prepared, { now: () => NOW })).toMatchObject({ added: 1, rolesAdded: 1, rolesAlreadyThere: 0 });
    expect((await listCandidates()).candidates.map((c) => c.id)).toEqual(['gh:anas']);
    expect((await readUserMatrices()).map((m) => m.id)).toEqual(['platform']);

    const again = await prepareBackupImport(text, { now: () => NOW });
    expect(again.ok && again.prepared.preview).toMatchObject({ candidates: { added: 0, merged: 0, unchanged: 1 }, roles: { added: [], alreadyThere: ['Platform'] } });
    if (again.ok) expect(await applyBackupImport(again.prepared, { now: () => NOW })).toMatchObject({ added: 0, unchanged: 1, rolesAdded: 0, rolesAlreadyThere: 1 });
    expect((await readUserMatrices()).map((m) => m.id)).toEqual(['platform']);
    expect((await listMatrices()).filter((m) => m.name === 'Platform')).toHaveLength(1);
  });

  test('a file with a bad role is refused whole: no candidate is written either', async () => {
    const ana = candidate({ profiles: { github: githubProfile('anas') } });
    const text = exportBackup({ candidates: [ana], matrices: [{ ...role('x'), requirements: [] }], settings: {} }, NOW);
    const prepared = await prepareBackupImport(text, { now: () => NOW });
    expect(prepared).toEqual({ ok: false, error: expect.stringMatching(/^matrices: /) });
    expect((await listCandidates()).candidates).toEqual([]);
  });
});

describe('restoring the same roles twice', () => {
  test('a role kept under its id, or as the copy an earlier import made, is not added again', () => {
    const mine = role('platform', 'Platform');
    const theirs = { ...role('platform', 'Platform'), description: 'theirs' };
    const copy = { ...theirs, id: 'platform-copy', basedOn: 'platform' };
    expect(planMatrixImport([mine], [mine])).toEqual({ toAdd: [], alreadyThere: [mine] });
    expect(planMatrixImport([theirs], [mine])).toEqual({ toAdd: [theirs], alreadyThere: [] });
    expect(planMatrixImport([theirs], [mine, copy])).toEqual({ toAdd: [], alreadyThere: [theirs] });
    expect(planMatrixImport([theirs, theirs], []).toAdd).toHaveLength(1);
  });
});

describe('two panels editing the same candidate', () => {
  let store: CandidateStore;
  beforeEach(() => {
    store = openCandidateStore({ indexedDB: new IDBFactory(), now: () => NOW });
  });
  afterEach(() => {
    store.close();
  });

  test('every write counts a revision', async () => {
    const saved = await store.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') } }));
    expect(revisionOf(saved.candidate)).toBe(1);
    const edited = await store.updateCandidate('gh:anas', { stage: 'contacted' });
    expect(edited.revision).toBe(2);
    await store.transformAll('touch', (all) => ({ toWrite: all, value: null }));
    expect((await store.getCandidate('gh:anas'))?.revision).toBe(3);
  });

  test('the second save sees the first and is refused with what is there now; nothing is overwritten', async () => {
    await store.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') }, notes: 'Met at the meetup' }));
    const opened = (await store.getCandidate('gh:anas'))!;
    // panel A and panel B both show revision 1
    const a = await store.updateCandidateIfUnchanged('gh:anas', { notes: 'Met at the meetup. Strong on Go.' }, revisionOf(opened));
    expect(a.ok).toBe(true);
    const b = await store.updateCandidateIfUnchanged('gh:anas', { notes: 'Met at the meetup. Wants remote.' }, revisionOf(opened));
    expect(b.ok).toBe(false);
    if (b.ok) return;
    expect(b.current?.notes).toBe('Met at the meetup. Strong on Go.');
    expect((await store.getCandidate('gh:anas'))?.notes).toBe('Met at the meetup. Strong on Go.');

    // the prompt shows both; "keep both" writes the two, against the revision now there
    expect(conflictFields(b.current!, { notes: 'Met at the meetup. Wants remote.' })).toEqual([
      { field: 'notes', theirs: 'Met at the meetup. Strong on Go.', mine: 'Met at the meetup. Wants remote.' },
    ]);
    const patch = resolveEditConflict(b.current!, { notes: 'Met at the meetup. Wants remote.' }, 'keep-both')!;
    const resolved = await store.updateCandidateIfUnchanged('gh:anas', patch, revisionOf(b.current!));
    expect(resolved.ok && resolved.candidate.notes).toBe('Met at the meetup. Strong on Go.\n\nMet at the meetup. Wants remote.');
  });

  test('a record deleted in the other panel is a conflict too', async () => {
    await store.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') } }));
    await store.deleteCandidate('gh:anas');
    expect(await store.updateCandidateIfUnchanged('gh:anas', { notes: 'x' }, 1)).toEqual({ ok: false, current: null });
  });

  test('a save prepared from an older revision is refused as a conflict', async () => {
    await store.saveCandidate(saveInput({ profiles: { github: githubProfile('anas') } }));
    await store.updateCandidate('gh:anas', { notes: 'from the other panel' });
    const error = await store.saveCandidate({ ...saveInput({ profiles: { github: githubProfile('anas') }, notes: 'mine' }), expectedRevision: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CandidateConflictError);
    expect((error as CandidateConflictError).current?.notes).toBe('from the other panel');
    expect((await store.getCandidate('gh:anas'))?.notes).toBe('from the other panel');
  });

  test('the other choices: mine overwrites on purpose, theirs writes nothing', () => {
    const current = candidate({ profiles: { github: githubProfile('anas') }, notes: 'theirs', tags: ['a'] });
    expect(resolveEditConflict(current, { notes: 'mine', tags: ['b'] }, 'mine')).toEqual({ notes: 'mine', tags: ['b'] });
    expect(resolveEditConflict(current, { notes: 'mine' }, 'theirs')).toBeNull();
    expect(resolveEditConflict(current, { tags: ['b'] }, 'keep-both')).toEqual({ tags: ['a', 'b'] });
  });

  test('records stored before revisions were kept read as revision 0 and still validate', () => {
    const old: Candidate = candidate({ profiles: { github: githubProfile('anas') } });
    expect('revision' in old).toBe(false);
    expect(Candidate.safeParse(old).success).toBe(true);
    expect(revisionOf(old)).toBe(0);
  });
});

describe('hidden characters in CSV cells and names', () => {
  test('a right-to-left override and other invisible characters leave every cell; a formula stays neutralised', () => {
    expect(csvField(`${RLO}gpj.exe`)).toBe('gpj.exe');
    expect(csvField(`\u200B=HYPERLINK("x")`)).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('Zoë\u2066 Müller\u0000')).toBe('Zoë Müller');
    // line breaks in notes stay (quoted); joiners that scripts need stay
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('\u0645\u06CC\u200C\u0631\u0648\u062F')).toBe('\u0645\u06CC\u200C\u0631\u0648\u062F');
  });

  test('the whole CSV holds none of them', () => {
    const c = candidate({ profiles: { github: githubProfile('anas') }, notes: `Call ${RLO}back`, tags: [`py${RLO}thon`] });
    const csv = candidatesToCsv([{ ...c, name: `${RLO}Ana` }]);
    expect(csv).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F]/);
    expect(csv).toContain('Call back');
  });

  test('a saved name, headline and location are taken from the profile without them, on one line', () => {
    const derived = deriveFields({
      github: githubProfile('anas', { name: `${RLO}Ana\u200B Silva\n`, location: 'Ber\u2067lin' }),
      linkedin: linkedinProfile('ana-silva', { name: null, headline: `Staff\nEngineer${RLO}` }),
    });
    expect(derived).toMatchObject({ name: 'Ana Silva', headline: 'Staff Engineer', location: 'Berlin' });
  });
});

describe('profile URLs are clamped to 2,048 characters', () => {
  const long = `https://ghe.example.com/mona-dev?tab=repositories&q=${'x'.repeat(3000)}`;

  test('a long one is cut back to its origin and login; one that cannot be is dropped', () => {
    expect(clampProfileUrl(long)).toBe('https://ghe.example.com/mona-dev');
    expect(clampProfileUrl(`https://ghe.example.com/${'a'.repeat(3000)}`)).toBeNull();
    expect(clampProfileUrl('https://github.com/mona-dev')).toBe('https://github.com/mona-dev');
  });

  test('a save with an over-long GitHub URL (an Enterprise API’s html_url) is saved with the short one', async () => {
    const input = SaveCandidateInput.parse({ ...saveInput({ profiles: { github: githubProfile('mona-dev') } }), githubUrl: long });
    expect(input.githubUrl).toBe('https://ghe.example.com/mona-dev');
    const store = openCandidateStore({ indexedDB: new IDBFactory(), now: () => NOW });
    const saved = await store.saveCandidate({ ...saveInput({ profiles: { github: githubProfile('mona-dev') } }), githubUrl: long });
    expect(saved.candidate.githubUrl).toBe('https://ghe.example.com/mona-dev');
    expect(saved.candidate.githubUrl!.length).toBeLessThanOrEqual(MAX_PROFILE_URL);
    store.close();
  });

  test('an imported record with an over-long URL is read with the short one, not refused', () => {
    const c = { ...candidate({ profiles: { linkedin: linkedinProfile('ana') } }), githubUrl: long };
    const parsed = Candidate.safeParse(c);
    expect(parsed.success && parsed.data.githubUrl).toBe('https://ghe.example.com/mona-dev');
  });
});
