/** A tab state and the panel's props around it, for DOM tests that render one page's reading without a score. */
import { vi } from 'vitest';
import type { ProfilePanelProps } from '@/components/ProfilePanel';
import type { TabState } from '@/lib/evaluation/tab-state';

/** The tab's state once a content script reported `profile` (null: no person) and, with none, the page's note. */
export function pageState(url: string, profile: TabState['profile'], note: TabState['note'] = null): TabState {
  return {
    version: 1,
    tabId: 4,
    url,
    status: profile ? 'ready' : 'idle',
    profile,
    evidence: null,
    evaluation: null,
    partial: null,
    error: null,
    rateLimit: null,
    runId: 'r1',
    updatedAt: 0,
    note,
  };
}

/** The panel's props for a state with no score yet (no role scored, no evidence). */
export function unscoredPanelProps(state: TabState | null, overrides: Partial<ProfilePanelProps> = {}): ProfilePanelProps {
  return {
    state,
    result: null,
    evidence: [],
    roles: [{ id: 'backend-senior', name: 'Backend (senior)' }],
    roleId: 'backend-senior',
    onRoleChange: vi.fn(),
    links: { github: null, linkedin: null },
    merged: false,
    onConnectToken: vi.fn(),
    onRetry: vi.fn(),
    onOpenOptions: vi.fn(),
    rateLimit: null,
    onDigDeeper: vi.fn(),
    hasToken: true,
    ...overrides,
  };
}
