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

/**
 * A localized string, or `english` where the runtime has none (tests, a missing key);
 * `$1`, `$2`… in the English text take the substitutions, as getMessage does.
 */
export function tOr(key: string, english: string, substitutions: string | readonly string[] = []): string {
  const values = typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  const localized = t(key, values.length > 0 ? values : undefined);
  if (localized !== key) return localized;
  return values.reduce((text, value, i) => text.replaceAll(`$${i + 1}`, value), english);
}

/**
 * The message name for an id under a prefix: `messageKey('check', 'dig-deeper')`
 * is `check_dig_deeper`. Browsers accept only letters, digits and `_` in
 * message names (a `-` stops the extension from loading).
 */
export function messageKey(prefix: string, id: string): string {
  return `${prefix}_${id.replaceAll('-', '_')}`;
}
