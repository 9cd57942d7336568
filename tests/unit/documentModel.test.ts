import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/build';
import { headingsOf, plainTextOf } from '../../shared/document/model';
import { DUNA_VALUES } from '../support/dunaValues';
import { templateProject } from '../support/projects';

describe('the document model', () => {
  const model = buildDocument(templateProject('duna-cargo'), { draft: false });
  // Money keeps its currency on the same line with a no-break space; compare as plain spaces.
  const text = plainTextOf(model).replace(/\u00a0/g, ' ');

  it('numbers the chapters and sub-parts in the order of the brief', () => {
    const headings = headingsOf(model).map((h) => `${h.number} ${h.text}`.trim());
    expect(headings).toEqual([
      'Commercial Policy',
      '1. Goals of the commercial policy',
      '2. Methods of reaching the goals',
      '3. Organisation of distribution and the sales channels',
      '3.1. Branch network',
      '3.2. Dealer and agent network',
      '3.3. Priority sales channels',
      '4. Rules of working with the channels',
      '4.1. Pricing policy and channel pricing',
      '4.2. Motivation of channel partners',
      '4.3. Credit policy',
      '5. Document flow and information exchange',
      'Sales Plan',
      '6. Sales strategy overview',
      '7. Sales forecast',
      '7.1. Market and business goal',
      '7.2. First year by month',
      '7.3. Sales by year',
      '7.4. Sales, direct costs and gross margin',
      '8. Sales tactics',
      '8.1. Creating interest',
      '8.2. Creating the desire to buy',
      '8.3. Bringing the purchase decision',
    ]);
  });

  it.each(DUNA_VALUES)('contains “%s”', (value) => {
    expect(text).toContain(value);
  });

  it('gives totals rows that equal the figures of the forecast, and charts with captions', () => {
    const yearly = model.blocks.find((b) => b.kind === 'table' && b.id === 'forecast-years-0');
    expect(yearly?.kind === 'table' && yearly.rows.at(-1)).toEqual({ cells: ['Total sales', '4,227,845,100', '4,608,351,159', '4,977,019,252', '5,325,410,600', '5,698,189,342'], emphasis: 'total' });
    expect(model.blocks.filter((b) => b.kind === 'chart').map((b) => b.kind === 'chart' && b.chart)).toEqual(['salesByMonth', 'salesByYear', 'marginByYear']);
  });

  it('shows placeholders for empty required parts in a draft, and leaves them out of a final', () => {
    const blank = templateProject('blank');
    const draft = buildDocument(blank, { draft: true });
    expect(draft.blocks.filter((b) => b.kind === 'placeholder').map((b) => b.kind === 'placeholder' && b.text)).toContain('To be completed: Goals.');
    expect(buildDocument(blank, { draft: false }).blocks.some((b) => b.kind === 'placeholder')).toBe(false);
  });

  it('includes optional chapters only when chosen, and only the chapters asked for', () => {
    const project = templateProject('duna-cargo');
    expect(headingsOf(buildDocument(project, { draft: false })).some((h) => h.text === 'VIP programme for key accounts')).toBe(false);
    project.optionalChapters.vipProgramme = { included: true, body: [{ type: 'paragraph', text: 'Top 40 clients, one questionnaire each.' }] };
    const withVip = buildDocument(project, { draft: false });
    expect(headingsOf(withVip).slice(-2).map((h) => `${h.number} ${h.text}`.trim())).toEqual(['Further chapters', '9. VIP programme for key accounts']);
    const onlyCredit = buildDocument(project, { draft: false, chapters: ['channelRules'] });
    expect(headingsOf(onlyCredit).map((h) => h.text)).toEqual(['Commercial Policy', 'Rules of working with the channels', 'Pricing policy and channel pricing', 'Motivation of channel partners', 'Credit policy']);
  });

  it('carries the title page and properties', () => {
    expect(model.meta).toMatchObject({ title: 'Commercial Policy of Duna Cargo Logisztika Kft. 2027–2031', documentVersion: '1.0', date: '28 November 2026', authors: ['Kovács Éva, Commercial Director'], confidential: true, language: 'en', currency: 'HUF' });
  });
});
