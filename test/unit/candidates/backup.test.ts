import { describe, expect, test } from 'vitest';
import { exportBackup, parseBackup, planImport, stripSecrets } from '../../../lib/candidates/backup';
import { candidate, githubProfile, linkedinProfile, snapshot } from './fixtures';

const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
const ana = candidate({
  profiles: { github: githubProfile('anas', { name: 'Ana Silva', socialLinks: ['https://www.linkedin.com/in/ana-silva'] }) },
  tags: ['python'],
  notes: 'Called',
  stage: 'screening',
});
const bob = candidate({ profiles: { linkedin: linkedinProfile('bob-jones') } });

describe('exporting a backup', () => {
  test('holds candidates, matrices and settings, and never a token', () => {
    const settings = {
      apiBase: 'https://api.github.com',
      githubToken: TOKEN,
      token: TOKEN,
      auth: { header: 'x' },
      authorization: 'Bearer x',
      enterprise: { host: 'git.acme.example', authToken: TOKEN, note: `pasted ${TOKEN}` },
      hosts: [{ name: 'a', accessToken: 'secret' }],
      author: 'kept',
    };
    const text = exportBackup({ candidates: [ana, bob], matrices: [{ id: 'my-role', apiKey: 'k' }], settings }, new Date('2025-03-01T00:00:00Z'));
    expect(text).not.toContain(TOKEN);
    expect(text).not.toMatch(/token|"auth"|authorization|apiKey/i);
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({ format: 'hirelens-backup', version: 1, exportedAt: '2025-03-01T00:00:00.000Z' });
    expect(data.settings).toEqual({ apiBase: 'https://api.github.com', enterprise: { host: 'git.acme.example' }, hosts: [{ name: 'a' }], author: 'kept' });
    expect(data.matrices).toEqual([{ id: 'my-role' }]);
  });

  test('stripping secrets copies, never changes the input', () => {
    const settings = { token: 'x', keep: [1, 'two'] };
    expect(stripSecrets(settings)).toEqual({ keep: [1, 'two'] });
    expect(settings.token).toBe('x');
  });
});

describe('reading a backup', () => {
  test('round-trips what was exported', () => {
    const result = parseBackup(exportBackup({ candidates: [ana, bob], matrices: [], settings: { freshnessHours: 12 } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.candidates).toEqual([ana, bob]);
    expect(result.backup.settings).toEqual({ freshnessHours: 12 });
  });

  test('each kind of bad file gets an error that says what is wrong and where', () => {
    const good = JSON.parse(exportBackup({ candidates: [ana, bob], matrices: [], settings: {} })) as { candidates: Record<string, unknown>[] };
    expect(parseBackup('{"format": ')).toMatchObject({ ok: false, error: expect.stringMatching(/^The file is not JSON/) });
    expect(parseBackup('[1,2]')).toMatchObject({ ok: false, error: expect.stringMatching(/not a Hirelens backup/) });
    expect(parseBackup(JSON.stringify({ ...good, format: 'something-else' }))).toMatchObject({ ok: false, error: expect.stringMatching(/^format: /) });
    expect(parseBackup(JSON.stringify({ ...good, version: 7 }))).toMatchObject({ ok: false, error: expect.stringMatching(/^version: .*newer Hirelens/) });
    const badStage = { ...good, candidates: [good.candidates[0], { ...good.candidates[1], stage: 'Maybe' }] };
    expect(parseBackup(JSON.stringify(badStage))).toMatchObject({ ok: false, error: expect.stringMatching(/^candidates\[1\]\.stage: /) });
    const badScore = { ...good, candidates: [{ ...good.candidates[0], snapshot: { ...(good.candidates[0]!.snapshot as object), overall: 'high' } }] };
    expect(parseBackup(JSON.stringify(badScore))).toMatchObject({ ok: false, error: expect.stringMatching(/^candidates\[0\]\.snapshot\.overall: /) });
  });

  test('a token inside an imported file is dropped too', () => {
    const text = JSON.stringify({ format: 'hirelens-backup', version: 1, exportedAt: '2025-01-01T00:00:00Z', candidates: [], matrices: [], settings: { githubToken: TOKEN, apiBase: 'x' } });
    const result = parseBackup(text);
    expect(result).toEqual({ ok: true, backup: expect.objectContaining({ settings: { apiBase: 'x' } }), datesClamped: 0 });
  });

  test('candidates from an older schema in a backup are migrated', () => {
    const v1 = {
      id: 'gh:old',
      name: 'Old Timer',
      stage: 'Hired',
      tags: [],
      notes: '',
      roleId: 'backend-mid',
      profile: githubProfile('old'),
      score: { overall: 70, band: 'mid', matrixId: 'backend-mid', date: '2024-01-01T00:00:00Z' },
      savedAt: 1_700_000_000_000,
    };
    const result = parseBackup(JSON.stringify({ format: 'hirelens-backup', version: 1, exportedAt: '2025-01-01T00:00:00Z', candidates: [v1], matrices: [], settings: {} }));
    expect(result.ok && result.backup.candidates[0]).toMatchObject({ id: 'gh:old', stage: 'hired', schemaVersion: 2 });
  });
});

describe('planning an import', () => {
  test('new people are added, known people merged, and nothing stored is dropped', () => {
    const incomingAna = candidate(
      {
        profiles: { linkedin: linkedinProfile('ana-silva', { githubUrl: 'https://github.com/anas' }) },
        tags: ['berlin'],
        notes: 'Prefers remote',
        stage: 'offer',
        snapshot: snapshot({ date: '2025-04-01T00:00:00.000Z', overall: 85 }),
      },
      '2025-04-01T00:00:00.000Z',
    );
    const carol = candidate({ profiles: { github: githubProfile('carol') } });
    const plan = planImport([ana, bob], [incomingAna, carol]);
    expect(plan.added).toBe(1);
    expect(plan.merged).toBe(1);
    expect(plan.unchanged).toBe(0);
    expect(plan.toWrite.map((c) => c.id)).toEqual(['gh:anas', 'gh:carol']);
    const merged = plan.toWrite[0]!;
    expect(merged.stage).toBe('screening');
    expect(merged.notes).toBe('Called\n\nPrefers remote');
    expect(merged.tags).toEqual(['python', 'berlin']);
    expect(merged.snapshot.overall).toBe(85);
    expect(merged.profiles.linkedin?.slug).toBe('ana-silva');
    expect(plan.conflicts).toEqual([
      { id: 'gh:anas', field: 'stage', kept: 'screening', incoming: 'offer' },
      { id: 'gh:anas', field: 'notes', kept: 'Called\n\nPrefers remote', incoming: 'Prefers remote' },
    ]);
  });

  test('importing the same backup twice changes nothing', () => {
    const plan = planImport([ana, bob], [ana, bob]);
    expect(plan).toEqual({ toWrite: [], merged: 0, added: 0, unchanged: 2, conflicts: [] });
  });

  test('two records of one person in the same file become one', () => {
    const gh = candidate({ profiles: { github: githubProfile('dana', { socialLinks: ['https://www.linkedin.com/in/dana-k'] }) }, tags: ['a'] });
    const li = candidate({ profiles: { linkedin: linkedinProfile('dana-k', { githubUrl: 'https://github.com/dana' }) }, tags: ['b'] });
    const plan = planImport([], [gh, li]);
    expect(plan.added).toBe(1);
    expect(plan.merged).toBe(1);
    expect(plan.toWrite).toHaveLength(1);
    expect(plan.toWrite[0]?.tags).toEqual(['a', 'b']);
  });
});
