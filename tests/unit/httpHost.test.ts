import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type HostFixture } from '../support/hostFixture';

let fx: HostFixture;
beforeAll(async () => {
  fx = await startTestHost();
});
afterAll(() => fx.dispose());

const call = (name: string, body: unknown, method = 'POST') =>
  fetch(`${fx.host.url}/api/${encodeURIComponent(name)}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? JSON.stringify(body) : undefined });

describe('the test host', () => {
  it('listens on loopback only', () => {
    expect(fx.host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('carries the same calls as IPC, through the same dispatch', async () => {
    const created = await (await call('project:create', { templateId: 'duna-cargo', title: 'Over HTTP' })).json();
    expect(created).toMatchObject({ ok: true, value: { id: 'over-http', title: 'Over HTTP', state: 'ok' } });
    const list = await (await call('library:list', {})).json();
    expect(list.value.map((e: { id: string }) => e.id)).toEqual(['over-http']);
    const invalid = await (await call('project:rename', { id: 'over-http' })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('answers a dialog as the test asks, and cancels when nothing is queued', async () => {
    const cancelled = await (await call('project:import', {})).json();
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('refuses GET on the API and bad JSON', async () => {
    expect((await call('library:list', undefined, 'GET')).status).toBe(405);
    const bad = await fetch(`${fx.host.url}/api/library:list`, { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('serves the renderer with the Content-Security-Policy', async () => {
    const page = await fetch(`${fx.host.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('<div id="root"></div>');
  });
});
