import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json';
import { behaviourKinds, checkQuestions, checkResult, checkVersions, kindPages, versionQuestions } from '../../src/tools/relationship-check';
import { existsSync } from 'node:fs';

const words = en as Record<string, string>;

describe('relationship check', () => {
  it.each(checkVersions.map((version) => [version.id, version] as const))('version "%s" asks 12 to 20 questions, each with its own words, with the danger signs among them', (id, version) => {
    const questions = versionQuestions(version);
    const key = (field: string) => (id === 'self' ? `tools.check.${field}` : `tools.check.${id}.${field}`);
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect(questions.length).toBeLessThanOrEqual(20);
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    for (const question of questions) expect(words[key(`q.${question.id}`)], key(`q.${question.id}`)).toBeTruthy();
    for (const field of ['title', 'description', 'intro', 'resultIntro', 'resultNone', 'helpText']) expect(words[key(field)], key(field)).toBeTruthy();
    expect(words[`tools.check.versionName.${id}`]).toBeTruthy();
    // Every high-risk sign a version can ask about is asked: none is left out of a version.
    for (const sign of ['neck', 'weapon', 'kill', 'stalking', 'worse', 'leaving', 'pregnant']) expect(version.questions, sign).toContain(sign);
  });

  it('the words about someone else have their own danger and kind texts', () => {
    for (const field of ['dangerHeading', 'dangerText', ...behaviourKinds.map((kind) => `kindText.${kind}`)]) expect(words[`tools.check.other.${field}`], field).toBeTruthy();
  });

  it('the danger signs in the pool of questions', () => {
    expect(new Set(checkQuestions.map((question) => question.id)).size).toBe(checkQuestions.length);
    expect(checkQuestions.filter((question) => question.danger).map((question) => question.id)).toEqual(['stalking', 'neck', 'weapon', 'kill', 'worse', 'leaving', 'pregnant']);
  });

  it('every kind has words, a page that exists, and at least one question', () => {
    for (const kind of behaviourKinds) {
      expect(words[`tools.check.kind.${kind}`]).toBeTruthy();
      expect(words[`tools.check.kindText.${kind}`]).toBeTruthy();
      expect(existsSync(`content/pages/en${kindPages[kind].replace(/\/$/, '')}.mdx`), kindPages[kind]).toBe(true);
      expect(checkQuestions.some((question) => question.kinds.includes(kind))).toBe(true);
    }
  });

  it('names nothing and no danger when nothing is answered yes', () => {
    expect(checkResult({})).toEqual({ kinds: [], danger: false });
    expect(checkResult(Object.fromEntries(checkQuestions.map((question) => [question.id, 'no'])))).toEqual({ kinds: [], danger: false });
    expect(checkResult(Object.fromEntries(checkQuestions.map((question) => [question.id, 'skip'])))).toEqual({ kinds: [], danger: false });
  });

  it('names each kind once, in a fixed order, from the yes answers only', () => {
    expect(checkResult({ money: 'yes', jealous: 'yes', isolate: 'yes', hurt: 'no' })).toEqual({ kinds: ['control', 'money'], danger: false });
    expect(checkResult({ phone: 'yes' })).toEqual({ kinds: ['control', 'online'], danger: false });
  });

  it('a yes to any danger sign is danger, even when it names no kind', () => {
    for (const question of checkQuestions.filter((candidate) => candidate.danger)) expect(checkResult({ [question.id]: 'yes' }).danger, question.id).toBe(true);
    expect(checkResult({ pregnant: 'yes' })).toEqual({ kinds: [], danger: true });
    expect(checkResult({ neck: 'skip', kill: 'no' }).danger).toBe(false);
  });
});
