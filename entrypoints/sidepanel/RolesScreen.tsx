import { RolesView } from '@/components/roles/RolesView';
import { deleteMatrix, duplicateMatrix, importMatrices, restorePresets, saveMatrix } from '@/lib/matrix/matrix-store';
import { DEFAULT_MATRIX_ID, exportMatrices, parseMatrixImport, type Matrix } from '@/lib/matrix';
import { downloadText } from './download';
import './roles.css';
import { subscribeWithPermission, unsubscribeAndRelease, useRoleSubscriptions } from './role-subscriptions';

/** The Roles view wired to the matrix store; the profile view re-scores as the store changes. */
export function RolesScreen({ matrices, activeId, onSelect }: { matrices: Matrix[]; activeId: string; onSelect: (id: string) => void }) {
  const subscriptions = useRoleSubscriptions();
  return (
    <RolesView
      subscriptions={subscriptions}
      onSubscribe={subscribeWithPermission}
      onUnsubscribe={(id) => {
        void unsubscribeAndRelease(id).then((gone) => gone.includes(activeId) && onSelect(DEFAULT_MATRIX_ID));
      }}
      matrices={matrices}
      activeId={activeId}
      onSelect={onSelect}
      onSave={async (input) => {
        const result = await saveMatrix(input);
        return result.ok ? { ok: true } : { ok: false, error: result.error };
      }}
      onDuplicate={(id) => {
        void duplicateMatrix(id).then((copy) => copy && onSelect(copy.id));
      }}
      onDelete={(id) => {
        void deleteMatrix(id).then(() => id === activeId && onSelect(DEFAULT_MATRIX_ID));
      }}
      onImport={async (text) => {
        const parsed = parseMatrixImport(text);
        if (!parsed.ok) return { ok: false, error: parsed.error };
        const imported = await importMatrices(parsed.matrices);
        return { ok: true, count: imported.length };
      }}
      onExport={(ids) => {
        const chosen = matrices.filter((m) => ids.includes(m.id));
        downloadText(`hirelens-roles-${new Date().toISOString().slice(0, 10)}.json`, exportMatrices(chosen), 'application/json');
      }}
      onRestorePresets={() => {
        void restorePresets();
      }}
    />
  );
}
