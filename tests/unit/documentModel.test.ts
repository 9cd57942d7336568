import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/build';
import { headingLabel, headingsOf, plainTextOf } from '../../shared/document/model';
import { DUNA_VALUES, plainQuotes } from '../support/dunaValues';
import { templateProject } from '../support/projects';

describe('the document model', () => {
  const model = buildDocument(templateProject('duna-cargo'), { draft: false });
  // Money keeps its currency on the same line with a no-break space; compare as plain spaces.
  const text = plainQuotes(plainTextOf(model).replace(/\u00a0/g, ' '));

  it('numbers the chapters and sub-parts in the order of the brief', () => {
    const headings = headingsOf(model).map(headingLabel);
    expect(headings).toEqual([
      'Document control',
      'Executive summary',
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
      '4.4. Exceptions and escalation',
      '5. Document flow and information exchange',
      'Sales Plan',
      '6. Sales strategy overview',
      '7. Sales forecast',
      '7.1. Market and business goal',
      '7.2. First year by month',
      '7.3. Sales by year',
      '7.4. Sales, direct costs and gross margin',
      '7.5. Sales by channel, product group and territory',
      '7.6. Operating costs and operating profit',
      '7.7. Deals needed and leads',
      '7.8. Scenarios',
      '8. Sales tactics',
      '8.1. Creating interest',
      '8.2. Creating the desire to buy',
      '8.3. Bringing the purchase decision',
      'Further chapters',
      '9. VIP programme for key accounts',
      '10. Entering new regions',
      '11. Sales organisation',
      '12. Customer service and retention',
      '13. Implementing the strategy',
      'Appendices',
      'Appendix A. Monthly forecast detail',
      'Appendix B. Glossary',
      'Appendix C. A bonus scheme worked through',
    ]);
  });

  it.each(DUNA_VALUES)('contains “%s”', (value) => {
    expect(text).toContain(value);
  });

  it('gives totals rows that equal the figures of the forecast, in one unit and one number of decimals per table, and numbered captions', () => {
    const yearly = model.blocks.find((b) => b.kind === 'table' && b.id === 'forecast-years');
    expect(yearly?.kind === 'table' && yearly.caption).toEqual({ kind: 'table', number: 20, text: 'Sales by year (HUF m)' });
    expect(yearly?.kind === 'table' && yearly.rows.at(-1)).toEqual({ cells: ['Total sales', '4,228', '4,608', '4,977', '5,325', '5,698'], emphasis: 'total' });
    const charts = model.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : []));
    expect(charts.map((b) => [b.chart.kind, b.caption.number])).toEqual([['priceWaterfall', 1], ['salesByMonth', 2], ['salesByYear', 3], ['marginByYear', 4], ['salesByChannel', 5], ['scenarios', 6], ['onboardingTimeline', 7], ['roadmapTimeline', 8]]);
    const tables = model.blocks.flatMap((b) => (b.kind === 'table' ? [b.caption.number] : []));
    expect(tables).toEqual(tables.map((_, i) => i + 1));
  });

  it('prints −0, and what rounds to it, as 0', () => {
    const project = templateProject('duna-cargo');
    project.salesPlan.context.marketGrowthPercent = -0;
    project.policy.channelRules.pricing.adjustments[0]!.percent = -0;
    // Shown with decimals (the column has them): −0.001 reads "0.00%", never "−0.00%".
    project.policy.channelRules.pricing.adjustments[1]!.percent = -0.001;
    project.policy.channelRules.pricing.adjustments[2]!.percent = 2.5;
    const printed = plainTextOf(buildDocument(project, { draft: false }));
    expect(printed).toContain('Market growth: 0% a year.');
    expect(printed).toMatch(/(?<![−+\d.])0\.00%/);
    expect(printed).not.toMatch(/[−-]0(?:\.0+)?(?![.,\d])/);
    expect(printed).not.toMatch(/\+0\.0+%/);
  });

  it('gives captions that add to the heading: counts, ranges and totals from the project', () => {
    const captions = (language: 'en' | 'hu') =>
      Object.fromEntries(buildDocument(templateProject('duna-cargo', language), { draft: false }).blocks.flatMap((b) => (b.kind === 'table' ? [[b.id, b.caption.text.replace(/\u00a0/g, ' ')]] : [])));
    expect(captions('en')).toMatchObject({
      goals: '4 goals, each with its horizon, measure of done and owner',
      branches: 'Branch network: 2 existing, 1 planned',
      'credit-terms': 'Credit terms by channel: 8–30 days to pay, credit limits up to HUF 25m',
      documents: '4 documents exchanged with partners, and what each feeds',
      'tactics-interest': 'Creating interest: 3 tactics, costing HUF 12m in all',
      principles: 'How we work with each of 4 kinds of partner',
      'priority-channels': 'The channels that sell 4 product groups in 3 territories',
      adjustments: 'From −8% to +10% on the base price, across 4 channels and 4 product groups',
      kpis: 'The 5 indicators partners are measured and rewarded on',
    });
    expect(captions('hu')).toMatchObject({
      branches: 'Fiókhálózat: 2 meglévő, 1 tervezett egység',
      'tactics-interest': 'Az érdeklődés felkeltése: 3 taktika, összesen 12 M Ft költséggel',
      adjustments: 'Az alapárhoz képest −8% és +10% között, 4 csatornán és 4 termékcsoportban',
    });
  });

  it('names the profit target’s year as the plan does: 2029/30 in a plan whose years start in April', () => {
    const project = templateProject('duna-cargo');
    project.meta.planStart = '2027-04';
    project.salesPlan.context.businessGoal.year = 2029;
    const printed = plainTextOf(buildDocument(project, { draft: false })).replace(/\u00a0/g, ' ');
    expect(printed).toContain('in 2029/30.');
    expect(printed).toContain('Profit target for 2029/30');
  });

  it('never ends a sentence with two full stops (a Hungarian date already ends in one)', () => {
    for (const template of ['duna-cargo', 'building-materials', 'premium-manufacturer'] as const)
      for (const language of ['en', 'hu'] as const) expect(plainTextOf(buildDocument(templateProject(template, language), { draft: false })).match(/[^.]\.\.(?!\.)/g) ?? []).toEqual([]);
  });

  it('writes whole amounts without cents, and keeps them where an amount has them', () => {
    const project = templateProject('premium-manufacturer');
    const printed = plainTextOf(buildDocument(project, { draft: false })).replace(/\u00a0/g, ' ');
    expect(printed).toContain('€300,000');
    expect(printed).not.toMatch(/€[\d,]+\.00\b/);
    project.policy.channelRules.creditPolicy.terms[0]!.creditLimit = 12_345_650;
    expect(plainTextOf(buildDocument(project, { draft: false }))).toContain('€123,456.50');
  });

  it('sets quotes, apostrophes and dashes as type does, in the language of the document', () => {
    expect(plainTextOf(model)).toContain('6 of Hungary\u2019s 7 statistical regions');
    const project = templateProject('duna-cargo', 'hu');
    project.salesPlan.overview = [{ type: 'paragraph', text: 'A "Duna" program - 2027... don\'t' }];
    expect(plainTextOf(buildDocument(project, { draft: false }))).toContain('A \u201EDuna\u201D program \u2013 2027\u2026 don\u2019t');
  });

  it('shows placeholders for empty required parts in a draft, and leaves them out of a final', () => {
    const blank = templateProject('blank');
    const draft = buildDocument(blank, { draft: true });
    expect(draft.blocks.filter((b) => b.kind === 'placeholder').map((b) => b.kind === 'placeholder' && b.text)).toContain('To be completed: Goals.');
    expect(buildDocument(blank, { draft: false }).blocks.some((b) => b.kind === 'placeholder')).toBe(false);
  });

  it('includes optional chapters only when chosen, and only the chapters asked for', () => {
    const project = templateProject('duna-cargo');
    // The sample includes the Part C chapters: switched off, none is in the document.
    for (const chapter of Object.values(project.optionalChapters)) chapter.included = false;
    expect(headingsOf(buildDocument(project, { draft: false })).some((h) => h.text === 'VIP programme for key accounts')).toBe(false);
    Object.assign(project.optionalChapters.vipProgramme, { included: true, body: [{ type: 'paragraph', text: 'Top 40 clients, one questionnaire each.' }] });
    const withVip = buildDocument(project, { draft: false });
    expect(headingsOf(withVip).slice(-6, -4).map(headingLabel)).toEqual(['Further chapters', '9. VIP programme for key accounts']);
    // A subset keeps every chapter's number.
    const subset = buildDocument(project, { draft: false, chapters: ['channelRules', 'salesForecast'] });
    expect(headingsOf(subset).map(headingLabel)).toEqual([
      'Document control',
      'Commercial Policy',
      '4. Rules of working with the channels',
      '4.1. Pricing policy and channel pricing',
      '4.2. Motivation of channel partners',
      '4.3. Credit policy',
      '4.4. Exceptions and escalation',
      'Sales Plan',
      '7. Sales forecast',
      '7.1. Market and business goal',
      '7.2. First year by month',
      '7.3. Sales by year',
      '7.4. Sales, direct costs and gross margin',
      '7.5. Sales by channel, product group and territory',
      '7.6. Operating costs and operating profit',
      '7.7. Deals needed and leads',
      '7.8. Scenarios',
      'Appendices',
      'Appendix A. Monthly forecast detail',
      'Appendix B. Glossary',
      'Appendix C. A bonus scheme worked through',
    ]);
  });

  it('works one bonus scheme through with the project’s figures, and lists the terms it uses', () => {
    const cells = (id: string) => {
      const block = model.blocks.find((b) => b.kind === 'table' && b.id === id);
      return block?.kind === 'table' ? block.rows.map((r) => r.cells.join(' | ').replace(/\u00a0/g, ' ')) : [];
    };
    // M-2: 2% from HUF 80m a year; a key account buying HUF 100m earns HUF 2m.
    expect(cells('bonus-example')).toEqual([
      'Annual purchase volume | HUF 100,000,000',
      'Tier reached | ≥ HUF 80,000,000 (below HUF 150,000,000): 2% rebate on the year’s revenue',
      'Bonus paid | 2% × HUF 100,000,000 = HUF 2,000,000',
    ]);
    const glossary = cells('glossary');
    expect(glossary).toContain('FTL | Full truckload: one shipment fills a whole truck.');
    expect(glossary).toContain('Hub | A logistics centre where shipments from several routes are sorted, consolidated and sent on.'); // the sample's own entry
    expect(glossary.some((row) => row.startsWith('EBIT |'))).toBe(false); // not used in this document
    expect(glossary.map((row) => row.split(' | ')[0])).toEqual([...glossary.map((row) => row.split(' | ')[0]!)].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('puts the user’s own glossary terms beside the automatic ones, and lets them reword an abbreviation', () => {
    const project = templateProject('duna-cargo');
    project.meta.glossary = [
      { id: 'g1', term: 'ftl', meaning: 'A truck hired for one client’s goods alone.' },
      { id: 'g2', term: 'Cross-docking', meaning: 'Goods move from the inbound to the outbound truck without storage.' },
      { id: 'g3', term: 'Half-typed', meaning: '' },
    ];
    const block = buildDocument(project, { draft: false }).blocks.find((b) => b.kind === 'table' && b.id === 'glossary');
    const rows = block?.kind === 'table' ? block.rows.map((r) => r.cells.join(' | ')) : [];
    expect(rows).toContain('ftl | A truck hired for one client’s goods alone.');
    expect(rows.filter((row) => row.toLowerCase().startsWith('ftl |'))).toHaveLength(1);
    expect(rows).toContain('Cross-docking | Goods move from the inbound to the outbound truck without storage.');
    expect(rows.some((row) => row.startsWith('Half-typed'))).toBe(false);
  });

  it('carries the title page, the contents and the properties', () => {
    expect(model.titlePage).toMatchObject({
      title: 'Commercial Policy of Duna Cargo Logisztika Kft. 2027–2031',
      company: 'Duna Cargo Logisztika Kft.',
      confidential: 'Confidential',
      facts: [
        { label: 'Version', lines: ['1.0 · 28 November 2026'] },
        { label: 'Authors', lines: ['Kovács Éva, Commercial Director'] },
        { label: 'Prepared with', lines: ['Szűcs & Társa Tanácsadó'] },
      ],
    });
    // The control page comes after the title page, then the contents, then the executive summary.
    expect(model.blocks.map((b) => (b.kind === 'table' ? `table:${b.id}` : b.kind === 'heading' ? `heading:${b.id}` : b.kind)).slice(0, 7)).toEqual([
      'heading:document-control',
      'table:control',
      'table:history',
      'table:approvals',
      'contents',
      'captionList',
      'heading:summary',
    ]);
    expect(model.meta.footer).toBe('Duna Cargo Logisztika Kft. · DC-KP-2027/01 · Version 1.0 · For approval · Confidential');
    expect(model.meta).toMatchObject({ title: 'Commercial Policy of Duna Cargo Logisztika Kft. 2027–2031', authors: ['Kovács Éva, Commercial Director'], language: 'en', currency: 'HUF' });
  });
});
