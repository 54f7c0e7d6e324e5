import { useCallback, useEffect, useState } from 'react';
import { listMatrices, matricesItem } from '@/lib/matrix/matrix-store';
import { subscriptionsItem } from '@/lib/matrix/subscriptions-store';
import { DEFAULT_MATRIX_ID, PRESETS } from '@/lib/matrix';
import type { Matrix } from '@/lib/matrix';
import { readSettings, settingsItem, updateSettings } from '@/lib/settings/settings-store';

/** All matrices (presets first) and the active one, live across panel windows. */
export function useRoles(): { matrices: Matrix[]; activeId: string; setActiveId: (id: string) => void; loaded: boolean } {
  const [matrices, setMatrices] = useState<Matrix[]>([...PRESETS]);
  const [activeId, setActive] = useState<string>(DEFAULT_MATRIX_ID);
  // false until both the stored matrices and the chosen role are read (until then the presets and the default stand in)
  const [read, setRead] = useState({ matrices: false, active: false });
  const reload = useCallback(() => {
    void listMatrices().then((list) => {
      setMatrices(list);
      setRead((r) => (r.matrices ? r : { ...r, matrices: true }));
    });
  }, []);
  useEffect(() => {
    reload();
    void readSettings().then((s) => {
      setActive(s.activeMatrixId);
      setRead((r) => (r.active ? r : { ...r, active: true }));
    });
    const unwatchMatrices = matricesItem.watch(() => reload());
    const unwatchShared = subscriptionsItem.watch(() => reload());
    const unwatchSettings = settingsItem.watch((s) => {
      if (s?.activeMatrixId) setActive(s.activeMatrixId);
    });
    return () => {
      unwatchMatrices();
      unwatchShared();
      unwatchSettings();
    };
  }, [reload]);
  const setActiveId = useCallback((id: string) => {
    setActive(id);
    void updateSettings({ activeMatrixId: id });
  }, []);
  return { matrices, activeId, setActiveId, loaded: read.matrices && read.active };
}
