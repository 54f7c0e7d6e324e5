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
  test('is a low-confidence estimate from active years', () => {
    const s = estimateSeniority(null, { createdAt: '2012-01-01T00:00:00Z', utcOffsetHours: null, activeYears: 7 }, NOW);
    expect(s.band).toBe('senior');
    expect(s.confidence).toBe('low');
    expect(s.basis).toMatch(/GitHub/);
  });

  test('without active years, half the account age', () => {
    const s = estimateSeniority(null, { createdAt: '2021-06-15T00:00:00Z', utcOffsetHours: null }, NOW);
    expect(s.years).toBe(2);
    expect(s.band).toBe('mid');
  });

  test('with nothing to go on, unknown', () => {
    expect(estimateSeniority(null, null, NOW).band).toBe('unknown');
  });
});
