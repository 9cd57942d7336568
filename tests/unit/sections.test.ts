import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/locales/en.json';
import { createBlankProject } from '../../shared/project/blank';
import { chapterLabelOf, chapterNumbers } from '../../shared/sections/numbering';
import { SECTIONS, sectionKeys, subsectionKeys } from '../../shared/sections/catalogue';
import { isFilled, projectCompleteness, sectionCompleteness, valueAtPath } from '../../shared/sections/completeness';
import { richTextFromPlain } from '../../shared/text/richText';
import { templateProject } from '../support/projects';

const blank = createBlankProject({ now: new Date('2026-11-28T10:00:00Z') });

describe('the section catalogue', () => {
  it('has unique section ids', () => {
    const ids = SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SECTIONS.flatMap((s) => s.subsections.flatMap((sub) => sub.fields.map((f) => [s.id, f.path] as const))))('%s: field %s exists in the project file', (_section, path) => {
    expect(valueAtPath(blank, path)).not.toBeUndefined();
  });

  it('has English titles and guidance for every section and sub-part', () => {
    const missing: string[] = [];
    for (const section of SECTIONS) {
      const keys = [sectionKeys(section).title, sectionKeys(section).guidance, ...section.subsections.map((sub) => subsectionKeys(section, sub).title)];
      for (const key of keys) if (typeof valueAtPath(en, key) !== 'string') missing.push(key);
    }
    expect(missing).toEqual([]);
  });

  it('numbers the chapters in document order: the policy 1–5, the sales plan 6–8, included optional chapters on from 9', () => {
    const numbers = chapterNumbers(blank);
    expect(SECTIONS.filter((s) => s.part === 'policy').map((s) => numbers.get(s.id))).toEqual([1, 2, 3, 4, 5]);
    expect(SECTIONS.filter((s) => s.part === 'salesPlan').map((s) => numbers.get(s.id))).toEqual([6, 7, 8]);
    expect(numbers.has('details') || numbers.has('vipProgramme')).toBe(false);
    const withOptional = { ...blank, optionalChapters: { ...blank.optionalChapters, regionalExpansion: { ...blank.optionalChapters.regionalExpansion, included: true }, vipProgramme: { ...blank.optionalChapters.vipProgramme, included: true } } };
    expect([chapterLabelOf(withOptional, 'vipProgramme'), chapterLabelOf(withOptional, 'regionalExpansion'), chapterLabelOf(withOptional, 'salesStrategyInNumbers')]).toEqual(['9.', '10.', '']);
  });
});

describe('completeness', () => {
  it('counts empty strings, empty lists and blank rich text as not filled', () => {
    expect([isFilled(''), isFilled('  '), isFilled([]), isFilled(null), isFilled([{ type: 'paragraph', text: ' ' }])]).toEqual([false, false, false, false, false]);
    expect([isFilled('x'), isFilled(0), isFilled([{ id: 'a' }]), isFilled(richTextFromPlain('Hello'))]).toEqual([true, true, true, true]);
  });

  it('shows an empty chapter as not started and the sample as complete', () => {
    const goals = SECTIONS.find((s) => s.id === 'goals')!;
    expect(sectionCompleteness(blank, goals)).toEqual({ filled: 0, required: 1, ratio: 0 });
    expect(sectionCompleteness(templateProject('duna-cargo'), goals)).toEqual({ filled: 1, required: 1, ratio: 1 });
  });

  it('shows a new project, titled in the New project dialog, as 0% complete', () => {
    const project = createBlankProject({ now: new Date('2026-11-28T10:00:00Z'), title: 'Commercial policy 2027' });
    expect(projectCompleteness(project)).toMatchObject({ filled: 0, ratio: 0 });
    project.meta.companyName = 'Duna Cargo';
    expect(projectCompleteness(project).filled).toBe(1);
  });

  it('counts an optional chapter only when it is included', () => {
    const project = templateProject('duna-cargo');
    expect(projectCompleteness(project).ratio).toBe(1);
    // The sample includes every Part C chapter: switch one off, then on again with nothing answered.
    project.optionalChapters.vipProgramme = { ...createBlankProject({ now: new Date(0) }).optionalChapters.vipProgramme, included: false };
    expect(projectCompleteness(project).ratio).toBe(1);
    project.optionalChapters.vipProgramme.included = true;
    const c = projectCompleteness(project);
    // Its goals, owner, key accounts, questionnaire and problem rule are still to answer.
    expect(c.required - c.filled).toBe(5);
  });
});

describe('rich text from plain text', () => {
  it('reads paragraphs, bulleted and numbered lists', () => {
    expect(richTextFromPlain('First line\ncontinues.\n\n- one\n- two\n1. a\n2) b\n\nEnd')).toEqual([
      { type: 'paragraph', text: 'First line continues.' },
      { type: 'bulletList', items: ['one', 'two'] },
      { type: 'numberedList', items: ['a', 'b'] },
      { type: 'paragraph', text: 'End' },
    ]);
  });
});

describe('locating a field', () => {
  it('finds the chapter and sub-part of a path, and its row', async () => {
    const { locateField, rowOfPath } = await import('../../shared/sections/catalogue');
    const found = locateField('policy.channelRules.creditPolicy.terms.1.channelId');
    expect([found?.section.id, found?.subsection.id, rowOfPath('policy.channelRules.creditPolicy.terms.1.channelId')]).toEqual(['channelRules', 'creditPolicy', 2]);
    expect(locateField('policy.documentFlow.documents.0.feedsKpiIds.0')?.section.id).toBe('documentFlow');
    expect(locateField('salesPlan.forecast.lines.3.channelId')?.subsection.id).toBe('lines');
    expect(locateField('nowhere.at.all')).toBeNull();
  });
});
