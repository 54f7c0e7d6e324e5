import { isPresetId, type Matrix, type MatrixInput } from '@/lib/matrix';
import { t } from '@/lib/i18n';
import { MatrixEditor, type SaveOutcome } from './MatrixEditor';
import { MatrixImport, type ImportOutcome } from './MatrixImport';
import { MatrixList } from './MatrixList';
import { MatrixSummary } from './MatrixSummary';

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
}

/** The Roles view: the list of matrices, the editor of the chosen one, import, export and restore. */
export function RolesView(props: RolesViewProps) {
  const { matrices, activeId, onSelect, onSave, onDuplicate, onDelete, onImport, onExport, onRestorePresets } = props;
  const active = matrices.find((m) => m.id === activeId) ?? matrices[0];
  const own = matrices.filter((m) => !isPresetId(m.id));
  return (
    <main className="panel roles-view" data-testid="roles-view">
      <h1 className="roles-title">{t('rolesTitle')}</h1>
      <p className="muted roles-intro">{t('rolesIntro')}</p>

      <section aria-labelledby="roles-list-title">
        <h2 id="roles-list-title">{t('rolesMatrices')}</h2>
        <MatrixList matrices={matrices} activeId={active?.id ?? ''} onSelect={onSelect} onDuplicate={onDuplicate} onDelete={onDelete} />
      </section>

      <section aria-labelledby="roles-editor-title" className="roles-editor-section">
        <h2 id="roles-editor-title">{active && !isPresetId(active.id) ? t('rolesEditorTitle') : t('rolesPresetTitle')}</h2>
        {!active ? (
          <p className="muted">{t('rolesNoMatrix')}</p>
        ) : isPresetId(active.id) ? (
          <MatrixSummary matrix={active} onDuplicate={() => onDuplicate(active.id)} />
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
      </section>
    </main>
  );
}
