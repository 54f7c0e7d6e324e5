/**
 * The first screen kept for the panel's first script: what it reads agrees
 * with the schema it is written with, and it never outlives what it showed:
 * a new tab state, another role, an edited role, an erased or closed tab.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asFirstScreen, firstScreenKey, tabStateGlance, type FirstScreen } from '@/lib/storage/first-screen-shape';
import { FirstScreenSchema, writeFirstScreen } from '@/lib/storage/first-screen-store';
import { firstScreenOf } from '@/lib/summary/verdict-card';
import { evaluatePerson } from '@/lib/evaluation/evaluate-person';
import { pruneTabStates, removeTabStatesWhere, writeTabState } from '@/lib/evaluation/tab-state-store';
import type { TabState } from '@/lib/evaluation/tab-state';
import { PRESETS } from '@/lib/matrix/presets';
import { saveMatrix } from '@/lib/matrix/matrix-store';
import { updateSettings } from '@/lib/settings/settings-store';
import { scoreCandidate } from '@/lib/scoring/score';
import { NOW, githubPage, persona, readingsOf } from '../calibration/personas';

const matrix = PRESETS.find((m) => m.id === 'backend-senior')!;
const spec = persona('senior-go').github!;
const profile = githubPage(spec);
const result = scoreCandidate(evaluatePerson(readingsOf(persona('senior-go'), 'deep'), NOW), matrix, NOW);
const SCREEN: FirstScreen = firstScreenOf({ profile, result, matrixName: matrix.name, tabUpdatedAt: 100 });

function tab(tabId: number, updatedAt = 100): TabState {
  return { version: 1, tabId, url: `https://github.com/${spec.login}`, status: 'ready', profile, evidence: null, partial: null, error: null, rateLimit: null, runId: 'r', updatedAt };
}

const stored = async (tabId: number) => (await fakeBrowser.storage.session.get(firstScreenKey(tabId)))[firstScreenKey(tabId)];

describe('reading a first screen without its schema', () => {
  test('accepts what the schema accepts', () => {
    expect(FirstScreenSchema.safeParse(SCREEN).success).toBe(true);
    expect(asFirstScreen(SCREEN)).toEqual(SCREEN);
    const insufficient = { ...SCREEN, verdict: 'insufficient', score: null, tone: 'tone-none', reasons: ['Too little to go on'] };
    expect(FirstScreenSchema.safeParse(insufficient).success).toBe(true);
    expect(asFirstScreen(insufficient)).not.toBeNull();
  });

  // each damaged value is refused by both readers
  const damaged: [string, unknown][] = [
    ['another version', { ...SCREEN, version: 2 }],
    ['no name', { ...SCREEN, name: undefined }],
    ['an unknown verdict', { ...SCREEN, verdict: 'great' }],
    ['a score out of range', { ...SCREEN, score: 140 }],
    ['a fractional score', { ...SCREEN, score: 61.5 }],
    ['a class that is not a tone', { ...SCREEN, tone: 'x" onclick="y' }],
    ['a gap of an unknown kind', { ...SCREEN, gaps: [{ kind: 'other', lead: 'x', items: 'y' }] }],
    ['evidence that is not text', { ...SCREEN, evidence: [{ text: 'x' }] }],
    ['a question without its text', { ...SCREEN, question: { lead: 'Ask first' } }],
    ['not an object', 'Ana Silva'],
    ['nothing', undefined],
  ];
  test.each(damaged)('refuses %s', (_, value) => {
    expect(FirstScreenSchema.safeParse(value).success).toBe(false);
    expect(asFirstScreen(value)).toBeNull();
  });

  test('glances at a tab state: when it was written and whose name it holds', () => {
    expect(tabStateGlance(tab(3, 42))).toEqual({ updatedAt: 42, name: profile.name ?? spec.login });
    expect(tabStateGlance({ ...tab(3, 42), profile: { ...profile, name: null } })).toEqual({ updatedAt: 42, name: spec.login });
    expect(tabStateGlance({ ...tab(3, 42), profile: null })).toEqual({ updatedAt: 42, name: null });
    expect(tabStateGlance({ profile })).toBeNull();
  });
});

describe('a first screen never outlives what it showed', () => {
  beforeEach(() => fakeBrowser.reset());

  test('is kept until the tab’s state is written again', async () => {
    await writeTabState(tab(3));
    await writeFirstScreen(3, SCREEN);
    expect(asFirstScreen(await stored(3))).toEqual(SCREEN);
    await writeTabState(tab(3, 200));
    expect(await stored(3)).toBeUndefined();
  });

  test('goes, for every tab, when the recruiter picks another role', async () => {
    await writeFirstScreen(3, SCREEN);
    await writeFirstScreen(4, SCREEN);
    await updateSettings({ retentionMonths: 12 });
    // a change that is not the role keeps them
    expect(await stored(3)).toBeDefined();
    await updateSettings({ activeMatrixId: 'backend-mid' });
    expect(await stored(3)).toBeUndefined();
    expect(await stored(4)).toBeUndefined();
  });

  test('goes when a role is edited or added', async () => {
    await writeFirstScreen(3, SCREEN);
    expect((await saveMatrix({ ...matrix, id: 'ours', name: 'Backend, our way' })).ok).toBe(true);
    expect(await stored(3)).toBeUndefined();
  });

  test('goes with its tab’s state when the person is erased or the tab closed', async () => {
    await writeTabState(tab(3));
    await writeTabState(tab(4));
    await writeFirstScreen(3, SCREEN);
    await writeFirstScreen(4, SCREEN);
    await removeTabStatesWhere((s) => s.tabId === 3);
    expect(await stored(3)).toBeUndefined();
    expect(await stored(4)).toBeDefined();
    await pruneTabStates(() => false);
    expect(await stored(4)).toBeUndefined();
  });

  test('one written just as its tab moved on to someone else goes when anyone is erased', async () => {
    await writeTabState(tab(3, 100));
    await writeTabState(tab(3, 200));
    // the panel, still showing the state of 100, writes its first screen after the tab's state changed
    await writeFirstScreen(3, SCREEN);
    await removeTabStatesWhere(() => false);
    expect(await stored(3)).toBeUndefined();
    // one that still says what its tab shows stays
    await writeFirstScreen(3, { ...SCREEN, tabUpdatedAt: 200 });
    await removeTabStatesWhere(() => false);
    expect(await stored(3)).toBeDefined();
  });
});
