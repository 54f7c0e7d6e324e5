/**
 * GitHub's "Page not found" page at a profile address (no account has that
 * login, or the person renamed theirs) is no person: the panel says there is
 * no GitHub profile there and what to check, with no name, score or Save.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ProfilePanel } from '@/components/ProfilePanel';
import { extractGithubProfile } from '@/lib/extract/github';
import { describeGithubPage } from '@/lib/extract/github-page-kind';
import { createGithubPageWatch } from '@/lib/extract/github-page-watch';
import { PageNote, type GithubProfile } from '@/lib/schemas/profile';
import { pageState, unscoredPanelProps } from '../support/panel-state';

afterEach(cleanup);

const FIXTURES = join(import.meta.dirname, '../fixtures/github');
const AT = 'https://github.com/no-such-login';

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

describe("GitHub's 404 page under a profile address", () => {
  test('is no person, and its note says there is no profile there: check the spelling, or the account was renamed', () => {
    const doc = load('page-not-found.html');
    expect(extractGithubProfile(doc, AT)).toBeNull();
    const note = PageNote.parse(describeGithubPage(doc, AT));
    expect(note.kind).toBe('not-found');
    expect(note.note).toMatch(/no GitHub profile at this address/);
    expect(note.note).toMatch(/spelling/);
    expect(note.note).toMatch(/renamed/);
  });

  test('is told by its title alone, or by its 404 illustration alone', () => {
    const byTitle = new DOMParser().parseFromString('<title>Page not found · GitHub</title><main><p>Nothing here</p></main>', 'text/html');
    expect(describeGithubPage(byTitle, AT)?.kind).toBe('not-found');
    const byImage = load('page-not-found.html');
    byImage.title = 'GitHub';
    expect(describeGithubPage(byImage, AT)?.kind).toBe('not-found');
    byImage.querySelector('#parallax_wrapper')?.remove();
    expect(describeGithubPage(byImage, AT)).toBeNull();
  });

  test('says nothing at an address that is not a profile (a repository, the home page)', () => {
    const doc = load('page-not-found.html');
    expect(describeGithubPage(doc, 'https://github.com/mona-dev/orbit-api')).toBeNull();
    expect(describeGithubPage(doc, 'https://github.com/')).toBeNull();
  });

  test('no other saved GitHub page (profiles, organizations, a repository, settings) is taken for a 404', () => {
    const others = readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && f !== 'page-not-found.html');
    expect(others.length).toBeGreaterThan(5);
    for (const name of others) expect([name, describeGithubPage(load(name), 'https://github.com/mona-dev')]).toEqual([name, null]);
  });

  test('the content script sends no person and the note; after a soft navigation to a profile, the person and no note', () => {
    const doc = load('page-not-found.html');
    const tab = { url: AT };
    const sent: { url: string; profile: GithubProfile | null; note: PageNote | null }[] = [];
    const watch = createGithubPageWatch({ doc, currentUrl: () => tab.url, send: (url, profile, note) => sent.push({ url, profile, note }), timeoutMs: 1000 });
    watch.check();
    watch.check();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: AT, profile: null, note: { kind: 'not-found' } });

    tab.url = 'https://github.com/mona-dev';
    // Turbo renders the next page: its head and its body
    const next = load('profile-current.html');
    doc.head.replaceWith(doc.importNode(next.head, true));
    doc.body.replaceWith(doc.importNode(next.body, true));
    watch.check();
    expect(sent.at(-1)).toMatchObject({ url: 'https://github.com/mona-dev', profile: { login: 'mona-dev' }, note: null });
    watch.dispose();
  });

  test('the panel shows the note, and no person, score or Save', () => {
    const note = describeGithubPage(load('page-not-found.html'), AT);
    render(<ProfilePanel {...unscoredPanelProps(pageState(AT, null, note))} />);
    const shown = screen.getByTestId('page-note');
    expect(shown.dataset.kind).toBe('not-found');
    expect(shown.textContent).toMatch(/no GitHub profile at this address.*spelling.*renamed/);
    expect(screen.queryByTestId('profile-name')).toBeNull();
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(screen.queryByTestId('overall-score')).toBeNull();
    expect(screen.queryByTestId('save-candidate')).toBeNull();
  });
});
