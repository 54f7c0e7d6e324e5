import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// the same text as PRIVACY.md, bundled at build time: the page loads nothing from anywhere
import policy from '../../PRIVACY.md?raw';
import { PrivacyPage } from './PrivacyPage';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PrivacyPage markdown={policy} />
    </StrictMode>,
  );
}
