/**
 * The toolbar button opens the panel: Chrome's side panel through its panel
 * behaviour, Firefox's sidebar (`sidebar_action`) by toggling it on click.
 */
interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}

interface FirefoxSidebarApis {
  browserAction?: { onClicked: { addListener(listener: () => void): void } };
  sidebarAction?: { toggle(): Promise<void> };
}

export function enableSidePanelOnAction(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {
      // older Chromium without the behaviour API: the panel is still reachable from the side panel menu
    });
    return;
  }
  const firefox = (globalThis as { browser?: FirefoxSidebarApis }).browser;
  const sidebar = firefox?.sidebarAction;
  // toggle() must run inside the click's user action, so nothing is awaited before it
  if (sidebar && firefox.browserAction) firefox.browserAction.onClicked.addListener(() => void sidebar.toggle());
}
