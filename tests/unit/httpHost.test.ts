import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type HostFixture } from '../support/hostFixture';

let fx: HostFixture;
beforeAll(async () => {
  fx = await startTestHost();
});
afterAll(() => fx.dispose());

/** The token as the host's page receives it: a cookie set on the page's response. */
async function pageCookie(): Promise<string> {
  const page = await fetch(`${fx.host.url}/`);
  return page.headers.get('set-cookie')!.split(';')[0]!;
}

/** The status of a request that names `host` as the server, as a browser after a DNS rebinding would. */
const statusUnderHost = (path: string, host: string, cookie = '') =>
  new Promise<number>((resolve, reject) => {
    const { port } = new URL(fx.host.url);
    const req = request({ host: '127.0.0.1', port, path, method: path.startsWith('/api/') ? 'POST' : 'GET', headers: { host, cookie } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(path.startsWith('/api/') ? '{}' : undefined);
  });

const call = async (name: string, body: unknown, method = 'POST', headers: Record<string, string> = {}) =>
  fetch(`${fx.host.url}/api/${encodeURIComponent(name)}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: await pageCookie(), ...headers },
    body: method === 'POST' ? JSON.stringify(body) : undefined,
  });

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
    const bad = await fetch(`${fx.host.url}/api/library:list`, { method: 'POST', headers: { cookie: await pageCookie() }, body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('refuses calls without its token, from other sites, and under another host name', async () => {
    const withoutToken = await fetch(`${fx.host.url}/api/library:list`, { method: 'POST', body: '{}' });
    expect(withoutToken.status).toBe(403);
    const wrongToken = await fetch(`${fx.host.url}/api/library:list`, { method: 'POST', headers: { cookie: (await pageCookie()).replace(/=.*/, '=guess') }, body: '{}' });
    expect(wrongToken.status).toBe(403);
    expect((await call('library:list', {}, 'POST', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('library:list', {}, 'POST', { origin: fx.host.url })).status).toBe(200);
    // A rebound DNS name pointing at 127.0.0.1 still names another host (fetch cannot set Host).
    expect(await statusUnderHost('/api/library:list', 'attacker.example', await pageCookie())).toBe(421);
    expect(await statusUnderHost('/', 'attacker.example')).toBe(421);
    expect(await statusUnderHost('/', new URL(fx.host.url).host)).toBe(200);
  });

  it('gives its pages the token as a same-site cookie only they can send', async () => {
    const cookie = (await fetch(`${fx.host.url}/`)).headers.get('set-cookie')!;
    expect(cookie).toMatch(/^cpb_host_token_\d+=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  it('serves the renderer with the Content-Security-Policy', async () => {
    const page = await fetch(`${fx.host.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('<div id="root"></div>');
  });
});
