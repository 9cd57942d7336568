import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/build';
import { plainTextOf } from '../../shared/document/model';
import { hungarianArticle } from '../../shared/text/hungarian';
import { templateProject } from '../support/projects';

describe('Hungarian sentences', () => {
  it('choose “a” or “az” by the sound that follows, numbers read as words', () => {
    const cases: [string, 'a' | 'az'][] = [
      ['ügynökök', 'az'],
      ['Kereskedők', 'a'],
      ['„Ékszer”', 'az'],
      ['5%', 'az'],
      ['1 000 raklap', 'az'],
      ['1', 'az'],
      ['12 hónap', 'a'],
      ['150', 'a'],
      ['2 000', 'a'],
      ['50', 'az'],
      ['', 'a'],
    ];
    expect(cases.map(([word]) => [word, hungarianArticle(word)])).toEqual(cases);
  });

  it('write each bonus scheme as one sentence with agreeing articles and verbs, in both languages', () => {
    const en = plainTextOf(buildDocument(templateProject('duna-cargo', 'en'), { draft: false }));
    expect(en).toContain('Under M-1 Agent volume bonus, Forwarding agents earn a bonus each quarter, measured by Shipment volume (pallets).');
    const hu = plainTextOf(buildDocument(templateProject('duna-cargo', 'hu'), { draft: false }));
    expect(hu).toMatch(/Az M-1 [^.]+ szerint a Szállítmányozási ügynökök negyedévente kapnak bónuszt, a [^.]+ alapján\./);
  });
});
