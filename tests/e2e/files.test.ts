import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../shared/api/contract';
import type { Project } from '../../shared/project/schema';
import { serializeProject } from '../../shared/project/validate';
import { newPage, screenshot, useBrowserAndHost } from '../support/browserFixture';

// What the user sees when the file under an open policy is changed by a sync tool, held by a
// colleague's copy of the app, or left half-saved by a crash: what happened, and the ways out.

const env = useBrowserAndHost();

async function createPolicy(title: string): Promise<{ id: string; file: string; project: Project }> {
  const created = (await env.host.host.call('project:create', { templateId: 'duna-cargo', title })) as { ok: true; value: LibraryEntry };
  const file = join(env.host.libraryDir, `${created.value.id}.cpolicy`);
  return { id: created.value.id, file, project: JSON.parse(await readFile(file, 'utf8')) as Project };
}

const titleIn = async (file: string) => (JSON.parse(await readFile(file, 'utf8')) as Project).meta.title;
const retitled = (project: Project, title: string): Project => ({ ...project, meta: { ...project.meta, title } });

describe('files changed under an open policy, in Chromium', () => {
  it('never writes over a file a sync tool changed: the user keeps both, and theirs lands in the library', async () => {
    const { id, file, project } = await createPolicy('Synced policy');
    const { page, errors } = await newPage(env.browser, { width: 1280, height: 860 });
    await page.goto(`${env.host.host.url}/#/project/${id}/details`);
    const title = page.getByRole('textbox', { name: /^Title of the document/ });
    await expect.poll(() => title.inputValue()).toBe('Synced policy');

    // OneDrive brings a colleague's version down while the policy is open here.
    const theirs = serializeProject(retitled(project, 'Synced policy, as edited on the laptop'));
    await writeFile(file, theirs);
    await title.fill('Synced policy, as edited here');
    const problem = page.getByTestId('save-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-reason')).toBe('changedOnDisk');
    expect(await problem.textContent()).toMatch(/changed by another program.*not written over it/s);
    expect(await readFile(file, 'utf8')).toBe(theirs);
    await screenshot(page, 'project-changed-on-disk');

    await problem.getByRole('button', { name: 'Keep both (theirs as a copy)' }).click();
    await problem.waitFor({ state: 'detached' });
    await expect.poll(() => titleIn(file)).toBe('Synced policy, as edited here');
    expect(await title.inputValue()).toBe('Synced policy, as edited here');
    const list = (await env.host.host.call('library:list')) as { value: LibraryEntry[] };
    expect(list.value.map((entry) => entry.title)).toContain(`Synced policy, as edited on the laptop (${new Date().toISOString().slice(0, 10)}, changed elsewhere)`);

    // Editing goes on as usual.
    await title.fill('Synced policy, final');
    await expect.poll(() => titleIn(file)).toBe('Synced policy, final');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    expect(errors).toEqual([]);
  });

  it('opens a policy a colleague has open read-only, says who, and lets the user in once they close it', async () => {
    const { id, file } = await createPolicy('Shared policy');
    const lock = join(env.host.libraryDir, `.${id}.cpolicy.lock`);
    const since = new Date().toISOString();
    await writeFile(lock, JSON.stringify({ host: 'SALES-LAPTOP-2', pid: 4242, user: 'bela.kovacs', since, renewed: since }));

    const { page, errors } = await newPage(env.browser, { width: 1280, height: 860 });
    await page.goto(`${env.host.host.url}/#/project/${id}/details`);
    const notice = page.getByTestId('read-only-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/bela\.kovacs on SALES-LAPTOP-2 has had this policy open since .*open read-only here/);
    const title = page.getByRole('textbox', { name: /^Title of the document/ });
    expect(await title.isDisabled()).toBe(true);
    expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('readOnly');
    await screenshot(page, 'project-locked-by-colleague');

    await rm(lock);
    await notice.getByRole('button', { name: 'Try again' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => title.isDisabled()).toBe(false);
    await title.fill('Shared policy, my turn');
    await expect.poll(() => titleIn(file)).toBe('Shared policy, my turn');
    // While open here, this app holds the lock.
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(errors).toEqual([]);
  });

  it('offers back the newer version a crash left half-saved, and cleans up', async () => {
    const { id, file, project } = await createPolicy('Crashed policy');
    const leftover = join(env.host.libraryDir, `.${id}.cpolicy.31337-0badf00d.tmp`);
    await writeFile(leftover, serializeProject(retitled(project, 'Crashed policy, the last edit')));
    const later = new Date(Date.now() + 60_000);
    await utimes(leftover, later, later);

    const { page, errors } = await newPage(env.browser, { width: 1280, height: 860 });
    await page.goto(`${env.host.host.url}/#/project/${id}/details`);
    const notice = page.getByTestId('recovery-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/A newer version of this policy, from .*was left behind/);
    await screenshot(page, 'project-recovery');
    await notice.getByRole('button', { name: 'Recover it' }).click();
    await notice.waitFor({ state: 'detached' });
    const title = page.getByRole('textbox', { name: /^Title of the document/ });
    await expect.poll(() => title.inputValue()).toBe('Crashed policy, the last edit');
    expect(await titleIn(file)).toBe('Crashed policy, the last edit');
    expect((await readdir(env.host.libraryDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
