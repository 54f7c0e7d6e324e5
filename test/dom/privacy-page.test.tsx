import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import policy from '../../PRIVACY.md?raw';
import { PrivacyPage } from '@/entrypoints/privacy/PrivacyPage';
import { parseBlocks, parseInline } from '@/entrypoints/privacy/markdown';
import { PRIVACY_PAGE_PATH, PrivacyLink } from '@/components/PrivacyLink';

afterEach(cleanup);

/** PRIVACY.md as plain words: the Markdown marks taken out, white space folded. */
function words(markdown: string): string {
  return markdown
    .replace(/^#{1,3}\s+/gm, '')
    .replace(/^[-*]\s+/gm, '')
    .replace(/\*\*|`/g, '')
    .replace(/\s+/g, '')
    .trim();
}

describe('the privacy page inside the extension', () => {
  it('shows the same text as PRIVACY.md', () => {
    render(<PrivacyPage markdown={policy} />);
    const page = screen.getByTestId('privacy-page');
    expect((page.textContent ?? '').replace(/\s+/g, '')).toBe(words(policy));
  });

  it('says what is read, where it is kept, what is sent to whom, how long, how to erase, and that nothing goes to a server of ours', () => {
    render(<PrivacyPage markdown={policy} />);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(
      expect.arrayContaining(['What Hirelens reads', 'Where it is kept', 'What is sent, and to whom', 'How long it is kept', 'How to erase']),
    );
    const text = screen.getByTestId('privacy-page').textContent ?? '';
    expect(text).toContain('Nothing is sent to any server of ours');
    expect(text).toContain('IndexedDB');
    expect(text).toContain('https://api.github.com');
  });

  it('is text only: no images, scripts, frames or links to load', () => {
    const { container } = render(<PrivacyPage markdown={policy} />);
    expect(container.querySelectorAll('img, script, iframe, link, object, embed, a').length).toBe(0);
  });

  it('Markdown in the file never becomes markup', () => {
    const { container } = render(<PrivacyPage markdown={'# Title\n\n<img src=x onerror="alert(1)"> **bold** `code`'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelector('code')?.textContent).toBe('code');
  });
});

describe('reading the Markdown', () => {
  it('headings, paragraphs over several lines, and lists with continued items', () => {
    expect(parseBlocks('# A\n\nOne\ntwo\n\n- x\n  more\n- y\n## B')).toEqual([
      { kind: 'heading', level: 1, text: 'A' },
      { kind: 'paragraph', text: 'One two' },
      { kind: 'list', items: ['x more', 'y'] },
      { kind: 'heading', level: 2, text: 'B' },
    ]);
  });

  it('bold and code spans', () => {
    expect(parseInline('a **b** c `d`')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', text: 'b' },
      { kind: 'text', text: ' c ' },
      { kind: 'code', text: 'd' },
    ]);
  });
});

describe('the privacy link', () => {
  it('opens the page bundled with the extension in a new tab', () => {
    render(<PrivacyLink />);
    const link = screen.getByTestId('privacy-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(PRIVACY_PAGE_PATH);
    expect(link.getAttribute('href')).toBe('/privacy.html');
    expect(link.target).toBe('_blank');
    expect(link.textContent).toBe('Privacy');
  });
});
