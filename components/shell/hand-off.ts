import { FIRST_SCREEN_ID } from './first-screen-shell';

/**
 * React has the state the first screen was painted from: the painted copy goes
 * and React's view shows, in the same frame. Safe to call more than once, and
 * a no-op where there was no first screen (tests, the options page).
 */
export function handOffFirstScreen(doc: Document = document): void {
  doc.getElementById(FIRST_SCREEN_ID)?.remove();
  const root = doc.getElementById('root');
  if (root?.hidden) root.hidden = false;
}
