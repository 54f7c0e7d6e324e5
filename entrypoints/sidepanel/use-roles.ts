import { useCallback, useEffect, useState } from 'react';
import { listMatrices, matricesItem } from '@/lib/matrix/matrix-store';
import { subscriptionsItem } from '@/lib/matrix/subscriptions-store';
import { DEFAULT_MATRIX_ID, PRESETS } from '@/lib/matrix';
import type { Matrix } from '@/lib/matrix';
import { readSettings, settingsItem, updateSettings } from '@/lib/settings/settings-store';

/** All matrices (presets first) and the active one, live across panel windows. */
export function useRoles(): { matrices: Matrix[]; activeId: string; setActiveId: (id: string) => void } {
  const [matrices, setMatrices] = useState<Matrix[]>([...PRESETS]);
  const [activeId, setActive] = useState<string>(DEFAULT_MATRIX_ID);
  const reload = useCallback(() => {
    void listMatrices().then(setMatrices);
  }, []);
  useEffect(() => {
    reload();
    void readSettings().then((s) => setActive(s.activeMatrixId));
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
  return { matrices, activeId, setActiveId };
}
