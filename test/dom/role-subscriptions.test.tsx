import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RolesView, type RolesViewProps } from '@/components/roles/RolesView';
import { PRESETS, type Matrix } from '@/lib/matrix';
import type { RoleSubscription } from '@/lib/matrix/subscriptions';

afterEach(cleanup);

const SHARED: Matrix = { ...structuredClone(PRESETS[1]!), id: 'shared-abc123-platform', name: 'Platform engineer (team)', basedOn: null };

const SUB: RoleSubscription = {
  id: 'shared-abc123',
  url: 'https://roles.example.com/team.json',
  addedAt: '2025-06-01T09:00:00.000Z',
  checkedAt: '2025-06-03T09:00:00.000Z',
  goodAt: '2025-06-02T09:00:00.000Z',
  etag: '"v1"',
  lastModified: null,
  matrices: [SHARED],
  error: 'it is not a valid role file (the file is not JSON)',
};

function props(overrides: Partial<RolesViewProps> = {}): RolesViewProps {
  return {
    matrices: [...PRESETS, SHARED],
    activeId: SHARED.id,
    onSelect: vi.fn(),
    onSave: vi.fn(async () => ({ ok: true as const })),
    onDuplicate: vi.fn(),
    onDelete: vi.fn(),
    onImport: vi.fn(async () => ({ ok: true as const, count: 0 })),
    onExport: vi.fn(),
    onRestorePresets: vi.fn(),
    subscriptions: [SUB],
    onSubscribe: vi.fn(async () => ({ ok: true as const, count: 2 })),
    onUnsubscribe: vi.fn(),
    ...overrides,
  };
}

function item(id: string): HTMLElement {
  const found = screen.getAllByTestId('matrix-item').find((el) => el.dataset.id === id);
  if (!found) throw new Error(`no matrix item ${id}`);
  return found;
}

describe('a shared role in the Roles view', () => {
  it('is read-only, like a preset: no editor, no delete, a way to duplicate it', () => {
    const p = props();
    render(<RolesView {...p} />);
    const row = item(SHARED.id);
    expect(row.dataset.shared).toBe('true');
    expect(row.dataset.preset).toBe('false');
    expect(within(row).queryByTestId('matrix-delete')).toBeNull();
    expect(screen.queryByTestId('matrix-editor')).toBeNull();
    const summary = screen.getByTestId('matrix-readonly');
    expect(summary.textContent).toContain('https://roles.example.com/team.json');
    fireEvent.click(within(summary).getByTestId('preset-duplicate'));
    expect(p.onDuplicate).toHaveBeenCalledWith(SHARED.id);
  });

  it('is not in "export my matrices"', () => {
    const p = props();
    render(<RolesView {...p} />);
    expect((screen.getByTestId('matrix-export') as HTMLButtonElement).disabled).toBe(true);
  });

  it('the subscription says when it was checked and why the latest update was refused', () => {
    render(<RolesView {...props()} />);
    const sub = screen.getByTestId('subscription');
    expect(sub.dataset.status).toBe('error');
    const error = within(sub).getByTestId('subscription-error').textContent ?? '';
    expect(error).toContain('it is not a valid role file (the file is not JSON)');
    expect(error).toContain('2025-06-02 09:00 UTC');
  });

  it('unsubscribing is one click', () => {
    const p = props();
    render(<RolesView {...p} />);
    fireEvent.click(screen.getByTestId('subscription-remove'));
    expect(p.onUnsubscribe).toHaveBeenCalledWith('shared-abc123');
  });
});

describe('the subscribe form', () => {
  it('hands the address over within the click (for the permission prompt) and reports the roles added', async () => {
    const p = props({ subscriptions: [] });
    render(<RolesView {...p} />);
    fireEvent.change(screen.getByTestId('subscribe-url'), { target: { value: ' https://roles.example.com/new.json ' } });
    fireEvent.click(screen.getByTestId('subscribe-submit'));
    // called synchronously, before any await
    expect(p.onSubscribe).toHaveBeenCalledWith('https://roles.example.com/new.json');
    await waitFor(() => expect(screen.getByTestId('subscribe-result').dataset.count).toBe('2'));
    expect((screen.getByTestId('subscribe-url') as HTMLInputElement).value).toBe('');
  });

  it('shows why a subscription was refused and keeps the address to fix', async () => {
    const p = props({ onSubscribe: vi.fn(async () => ({ ok: false as const, error: 'Not subscribed: the server answered HTTP 404' })) });
    render(<RolesView {...p} />);
    fireEvent.change(screen.getByTestId('subscribe-url'), { target: { value: 'https://roles.example.com/typo.json' } });
    fireEvent.click(screen.getByTestId('subscribe-submit'));
    expect(await screen.findByTestId('subscribe-error')).toHaveProperty('textContent', 'Not subscribed: the server answered HTTP 404');
    expect((screen.getByTestId('subscribe-url') as HTMLInputElement).value).toBe('https://roles.example.com/typo.json');
  });

  it('a role name from the file is shown as text, never as markup', () => {
    const hostile = { ...SHARED, name: '<img src=x onerror="alert(1)">' };
    render(<RolesView {...props({ matrices: [...PRESETS, hostile], subscriptions: [{ ...SUB, matrices: [hostile] }] })} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByText(/<img src=x/).length).toBeGreaterThan(0);
  });
});
