/**
 * Installs WXT's in-memory fake browser as the `browser`/`chrome` globals before
 * any module reads them (the WxtVitest plugin's own setup does not reach
 * Vitest projects). Each test still calls fakeBrowser.reset() where it needs.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
