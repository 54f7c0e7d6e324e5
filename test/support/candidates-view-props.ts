/** The Candidates view's props with every action a no-op mock, for DOM tests that look at one part of it. */
import { vi } from 'vitest';
import type { CandidatesViewProps } from '@/components/candidates/CandidatesView';
import type { Candidate } from '@/lib/candidates/schema';
import { PRESETS } from '@/lib/matrix';

export function candidatesViewProps(candidates: readonly Candidate[], overrides: Partial<CandidatesViewProps> = {}): CandidatesViewProps {
  return {
    candidates,
    skipped: [],
    matrices: [...PRESETS],
    activeMatrixId: 'backend-senior',
    onOpenProfile: vi.fn(),
    onUpdate: vi.fn(async () => {}),
    onDelete: vi.fn(async () => {}),
    onEraseAll: vi.fn(async () => {}),
    onExportCsv: vi.fn(),
    onExportBackup: vi.fn(),
    onPrepareImport: vi.fn(async () => ({ ok: false as const, error: 'no file in this test' })),
    onRescoreAll: vi.fn(async () => {}),
    ...overrides,
  };
}
