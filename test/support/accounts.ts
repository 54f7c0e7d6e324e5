/** Fixture accounts for the API double, built from small, typed pieces. */
import type { ApiAccount, ApiRepoFixture, ApiUserFixture, PullRequestFixture, RepoContents } from './api-double';

const OWNER_BASE = {
  id: 1,
  node_id: 'U_1',
  avatar_url: 'https://avatars.githubusercontent.com/u/1?v=4',
  gravatar_id: '',
  url: '',
  html_url: '',
  followers_url: '',
  following_url: '',
  gists_url: '',
  starred_url: '',
  subscriptions_url: '',
  organizations_url: '',
  repos_url: '',
  events_url: '',
  received_events_url: '',
  type: 'User',
  site_admin: false,
};

export function makeUser(login: string, extra: Partial<ApiUserFixture> = {}): ApiUserFixture {
  return {
    ...OWNER_BASE,
    login,
    url: `https://api.github.com/users/${login}`,
    html_url: `https://github.com/${login}`,
    name: null,
    company: null,
    blog: null,
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2015-03-01T10:00:00Z',
    updated_at: '2026-10-01T10:00:00Z',
    ...extra,
  };
}

export interface RepoSpec {
  name: string;
  language: string | null;
  size?: number;
  pushedAt?: string;
  fork?: boolean;
  stars?: number;
  forks?: number;
  topics?: string[];
  description?: string | null;
}

export function makeRepo(owner: string, spec: RepoSpec, index: number): ApiRepoFixture {
  const full = `${owner}/${spec.name}`;
  return {
    id: 1000 + index,
    node_id: `R_${index}`,
    name: spec.name,
    full_name: full,
    private: false,
    owner: { ...OWNER_BASE, login: owner, html_url: `https://github.com/${owner}` },
    html_url: `https://github.com/${full}`,
    description: spec.description ?? null,
    fork: spec.fork ?? false,
    url: `https://api.github.com/repos/${full}`,
    archive_url: '', assignees_url: '', blobs_url: '', branches_url: '', collaborators_url: '',
    comments_url: '', commits_url: '', compare_url: '', contents_url: '', contributors_url: '',
    deployments_url: '', downloads_url: '', events_url: '', forks_url: '', git_commits_url: '',
    git_refs_url: '', git_tags_url: '', issue_comment_url: '', issue_events_url: '', issues_url: '',
    keys_url: '', labels_url: '', languages_url: '', merges_url: '', milestones_url: '',
    notifications_url: '', pulls_url: '', releases_url: '', stargazers_url: '', statuses_url: '',
    subscribers_url: '', subscription_url: '', tags_url: '', teams_url: '', trees_url: '', hooks_url: '',
    language: spec.language,
    size: spec.size ?? 500,
    stargazers_count: spec.stars ?? 0,
    watchers_count: spec.stars ?? 0,
    forks_count: spec.forks ?? 0,
    pushed_at: spec.pushedAt ?? '2026-09-01T10:00:00Z',
    created_at: '2020-01-01T10:00:00Z',
    updated_at: spec.pushedAt ?? '2026-09-01T10:00:00Z',
    topics: spec.topics ?? [],
    archived: false,
    default_branch: 'main',
  };
}

export function makeAccount(
  login: string,
  name: string,
  repos: RepoSpec[],
  created = '2015-03-01T10:00:00Z',
  extra: { contents?: Record<string, RepoContents>; pullRequests?: PullRequestFixture[] } = {},
): ApiAccount {
  return {
    user: makeUser(login, { name, public_repos: repos.length, created_at: created }),
    repos: repos.map((r, i) => makeRepo(login, r, i)),
    ...extra,
  };
}

const LANGS = ['Go', 'Python', 'TypeScript', 'Java', 'Ruby', 'Rust'];

