/** Opens the side panel from the toolbar button (Chrome); Firefox uses its sidebar_action. */
interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}

export function enableSidePanelOnAction(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (!sidePanel) return;
  sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {
    // older Chromium without the behaviour API: the panel is still reachable from the side panel menu
  });
}
