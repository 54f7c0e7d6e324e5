/**
 * Two side panels showing the same person, each with the profile view's Save
 * (stage, tags, notes), against the real candidate store: the second save from
 * a stale view asks, showing both versions, and writes nothing until the
 * recruiter chooses; the first panel's notes are never lost.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SaveCandidateForm, type SaveRequest } from '@/components/profile/SaveCandidateForm';
import { eraseAllCandidates, getCandidate } from '@/lib/candidates/candidate-store';
import { candidateIdFor } from '@/lib/candidates/identity';
import { evaluatePerson } from '@/lib/evaluation/evaluate-person';
import { savePanelEvaluation } from '@/lib/evaluation/save-evaluation';
import { PRESETS } from '@/lib/matrix/presets';
import { NOW, persona, readingsOf } from '../unit/calibration/personas';

const readings = readingsOf(persona('senior-go'), 'deep');
const evaluation = evaluatePerson(readings, NOW);
const matrix = PRESETS.find((m) => m.id === 'backend-senior')!;
const ID = candidateIdFor(readings.github!);

/** What App.tsx hands the form: the profile view's save of the shown evaluation. */
function save(request: SaveRequest) {
  return savePanelEvaluation({
    readings,
    evaluation,
    matrix,
    now: new Date(),
    stage: request.stage,
    tags: request.tags,
    notes: request.notes,
    expectedRevision: request.expectedRevision,
    exact: request.exact === true,
  });
}

/** Two panels open on the same person, both filled from what was stored when they opened. */
async function twoPanels(): Promise<[HTMLElement, HTMLElement]> {
  const stored = await getCandidate(ID);
  const saved = stored ? { stage: stored.stage, tags: stored.tags, notes: stored.notes, updatedAt: stored.updatedAt, revision: stored.revision ?? 0 } : null;
  render(
    <>
      <div data-testid="panel-a">
        <SaveCandidateForm saved={saved} onSave={save} />
      </div>
      <div data-testid="panel-b">
        <SaveCandidateForm saved={saved} onSave={save} />
      </div>
    </>,
  );
  return [screen.getByTestId('panel-a'), screen.getByTestId('panel-b')];
}

function saveNotes(panel: HTMLElement, notes: string): void {
  const toggle = within(panel).getByTestId('save-details-toggle');
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  fireEvent.change(within(panel).getByTestId('save-notes'), { target: { value: notes } });
  fireEvent.click(within(panel).getByTestId('save-details-save'));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await eraseAllCandidates();
});
afterEach(cleanup);

describe('the profile view’s Save with another panel on the same person', () => {
  it('a first save of a new person just saves', async () => {
    const [a] = await twoPanels();
    fireEvent.change(within(a).getByTestId('save-stage'), { target: { value: 'screening' } });
    fireEvent.click(within(a).getByTestId('save-candidate'));
    await waitFor(() => expect(within(a).getByTestId('save-status').textContent).toBe('savedNew'));
    expect(await getCandidate(ID)).toMatchObject({ stage: 'screening', revision: 1 });
    expect(within(a).queryByTestId('edit-conflict')).toBeNull();
  });

  it('two saves from stale state: the second asks with both versions, writes nothing, and Keep both keeps the first one’s notes', async () => {
    const [a, b] = await twoPanels();
    saveNotes(a, 'Strong Go; ask about Kafka');
    await waitFor(() => expect(within(a).getByTestId('save-status').textContent).toBe('savedNew'));

    // panel B was filled before A saved
    saveNotes(b, 'Wants remote only');
    const prompt = await within(b).findByTestId('edit-conflict');
    expect(within(prompt).getByTestId('edit-conflict-field-theirs').textContent).toBe('Strong Go; ask about Kafka');
    expect(within(prompt).getByTestId('edit-conflict-field-mine').textContent).toBe('Wants remote only');
    expect((await getCandidate(ID))?.notes).toBe('Strong Go; ask about Kafka');

    fireEvent.click(within(prompt).getByTestId('edit-conflict-keep-both'));
    await waitFor(() => expect(within(b).queryByTestId('edit-conflict')).toBeNull());
    await waitFor(async () => expect((await getCandidate(ID))?.notes).toBe('Strong Go; ask about Kafka\n\nWants remote only'));
    expect((within(b).getByTestId('save-notes') as HTMLTextAreaElement).value).toBe('Strong Go; ask about Kafka\n\nWants remote only');
  });

  it('Keep theirs writes nothing and shows what the other panel saved; Use mine writes mine', async () => {
    const [a, b] = await twoPanels();
    saveNotes(a, 'Strong Go');
    await waitFor(() => expect(within(a).getByTestId('save-status')).toBeTruthy());
    const afterA = await getCandidate(ID);

    saveNotes(b, 'Too junior');
    fireEvent.click(await within(b).findByTestId('edit-conflict-keep-theirs'));
    await waitFor(() => expect((within(b).getByTestId('save-notes') as HTMLTextAreaElement).value).toBe('Strong Go'));
    expect(await getCandidate(ID)).toEqual(afterA);

    // A saves again; B's form now rests on a revision A has overtaken, so it asks again
    saveNotes(a, 'Strong Go, second call booked');
    await waitFor(async () => expect((await getCandidate(ID))?.notes).toBe('Strong Go, second call booked'));
    fireEvent.change(within(b).getByTestId('save-notes'), { target: { value: 'Too junior' } });
    fireEvent.click(within(b).getByTestId('save-details-save'));
    fireEvent.click(await within(b).findByTestId('edit-conflict-use-mine'));
    await waitFor(async () => expect((await getCandidate(ID))?.notes).toBe('Too junior'));
  });

  it('when the other panel changed another field, this save goes through on top of it without asking', async () => {
    const [a, b] = await twoPanels();
    saveNotes(a, 'Strong Go');
    await waitFor(() => expect(within(a).getByTestId('save-status')).toBeTruthy());
    fireEvent.change(within(b).getByTestId('save-stage'), { target: { value: 'offer' } });
    fireEvent.click(within(b).getByTestId('save-candidate'));
    await waitFor(() => expect(within(b).getByTestId('save-status').textContent).toBe('savedUpdated'));
    expect(within(b).queryByTestId('edit-conflict')).toBeNull();
    expect(await getCandidate(ID)).toMatchObject({ stage: 'offer', notes: 'Strong Go' });
  });
});