/** An account with `n` repositories of mixed languages, pushed over the last years (request-count tests, bench). */
export function manyReposAccount(login: string, n: number): ApiAccount {
  const specs: RepoSpec[] = Array.from({ length: n }, (_, i) => ({
    name: `repo-${String(i).padStart(3, '0')}`,
    language: LANGS[i % LANGS.length] ?? null,
    size: 100 + ((i * 37) % 900),
    pushedAt: new Date(Date.UTC(2026, 10, 1) - i * 3 * 86_400_000).toISOString(),
    fork: i % 7 === 6,
    topics: i % 5 === 0 ? ['docker', 'rest-api'] : [],
    description: i % 4 === 0 ? 'A small service with PostgreSQL and Redis' : null,
  }));
  const contents: Record<string, RepoContents> = {};
  specs.forEach((s, i) => {
    contents[s.name] = {
      languages: { [s.language ?? 'Go']: 40_000 + i * 100, Shell: 1200 },
      files: {
        'README.md': { size: 2400 },
        Dockerfile: { size: 300 },
        '.github/workflows/ci.yml': { size: 500 },
        'src/main.go': { size: 4000 },
        'src/main_test.go': { size: 2000 },
        'go.mod': { text: 'module example.com/svc\n\ngo 1.22\n\nrequire (\n\tgithub.com/lib/pq v1.10.9\n\tgithub.com/redis/go-redis/v9 v9.5.1\n)\n' },
      },
    };
  });
  return makeAccount(login, `Many ${n}`, specs, '2012-01-01T10:00:00Z', { contents });
}

/** The person of the end-to-end profile fixture (test/fixtures/github/profile-current.html). */
export const MONA = makeAccount(
  'mona-dev',
  'Mona Developer',
  [
    { name: 'orbit-api', language: 'Go', size: 4200, pushedAt: '2026-11-10T09:00:00Z', stars: 120, topics: ['postgresql', 'rest-api'] },
    { name: 'ledger', language: 'Go', size: 2100, pushedAt: '2026-08-02T09:00:00Z', stars: 14 },
    { name: 'pipeline-tools', language: 'Python', size: 900, pushedAt: '2026-05-20T09:00:00Z' },
    { name: 'infra', language: 'HCL', size: 300, pushedAt: '2026-03-11T09:00:00Z', topics: ['terraform', 'aws'] },
    { name: 'dotfiles', language: 'Shell', size: 40, pushedAt: '2025-01-05T09:00:00Z' },
    { name: 'react', language: 'JavaScript', size: 250_000, pushedAt: '2024-02-01T09:00:00Z', fork: true },
  ],
  '2015-03-01T10:00:00Z',
  {
    contents: {
      'orbit-api': {
        languages: { Go: 310_000, Dockerfile: 900, Shell: 2_000 },
        files: {
          'go.mod': { text: 'module github.com/mona-dev/orbit-api\n\ngo 1.22\n\nrequire (\n\tgithub.com/lib/pq v1.10.9\n\tgithub.com/go-chi/chi/v5 v5.0.12\n\tgithub.com/stretchr/testify v1.9.0 // indirect\n)\n' },
          'go.sum': { size: 9000 },
          Dockerfile: { size: 420 },
          '.github/workflows/ci.yml': { size: 800 },
          'api/openapi.yaml': { size: 12_000 },
          'cmd/orbit/main.go': { size: 3_000 },
          'internal/store/store.go': { size: 8_000 },
          'internal/store/store_test.go': { size: 5_000 },
          'README.md': { size: 6_500 },
          'docs/architecture.md': { size: 4_000 },
          'CONTRIBUTING.md': { size: 1_200 },
        },
      },
      ledger: {
        languages: { Go: 120_000 },
        files: { 'go.mod': { text: 'module github.com/mona-dev/ledger\n\ngo 1.21\n' }, 'main.go': { size: 2_000 }, 'README.md': { size: 300 } },
      },
      'pipeline-tools': {
        languages: { Python: 40_000, 'Jupyter Notebook': 2_500_000 },
        files: {
          'requirements.txt': { text: 'fastapi==0.110.0\nuvicorn[standard]>=0.29\npsycopg2-binary==2.9.9\n# tests\npytest==8.1.0\n' },
          'notebooks/explore.ipynb': { size: 2_500_000 },
          'pipeline/app.py': { size: 6_000 },
          'tests/test_app.py': { size: 1_500 },
        },
      },
      infra: {
        languages: { HCL: 30_000 },
        files: { 'main.tf': { size: 4_000 }, 'modules/vpc/main.tf': { size: 2_000 }, 'README.md': { size: 900 } },
      },
    },
    pullRequests: [
      { repo: 'golang/go', title: 'net/http: fix header canonicalization', mergedAt: '2026-06-01T10:00:00Z' },
      { repo: 'lib/pq', title: 'Support for the new SCRAM flow', mergedAt: '2025-11-12T10:00:00Z' },
    ],
  },
);
