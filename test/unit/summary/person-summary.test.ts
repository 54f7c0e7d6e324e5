import { describe, expect, it } from 'vitest';
import { evaluatePerson } from '../../../lib/evaluation/evaluate-person';
import { PRESETS } from '../../../lib/matrix/presets';
import { scoreCandidate } from '../../../lib/scoring/score';
import type { ScoreResult } from '../../../lib/scoring/schema';
import { mustHavesCounted, personSummary, questionsToAsk, seniorityWords, topEvidence, type SummaryInput } from '../../../lib/summary/person-summary';
import { NOW, persona, readingsOf } from '../calibration/personas';

function scored(id: string, plan: 'quick' | 'deep' | null, preset = 'backend-senior'): ScoreResult {
  const matrix = PRESETS.find((m) => m.id === preset)!;
  return scoreCandidate(evaluatePerson(readingsOf(persona(id), plan), NOW), matrix, NOW);
}

function input(result: ScoreResult, extra: Partial<SummaryInput> = {}): SummaryInput {
  return {
    name: 'Ana Silva',
    handle: 'ana-dev',
    headline: 'Backend engineer',
    location: 'Lisbon',
    links: { github: 'https://github.com/ana-dev', linkedin: 'https://www.linkedin.com/in/ana-silva/' },
    roleName: 'Backend engineer (senior)',
    result,
    ...extra,
  };
}

describe('the strongest evidence', () => {
  it('is the met rows resting on evidence, strongest first, each skill once, at most three', () => {
    const result = scored('senior-go', 'deep');
    const top = topEvidence(result);
    expect(top.length).toBe(3);
    expect(top.every((r) => r.status === 'met')).toBe(true);
    expect(top.map((r) => r.strength)).toEqual([...top.map((r) => r.strength)].sort((a, b) => b - a));
    expect(new Set(top.map((r) => r.skill ?? r.id)).size).toBe(top.length);
  });

  it('is empty when nothing was met', () => {
    const result = scored('thin', 'quick');
    const none = { ...result, requirements: result.requirements.map((r) => ({ ...r, status: 'missing' as const })) };
    expect(topEvidence(none)).toEqual([]);
  });
});

describe('the questions to ask', () => {
  it('takes the first question of each gap before any second one, never twice', () => {
    const result = scored('junior-django', 'deep');
    const gaps = result.questions.gaps;
    expect(gaps.length).toBeGreaterThan(1);
    const asked = questionsToAsk(result, 10);
    expect(asked.slice(0, gaps.length)).toEqual(gaps.map((g) => g.questions[0]!.text));
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('falls back to the behavioural questions when nothing is a gap', () => {
    const result = scored('senior-go', 'deep');
    const noGaps = { ...result, questions: { ...result.questions, gaps: [] } };
    expect(questionsToAsk(noGaps, 2)).toEqual(result.questions.behavioural.slice(0, 2).map((q) => q.text));
  });
});

describe('seniority in a few words', () => {
  it('gives the band with LinkedIn years, says when it is self-described, and never guesses', () => {
    expect(seniorityWords({ band: 'senior', years: 7.5, from: 'linkedin' })).toBe('Senior · 7.5 years');
    expect(seniorityWords({ band: 'mid', years: null, from: 'self' })).toBe('Mid-level (self-described)');
    expect(seniorityWords({ band: 'unknown', years: null, from: 'github' })).toBe('Seniority unknown');
  });
});

describe('the summary a recruiter copies', () => {
  it('names the person, links, verdict with score, every gap, seniority, evidence and questions (Markdown)', () => {
    const result = scored('junior-django', 'deep');
    const text = personSummary(input(result), 'markdown');
    expect(text).toContain('**Ana Silva** (ana-dev) · Lisbon');
    expect(text).toContain('GitHub: https://github.com/ana-dev');
    expect(text).toContain('LinkedIn: https://www.linkedin.com/in/ana-silva/');
    expect(text).toContain('/100** for Backend engineer (senior)');
    expect(text).toContain(mustHavesCounted(result.verdict));
    for (const gap of [...result.verdict.missing, ...result.verdict.partial, ...result.verdict.unchecked]) expect(text).toContain(gap);
    expect(text).toContain('Seniority: ');
    expect(text).toContain('**Questions to ask**');
    expect(text).toContain(`1. `);
  });

  it('plain text carries the same facts with no markup', () => {
    const result = scored('junior-django', 'deep');
    const text = personSummary(input(result), 'plain');
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/\\[*_#[\]]/);
    expect(text.startsWith('Ana Silva (ana-dev) · Lisbon\n')).toBe(true);
    expect(text).toContain(`${result.overall}/100 for Backend engineer (senior)`);
    for (const gap of result.verdict.missing) expect(text).toContain(gap);
  });

  it('shows no number when there is not enough to judge', () => {
    const result = scored('thin', 'quick');
    expect(result.verdict.label).toBe('insufficient');
    const text = personSummary(input(result), 'plain');
    expect(text).toContain('Not enough to judge for Backend engineer (senior)');
    expect(text).not.toMatch(/\d+\/100/);
  });

  it('says a provisional score is provisional and how much was checked', () => {
    const result = scored('senior-go', 'quick');
    expect(result.verdict.provisional).toBe(true);
    expect(personSummary(input(result), 'plain')).toMatch(/\(provisional: \d+% of the must-haves checked\)/);
  });

  it('keeps page text on one line, escapes Markdown in it and drops links that are not http(s)', () => {
    const result = scored('senior-go', 'deep');
    const text = personSummary(
      input(result, { name: '*Mallory*\n# Injected', headline: '[click](javascript:alert(1))', links: { github: 'javascript:alert(1)', linkedin: null } }),
      'markdown',
    );
    expect(text.split('\n')[0]).toBe('**\\*Mallory\\* \\# Injected** (ana-dev) · Lisbon');
    expect(text).toContain('\\[click\\](javascript:alert(1))');
    expect(text).not.toContain('GitHub: ');
  });
});
