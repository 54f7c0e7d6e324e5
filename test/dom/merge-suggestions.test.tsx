/**
 * The Candidates view offers to merge saved records that look like one
 * person: Merge (keeping the first saved name unless the recruiter picks the
 * other), "Merged · Undo" for a few seconds, and "Not the same person".
 */
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CandidatesView } from '@/components/candidates/CandidatesView';
import { MergeSuggestions } from '@/components/candidates/MergeSuggestions';
import type { TransformPlan } from '@/lib/candidates/candidate-store';
import { pairKey } from '@/lib/candidates/identity';
import { planMerge, planUndo, type PairAnswers } from '@/lib/candidates/merge-suggestions';
import { revisionOf, type Candidate } from '@/lib/candidates/schema';
import { candidatesViewProps } from '../support/candidates-view-props';
import { candidate, githubProfile, linkedinProfile } from '../unit/candidates/fixtures';

afterEach(cleanup);

const NOW = '2025-05-01T10:00:00.000Z';
const GH = candidate(
  { profiles: { github: githubProfile('anas', { name: 'Ana S.', socialLinks: ['https://www.linkedin.com/in/ana-silva/'] }) }, notes: 'Called in March', tags: ['go'] },
  '2025-03-01T10:00:00.000Z',
);
const LI = candidate(
  { profiles: { linkedin: linkedinProfile('ana-silva', { name: 'Ana Silva', githubUrl: 'https://github.com/anas' }) }, notes: 'Open to relocation', stage: 'screening' },
  '2025-04-01T10:00:00.000Z',
);
// a LinkedIn page that names someone else's GitHub: no notice for these two
const TORVALDS = candidate({ profiles: { github: githubProfile('torvalds', { name: 'Linus Torvalds' }) } });
const CLAIMER = candidate({ profiles: { linkedin: linkedinProfile('someone', { name: 'Some One', githubUrl: 'https://github.com/torvalds' }) } });

/** What the candidate store does with a plan: writes (one revision on), deletes. */
function apply<T>(list: Candidate[], plan: TransformPlan<T>): Candidate[] {
  const byId = new Map(list.map((c) => [c.id, c]));
  for (const c of plan.toWrite) {
    const before = byId.get(c.id);
    byId.set(c.id, { ...c, revision: (before ? revisionOf(before) : 0) + 1 });
  }
  for (const id of plan.toDelete ?? []) byId.delete(id);
  return [...byId.values()];
}

/** The Candidates view over an in-memory list, wired the way the side panel wires it to the store. */
function Screen({ initial, undoMs, onDismiss }: { initial: Candidate[]; undoMs?: number; onDismiss?: (pair: string) => void }) {
  const [list, setList] = useState(initial);
  const [answers, setAnswers] = useState<PairAnswers>({ confirmed: new Set(), rejected: new Set() });
  return (
    <CandidatesView
      {...candidatesViewProps(list)}
      viewportHeight={600}
      mergeSlot={
        <MergeSuggestions
          candidates={list}
          answers={answers}
          {...(undoMs !== undefined ? { undoMs } : {})}
          onMerge={async (s, keep) => {
            const plan = planMerge(list, s, keep, NOW);
            setList(apply(list, plan));
            return plan.value;
          }}
          onUndo={async (undo) => setList(apply(list, planUndo(list, undo)))}
          onDismiss={async (s) => {
            onDismiss?.(s.pair);
            setAnswers({ confirmed: new Set(), rejected: new Set([pairKey(s.login, s.slug)]) });
          }}
        />
      }
    />
  );
}

function rows(): { id: string | undefined; text: string }[] {
  return screen.getAllByTestId('candidate-row').map((r) => ({ id: r.dataset.id, text: r.textContent ?? '' }));
}

describe('a merge offered for two saved records of one person', () => {
  it('names both, with their sites, and offers nothing for a page that only claims someone’s GitHub', () => {
    render(<Screen initial={[GH, LI, TORVALDS, CLAIMER]} />);
    const notices = screen.getAllByTestId('merge-suggestion');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.textContent).toContain('These two look like one person: Ana S. (GitHub) and Ana Silva (LinkedIn). Merge?');
    expect(notices[0]!.textContent).toContain('Each profile links to the other.');
  });

  it('Merge keeps one record under the first saved name; Undo brings both records back', async () => {
    render(<Screen initial={[GH, LI]} />);
    expect(rows()).toHaveLength(2);
    fireEvent.click(screen.getByTestId('merge-accept'));
    await screen.findByTestId('merge-done');
    expect(screen.getByTestId('merge-done').textContent).toMatch(/^Merged · Undo/);
    expect(screen.queryByTestId('merge-suggestion')).toBeNull();
    const merged = rows();
    expect(merged.map((r) => r.id)).toEqual(['gh:anas']);
    expect(merged[0]!.text).toContain('Ana S.');
    expect(merged[0]!.text).not.toContain('Ana Silva');

    fireEvent.click(screen.getByTestId('merge-undo'));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByTestId('merge-done')).toBeNull();
    expect(screen.getByTestId('merge-status').textContent).toMatch(/undone/i);
    expect(rows().map((r) => r.id).sort()).toEqual(['gh:anas', 'li:ana-silva']);
    // the two still look like one person: the offer is back
    expect(screen.getAllByTestId('merge-suggestion')).toHaveLength(1);
  });

  it('the recruiter can keep the other name instead', async () => {
    render(<Screen initial={[GH, LI]} />);
    fireEvent.click(screen.getByTestId('merge-keep-second'));
    fireEvent.click(screen.getByTestId('merge-accept'));
    await screen.findByTestId('merge-done');
    expect(rows()[0]!.text).toContain('Ana Silva');
  });

  it('Undo is offered for a few seconds only', async () => {
    render(<Screen initial={[GH, LI]} undoMs={50} />);
    fireEvent.click(screen.getByTestId('merge-accept'));
    await screen.findByTestId('merge-done');
    await waitFor(() => expect(screen.queryByTestId('merge-done')).toBeNull());
    expect(rows()).toHaveLength(1);
  });

  it('"Not the same person" is remembered for the pair and the notice goes, both records kept', async () => {
    const onDismiss = vi.fn();
    render(<Screen initial={[GH, LI]} onDismiss={onDismiss} />);
    fireEvent.click(within(screen.getByTestId('merge-suggestion')).getByTestId('merge-dismiss'));
    await waitFor(() => expect(screen.queryByTestId('merge-suggestion')).toBeNull());
    expect(onDismiss).toHaveBeenCalledWith('gh:anas|li:ana-silva');
    expect(rows()).toHaveLength(2);
  });

  it('a merge that fails says why, and nothing changes', async () => {
    render(
      <MergeSuggestions
        candidates={[GH, LI]}
        answers={{ confirmed: new Set(), rejected: new Set() }}
        onMerge={async () => Promise.reject(new Error('One of the two records changed since the suggestion was shown: nothing was merged.'))}
        onUndo={vi.fn(async () => {})}
        onDismiss={vi.fn(async () => {})}
      />,
    );
    fireEvent.click(screen.getByTestId('merge-accept'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/nothing was merged/);
    expect(screen.queryByTestId('merge-done')).toBeNull();
    expect(screen.getAllByTestId('merge-suggestion')).toHaveLength(1);
  });
});
