import { describe, expect, test } from 'vitest';
import {
  connectionDegreeOf,
  connectionsCountOf,
  isConnectionsWord,
  isContactInfoLine,
  isSeeMoreLine,
  isSeparatorLine,
  topCardAction,
  topSkillsAfterLabel,
} from '@/lib/extract/linkedin-words';

describe('the words of the 2026 top card', () => {
  test('connection degrees as printed, in five languages', () => {
    expect(['· 1st', '1st', '· 2nd', '2nd', '· 3rd+', '3rd', '2.', '3.+', '1er', '2e'].map(connectionDegreeOf)).toEqual([
      '1st', '1st', '2nd', '2nd', '3rd+', '3rd+', '2nd', '3rd+', '1st', '2nd',
    ]);
    expect(connectionDegreeOf('2nd floor')).toBeNull();
    expect(connectionDegreeOf('Backend Engineer')).toBeNull();
  });

  test('"Contact info" and its translations; separators', () => {
    expect(['Contact info', 'Kontaktinfo', 'Coordonnées', 'Información de contacto', 'Informações de contato'].every(isContactInfoLine)).toBe(true);
    expect(isContactInfoLine('Contact me at ana@example.com')).toBe(false);
    expect(['·', ' • ', '|'].every(isSeparatorLine)).toBe(true);
    expect(isSeparatorLine('Lyon · France')).toBe(false);
  });

  test('connections: "500+" on its own, "312 connections" together; the word on its own line', () => {
    expect(connectionsCountOf('500+')).toBe('500+');
    expect(connectionsCountOf('312 connections')).toBe('312');
    expect(connectionsCountOf('1,204 Kontakte')).toBe('1,204');
    expect(connectionsCountOf('2,318 followers')).toBeNull();
    expect(connectionsCountOf('Lucía Pérez and 14 other mutual connections')).toBeNull();
    expect(isConnectionsWord('connections')).toBe(true);
    expect(isConnectionsWord('mutual connections')).toBe(false);
  });

  test('what the action buttons say', () => {
    expect(['Connect', 'Vernetzen', 'Message', 'Follow', 'Suivre', 'More'].map(topCardAction)).toEqual([
      'connect', 'connect', 'message', 'follow', 'follow', null,
    ]);
  });
});

describe('the About card', () => {
  test('"Top skills": what follows the label on its line (nothing when the skills are on the next line)', () => {
    expect(topSkillsAfterLabel('Top skills')).toBe('');
    expect(topSkillsAfterLabel('Top skills: Go • Kafka')).toBe('Go • Kafka');
    expect(topSkillsAfterLabel('Principales compétences')).toBe('');
    expect(topSkillsAfterLabel('Top-Kenntnisse')).toBe('');
    expect(topSkillsAfterLabel('Top skillset of the team')).toBeNull();
    expect(topSkillsAfterLabel('I love Go')).toBeNull();
  });

  test('"…see more" written as text', () => {
    expect(['…see more', 'see more', '... more', 'Mehr anzeigen', 'voir plus'].every(isSeeMoreLine)).toBe(true);
    expect(isSeeMoreLine('I want to see more of the world')).toBe(false);
  });
});
