import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newPage, useBrowserAndHost } from '../support/browserFixture';
import { createPolicy, saved, textOf } from '../support/userActions';

const env = useBrowserAndHost();

describe('the key-account list read from a file', () => {
  it('adds the accounts of an Excel workbook and of a CSV file, and lists the rows it left out with the reason', async () => {
    const folder = dirname(env.host.libraryDir);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Key accounts');
    sheet.addRow(['Client', 'Segment', 'Account manager', 'Last contact', 'Yearly revenue']);
    sheet.addRow(['Alföld Logistics', 'Manufacturing', 'Kiss Anna', new Date(Date.UTC(2026, 8, 14)), 48_000_000]);
    sheet.addRow(['Rába Parts', 'Automotive', 'Nagy Péter', new Date(Date.UTC(2026, 9, 2)), 120_000_000]);
    sheet.getColumn(4).numFmt = 'yyyy-mm-dd';
    const xlsx = join(folder, 'key accounts.xlsx');
    await writeFile(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
    // A CSV as a Hungarian Excel saves it: semicolons, a byte-order mark; one row without a readable date.
    const csv = join(folder, 'more accounts.csv');
    await writeFile(csv, '\uFEFFClient;Segment;Account manager;Last contact;Yearly revenue\r\nTisza Foods;Food;Kiss Anna;30/06/2026;35500000\r\nMátra Kft.;Retail;;soon;1000\r\n');

    const { page, errors } = await newPage(env.browser, { width: 1440, height: 900 });
    await createPolicy(page, env.host.host.url, 'Accounts');
    await page.goto(`${env.host.host.url}/#/project/accounts/vipProgramme`);
    await page.getByLabel('Include this chapter in the document').check();

    const outcome = page.getByTestId('vip-paste-outcome');
    env.host.host.queueDialogAnswer(xlsx);
    await page.getByRole('button', { name: 'Import from CSV or Excel…' }).click();
    await expect.poll(async () => textOf(outcome)).toContain('2 accounts added from key accounts.xlsx.');
    expect(await textOf(outcome)).toContain('Row 1: a header row');

    env.host.host.queueDialogAnswer(csv);
    await page.getByRole('button', { name: 'Import from CSV or Excel…' }).click();
    await expect.poll(async () => textOf(outcome)).toContain('1 account added from more accounts.csv.');
    expect(await textOf(outcome)).toContain('Row 3: “soon” is not a date');

    // Cancelling the dialog changes nothing and says nothing.
    await page.getByRole('button', { name: 'Import from CSV or Excel…' }).click();
    await saved(page);
    await expect.poll(() => page.getByRole('row', { name: /^Key account \d$/ }).count()).toBe(3);
    const file = JSON.parse(await readFile(join(env.host.libraryDir, 'accounts.cpolicy'), 'utf8'));
    expect(file.optionalChapters.vipProgramme.accounts.map((a: { client: string; lastContact: string; yearlyRevenue: number }) => [a.client, a.lastContact, a.yearlyRevenue])).toEqual([
      ['Alföld Logistics', '2026-09-14', 48_000_000_00],
      ['Rába Parts', '2026-10-02', 120_000_000_00],
      ['Tisza Foods', '2026-06-30', 35_500_000_00],
    ]);
    expect(errors).toEqual([]);
  });
});
