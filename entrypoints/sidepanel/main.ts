/**
 * The panel's first script: small on purpose (no React, no zod). It paints at
 * once what the session already knows about this tab (`components/shell`),
 * then loads the React panel, which replaces that first screen once it has
 * read the same state.
 */
import './style.css';
import { FIRST_SCREEN_ID } from '@/components/shell/first-screen-shell';
import { handOffFirstScreen } from '@/components/shell/hand-off';
import { paintStoredFirstScreen } from './first-screen';

const root = document.getElementById('root');
if (root) {
  const shell = document.createElement('div');
  shell.id = FIRST_SCREEN_ID;
  root.before(shell);
  root.hidden = true;
  // React loads once the first screen is up: loading it earlier would take the main thread from that paint
  void paintStoredFirstScreen(shell, location.search)
    .catch(() => undefined)
    .then(() => import('./mount'))
    .then(
      ({ mountApp }) => {
        mountApp(root);
        // React hands over as soon as it has read the tab; never leave the painted copy up for long if it cannot
        setTimeout(() => handOffFirstScreen(), 3000);
      },
      () => handOffFirstScreen(),
    );
}
