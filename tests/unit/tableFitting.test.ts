import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from '../../main/services/export/text/fonts';
import type { TableBlock } from '../../shared/document/model';
import { breakUnits, fitTable } from '../../shared/layout/tables';
import { pageGeometry, STYLES, TABLE } from '../../shared/layout/theme';

// Table fitting for every writer: whatever the names, no column becomes a sliver. (A matrix of 18
// channels with long unbreakable names once came out in 24 pt columns, one letter per line: an
// unreadable table, and a DOCX on which LibreOffice never finished its layout.)

const available = pageGeometry('A4').contentWidth;
const caption = { kind: 'table' as const, number: 1, text: 'Price adjustment by channel and product group' };

function matrix(channels: string[], groups: string[]): TableBlock {
  return {
    kind: 'table',
    id: 'pricing',
    caption,
    columns: [{ header: 'Product group', align: 'left' }, ...channels.map((header) => ({ header, align: 'right' as const }))],
    rows: groups.map((group) => ({ cells: [group, ...channels.map((_, i) => (i % 3 === 0 ? '–' : '+10.5 %'))] })),
    rowHeaders: true,
    turnable: { corner: 'Channel' },
  };
}

const word = fc.oneof(fc.stringMatching(/^[A-Za-zÀ-ſА-я]{1,12}$/), fc.stringMatching(/^[A-Za-zÀ-ſА-я]{30,70}$/));
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

describe('fitting a table to the page', () => {
  it('turns or splits a matrix with many long-named columns instead of crushing them', () => {
    // Names as long as the row labels' column and a data column together: neither way round fits.
    const channels = Array.from({ length: 18 }, (_, i) => `Высокотемпературныежелезобетонныеконструкции${i}`);
    const groups = ['Donaudampfschifffahrtsgesellschaftskapitänsmützenband', 'Kühlkettenlogistik', 'Straßenbaumaschinenersatzteile'];
    const parts = fitTable(matrix(channels, groups), available, measureText);
    expect(parts.length > 1 || parts[0]!.turned).toBe(true);
    expect(parts.slice(1).every((part) => part.continued)).toBe(true);
    for (const part of parts) {
      expect(part.columns.reduce((a, c) => a + c.width, 0)).toBeLessThanOrEqual(available + 0.01);
      expect(Math.min(...part.columns.map((c) => c.width))).toBeGreaterThanOrEqual(40);
    }
  });

  it('never makes a column narrower than a few letters, whatever the names (property)', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 24 }), fc.array(name, { minLength: 1, maxLength: 30 }), (channels, groups) => {
        for (const part of fitTable(matrix(channels, groups), available, measureText)) {
          const widths = part.columns.map((c) => c.width);
          expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(available + 0.01);
          // Every column keeps room for "+10.5 %", or about six letters, unless all it holds is narrower.
          part.columns.forEach((column, i) => {
            const size = STYLES.tableText.size;
            // What cannot wrap: a word of the header, a word (or a figure) of a cell.
            const units = [...breakUnits(column.header).map((w) => measureText(w, 'sansBold', size)), ...part.rows.flatMap((r) => breakUnits(r.cells[i] ?? '').map((w) => measureText(w, 'sans', size)))];
            const content = Math.max(0, ...units) + 2 * TABLE.padX;
            expect(column.width).toBeGreaterThanOrEqual(Math.min(content, 30));
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
