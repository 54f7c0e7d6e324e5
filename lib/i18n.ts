import { browser } from 'wxt/browser';

/** A localized string from public/_locales; the key itself when the runtime has none (tests). */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    const getMessage = browser.i18n?.getMessage as ((k: string, s?: string | string[]) => string) | undefined;
    const message = getMessage?.call(browser.i18n, key, substitutions);
    if (message) return message;
  } catch {
    // not in an extension context
  }
  return key;
}
