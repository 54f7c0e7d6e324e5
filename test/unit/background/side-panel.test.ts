import { afterEach, describe, expect, test, vi } from 'vitest';
import { enableSidePanelOnAction } from '@/entrypoints/background/side-panel';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the toolbar button', () => {
  test('on Chrome, opens the side panel through its panel behaviour', () => {
    const setPanelBehavior = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('chrome', { sidePanel: { setPanelBehavior } });
    enableSidePanelOnAction();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  test('on Firefox, toggles the sidebar when clicked', () => {
    let onClick: (() => void) | null = null;
    const toggle = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('chrome', {});
    vi.stubGlobal('browser', { browserAction: { onClicked: { addListener: (l: () => void) => (onClick = l) } }, sidebarAction: { toggle } });
    enableSidePanelOnAction();
    expect(onClick).not.toBeNull();
    onClick!();
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});
