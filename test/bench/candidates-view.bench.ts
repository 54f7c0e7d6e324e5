/**
 * The Candidates view at 10,000 saved candidates, in happy-dom: the first
 * render of the virtualised list (index, query and the rows in view), one
 * search keystroke through the search box, and how many rows are in the DOM.
 * Printed, never asserted. happy-dom has no layout, so these are the
 * JavaScript and DOM costs, not paint.
 */
import { createElement } from 'react';
import { test } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { CandidatesView, type CandidatesViewProps } from '../../components/candidates/CandidatesView';
import { candidateFromSave } from '../../lib/candidates/merge';
import type { Candidate } from '../../lib/candidates/schema';
import { PRESETS } from '../../lib/matrix/presets';
import { githubProfile, snapshot } from '../unit/candidates/fixtures';
import { report } from './report';

const COUNT = 10_000;

function makeCandidates(): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < COUNT; i++) {
    const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    out.push(
      candidateFromSave(
        {
          profiles: { github: githubProfile(`dev-${i}`, { name: `Dev Person ${i}` }) },
          snapshot: snapshot({ overall: (i * 37) % 101, date: at }),
          tags: i % 5 === 0 ? ['remote'] : ['onsite'],
          notes: i % 4 === 0 ? 'Spoke on the phone' : '',
        },
        at,
      ),
    );
  }
  return out;
}

const noop = async () => {};

function props(candidates: Candidate[]): CandidatesViewProps {
  return {
    candidates,
    skipped: [],
    matrices: [...PRESETS],
    onOpenProfile: () => {},
    onUpdate: noop,
    onDelete: noop,
    onEraseAll: noop,
    onExportCsv: () => {},
    onExportBackup: () => {},
    onPrepareImport: async () => ({ ok: false, error: 'no file in this run' }),
    onRescoreAll: noop,
  };
}

test('candidates view figures at 10,000 candidates', () => {
  const candidates = makeCandidates();
  const renders: number[] = [];
  const keystrokes: number[] = [];
  let rows = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const view = render(createElement(CandidatesView, props(candidates)));
    renders.push(performance.now() - t0);
    rows = view.container.querySelectorAll('[data-testid="candidate-row"]').length;
    const box = view.getByTestId('candidate-search');
    for (const text of ['d', 'de', 'dev', 'dev p', 'dev person 12']) {
      const t1 = performance.now();
      act(() => {
        fireEvent.change(box, { target: { value: text } });
      });
      keystrokes.push(performance.now() - t1);
    }
    cleanup();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  report('candidates view: first render, 10000', median(renders), 'ms', '< 300 ms');
  report('candidates view: one search keystroke (render included), 10000', median(keystrokes), 'ms', '< 50 ms');
  report('candidates view: rows in the DOM, 10000', rows, 'rows', '< 50');
});
