import { isPresetId, type Matrix, type MatrixInput } from '@/lib/matrix';
import { t } from '@/lib/i18n';
import { MatrixEditor, type SaveOutcome } from './MatrixEditor';
import { MatrixImport, type ImportOutcome } from './MatrixImport';
import { MatrixList } from './MatrixList';
import { MatrixSummary } from './MatrixSummary';
import { RoleSubscriptions, type SubscribeOutcome } from './RoleSubscriptions';
import { tOr } from '@/lib/i18n';
import type { RoleSubscription } from '@/lib/matrix/subscriptions';

export interface RolesViewProps {
  /** presets first, then the recruiter's own (as listMatrices returns them) */
  matrices: Matrix[];
  activeId: string;
  onSelect: (id: string) => void;
  /** saves one of the recruiter's matrices; the caller re-scores the open profile */
  onSave: (matrix: MatrixInput) => Promise<SaveOutcome>;
  /** copies a matrix; the caller selects the copy so it opens in the editor */
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  onImport: (text: string) => Promise<ImportOutcome>;
  onExport: (ids: string[]) => void;
  onRestorePresets: () => void;
  /** shared-role subscriptions; their matrices (in `matrices`) are read-only */
  subscriptions?: readonly RoleSubscription[];
  onSubscribe?: (url: string) => Promise<SubscribeOutcome>;
  onUnsubscribe?: (id: string) => void;
}

/** The Roles view: the list of matrices, the editor of the chosen one, import, export and restore. */
export function RolesView(props: RolesViewProps) {
  const { matrices, activeId, onSelect, onSave, onDuplicate, onDelete, onImport, onExport, onRestorePresets } = props;
  const active = matrices.find((m) => m.id === activeId) ?? matrices[0];
  const sharedFrom = new Map((props.subscriptions ?? []).flatMap((sub) => sub.matrices.map((m) => [m.id, sub.url] as const)));
  const readOnly = (id: string) => isPresetId(id) || sharedFrom.has(id);
  const own = matrices.filter((m) => !readOnly(m.id));
  const activeSource = active ? sharedFrom.get(active.id) : undefined;
  return (
    // a section, not a second <main>: the panel's root is the page's one main landmark
    <section className="roles-view" data-testid="roles-view" aria-labelledby="roles-title">
      <h1 className="roles-title" id="roles-title">
        {t('rolesTitle')}
      </h1>
      <p className="muted roles-intro">{t('rolesIntro')}</p>

      <section aria-labelledby="roles-list-title">
        <h2 id="roles-list-title">{t('rolesMatrices')}</h2>
        <MatrixList matrices={matrices} activeId={active?.id ?? ''} onSelect={onSelect} onDuplicate={onDuplicate} onDelete={onDelete} sharedIds={sharedFrom} />
      </section>

      <section aria-labelledby="roles-editor-title" className="roles-editor-section">
        <h2 id="roles-editor-title">
          {active && !readOnly(active.id) ? t('rolesEditorTitle') : activeSource ? tOr('rolesSharedRoleTitle', 'Shared role') : t('rolesPresetTitle')}
        </h2>
        {!active ? (
          <p className="muted">{t('rolesNoMatrix')}</p>
        ) : readOnly(active.id) ? (
          <MatrixSummary
            matrix={active}
            onDuplicate={() => onDuplicate(active.id)}
            {...(activeSource ? { readOnlyNote: tOr('rolesSharedReadOnly', 'Shared from $1: it follows that file and cannot be changed here.', activeSource) } : {})}
          />
        ) : (
          <MatrixEditor key={active.id} matrix={active} onSave={onSave} />
        )}
      </section>

      <section aria-labelledby="roles-io-title" className="roles-io">
        <h2 id="roles-io-title">{t('rolesImportExport')}</h2>
        <div className="roles-toolbar">
          <button type="button" data-testid="matrix-export" disabled={own.length === 0} onClick={() => onExport(own.map((m) => m.id))}>
            {t('rolesExportMine')} ({own.length})
          </button>
          <button type="button" data-testid="matrix-export-active" disabled={!active} onClick={() => active && onExport([active.id])}>
            {t('rolesExportActive')}
          </button>
          <button type="button" data-testid="restore-presets" onClick={onRestorePresets}>
            {t('rolesRestorePresets')}
          </button>
        </div>
        <p className="roles-hint muted">{t('rolesRestorePresetsHint')}</p>
        <MatrixImport onImport={onImport} />
        {props.onSubscribe && props.onUnsubscribe ? (
          <RoleSubscriptions subscriptions={props.subscriptions ?? []} onSubscribe={props.onSubscribe} onUnsubscribe={props.onUnsubscribe} />
        ) : null}
      </section>
    </section>
  );
}
