import { describe, expect, test } from 'vitest';
import { estimateSeniority, isEngineeringTitle, mergedYears, engineeringRoles } from '../../../lib/scoring';
import { linkedin, NOW, role } from './candidates';
import { linkedinFacts as facts } from '../../../lib/evidence/linkedin';

describe('seniority from LinkedIn', () => {
  test('overlapping roles are counted once', () => {
    const p = linkedin('x', [role('Software Engineer', '2015-01', '2019-12'), role('Freelance Developer', '2018-01', '2020-12')]);
    const s = estimateSeniority(facts(p), null, NOW);
    expect(s.years).toBe(6);
    expect(s.band).toBe('senior');
    expect(s.confidence).toBe('high');
    expect(s.basis).toMatch(/overlapping/);
  });

  test('a current role counts up to today', () => {
    const s = estimateSeniority(facts(linkedin('x', [role('Backend Developer', '2023-06', null)])), null, NOW);
    expect(s.years).toBe(2.1);
    expect(s.band).toBe('mid');
  });

  test('internships count at half rate', () => {
    const s = estimateSeniority(facts(linkedin('x', [role('Software Engineering Intern', '2022-01', '2022-12')])), null, NOW);
    expect(s.years).toBe(0.5);
    expect(s.band).toBe('junior');
    expect(s.basis).toMatch(/internship/);
  });

  test('non-engineering roles do not count', () => {
    const p = linkedin('x', [role('Sales Manager', '2010-01', '2020-12'), role('Junior Developer', '2024-01', null)]);
    expect(estimateSeniority(facts(p), null, NOW).band).toBe('junior');
  });

  test('year-only dates are read as whole years', () => {
    const p = linkedin('x', [role('Developer', '2018', '2019')]);
    expect(mergedYears(engineeringRoles(p.experience, NOW))).toBe(2);
  });

  test('an incomplete history lowers the confidence', () => {
    const p = linkedin('x', [role('Developer', '2018-01', null)], { experienceComplete: false });
    expect(estimateSeniority(facts(p), null, NOW).confidence).toBe('medium');
  });

  test.each([
    ['Senior Software Engineer', true],
    ['Site Reliability Engineer', true],
    ['Data Engineer', true],
    ['Softwareentwickler', true],
    ['Développeur Backend', true],
    ['Desarrollador de software', true],
    ['Engenheiro de Software', true],
    ['Technical Recruiter', false],
    ['Account Executive', false],
    ['Barista', false],
  ])('%s is an engineering role: %s', (title, expected) => {
    expect(isEngineeringTitle(title)).toBe(expected);
  });
});

describe('seniority from GitHub alone', () => {
  test('gives no band: account age and active years are small print, never years of experience', () => {
    const s = estimateSeniority(null, { createdAt: '2012-01-01T00:00:00Z', utcOffsetHours: null, activeYears: 7, firstActiveYear: 2013 }, NOW);
    expect(s.band).toBe('unknown');
    expect(s.years).toBeNull();
    expect(s.from).toBe('github');
    expect(s.note).toBe('GitHub activity since 2013');
    expect(s.basis).toMatch(/GitHub alone does not show years of experience/);
  });

  test('active years never exceed the calendar years the account has existed', () => {
    // an account 14.9 years old cannot have been active in 15 years
    const s = estimateSeniority(null, { createdAt: '2010-07-20T00:00:00Z', utcOffsetHours: null, activeYears: 30 }, NOW);
    const [active, span] = (/Active in (\d+) of the (\d+) calendar years/.exec(s.basis) ?? []).slice(1).map(Number);
    expect(span).toBe(15);
    expect(active).toBeLessThanOrEqual(span!);
    expect(s.note).toBe('GitHub activity since 2010');
  });

  test('what the person says of themselves comes before GitHub history', () => {
    const s = estimateSeniority(null, { createdAt: '2012-01-01T00:00:00Z', utcOffsetHours: null, activeYears: 9 }, NOW, {
      band: 'junior',
      years: null,
      phrase: 'Junior Python developer',
      source: 'github-bio',
    });
    expect(s.band).toBe('junior');
    expect(s.from).toBe('self');
    expect(s.basis).toContain('Junior Python developer');
  });

  test('with nothing to go on, unknown', () => {
    expect(estimateSeniority(null, null, NOW).band).toBe('unknown');
  });
});
