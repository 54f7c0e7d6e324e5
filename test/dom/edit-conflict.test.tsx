/** Two panels editing the same candidate: the second save sees the first and asks, instead of overwriting the notes. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CandidateEditor } from '@/components/candidates/CandidateEditor';
import { EditConflictError } from '@/lib/candidates/edit-conflict-error';
import type { CandidatePatch } from '@/lib/candidates/schema';
import { candidate, githubProfile } from '../unit/candidates/fixtures';

describe('saving notes another panel changed first', () => {
  it('shows both versions and keeps both when asked; nothing is written before the choice', async () => {
    const shown = candidate({ profiles: { github: githubProfile('anas') }, notes: 'Called' });
    const theirs = { ...shown, notes: 'Called\n\nSent the take-home', revision: 3 };
    const calls: { patch: CandidatePatch; revision: number | undefined }[] = [];
    const onUpdate = vi.fn(async (_id: string, patch: CandidatePatch, revision?: number) => {
      calls.push({ patch, revision });
      if (calls.length === 1) throw new EditConflictError(theirs);
    });
    render(<CandidateEditor candidate={shown} roles={[{ id: 'backend-senior', name: 'Backend' }]} onUpdate={onUpdate} onDelete={async () => {}} onClose={() => {}} />);
    fireEvent.change(screen.getByTestId('edit-notes'), { target: { value: 'Called\n\nStrong on Kafka' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(() => expect(screen.getByTestId('edit-conflict')).toBeTruthy());
    expect(screen.getByTestId('edit-conflict').textContent).toContain('Sent the take-home');
    expect(calls).toHaveLength(1);
    fireEvent.click(screen.getByTestId('edit-conflict-keep-both'));
    await waitFor(() => expect(calls).toHaveLength(2));
    // written against the other panel's revision, with both notes
    expect(calls[1]!.revision).toBe(3);
    expect(calls[1]!.patch.notes).toContain('Sent the take-home');
    expect(calls[1]!.patch.notes).toContain('Strong on Kafka');
    await waitFor(() => expect(screen.queryByTestId('edit-conflict')).toBeNull());
  });
});
