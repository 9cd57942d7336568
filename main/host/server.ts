import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/security';
import { createHandlers, type ShellPort } from '../api/handlers';
import { dispatch } from '../api/dispatch';
import { composeServices, type ServicePaths } from '../services/compose';
import { findResourceRoot } from '../services/paths';

/**
 * The loopback HTTP host used by end-to-end tests: it serves the built renderer and carries the
 * same API calls as IPC does, over `POST /api/<call>`. It is not part of the packaged app, but it
 * runs on developers' and CI machines with their files behind it, so only its own pages may call
 * it: it answers on 127.0.0.1 to its own host name only (no DNS rebinding), refuses calls from
 * other origins, and wants a random token that its pages receive as a same-site cookie.
 */

const MAX_BODY_BYTES = 50 * 1024 * 1024;

export interface HostOptions extends ServicePaths {
  rendererDir: string;
  port?: number;
  appVersion?: string;
  /** The locale the "system" reports, for tests of the default interface language. */
  systemLanguage?: string;
  now?: () => Date;
}

export interface RunningHost {
  url: string;
  server: Server;
  /** Answers the next native dialog the way a user would (a path, or null to cancel). */
  queueDialogAnswer(answer: string | null): void;
  /** Stands in for the system asking the app to open a file (a double-click on a .cpolicy). */
  requestOpen(path: string): void;
  /** Makes a call as the host's own page would (with its token): for tests that set up data. */
  call(name: string, input?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const dialogAnswers: (string | null)[] = [];
  const openRequests: string[] = [];
  const nextAnswer = async () => (dialogAnswers.length > 0 ? dialogAnswers.shift()! : null);
  const shell: ShellPort = {
    transport: 'http',
    appVersion: options.appVersion ?? '0.0.0-host',
    systemLanguage: options.systemLanguage ?? 'en',
    chooseFileToOpen: nextAnswer,
    chooseFileToSave: nextAnswer,
    reveal: async () => undefined,
    uiLanguageChanged: () => undefined, // the browser has no native menu
    takeOpenRequests: () => openRequests.splice(0),
    noticesDir: join(findResourceRoot(), 'build'),
  };
  const services = composeServices(options, shell, options.now);
  const handlers = createHandlers(services);
  const statics = sirv(options.rendererDir, {
    single: true,
    dev: true,
    setHeaders: (res) => res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY),
  });

  const token = randomBytes(32).toString('base64url');
  const expected = Buffer.from(token);
  let port = 0;
  // Cookies do not tell ports apart: each host's token has a name of its own.
  const cookieName = () => `cpb_host_token_${port}`;
  const ownHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const hasToken = (req: IncomingMessage) => {
    const sent = (req.headers.cookie ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === cookieName())?.[1];
    if (sent === undefined) return false;
    const given = Buffer.from(sent);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  const server = createServer((req, res) => {
    if (!ownHosts().includes(req.headers.host ?? '')) return send(res, 421, { error: 'Wrong host.' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, { error: 'Use POST.' });
      const origin = req.headers.origin;
      if (origin !== undefined && !ownHosts().some((host) => origin === `http://${host}`)) return send(res, 403, { error: 'Calls from other sites are refused.' });
      if (!hasToken(req)) return send(res, 403, { error: 'Missing or wrong token: open the host\u2019s page first.' });
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      readJson(req)
        .then((input) => dispatch(handlers, name, input))
        .then((result) => send(res, 200, result))
        .catch((e: unknown) => send(res, 400, { ok: false, error: { code: 'invalidInput', message: `Bad request: ${String(e)}` } }));
      return;
    }
    res.setHeader('set-cookie', `${cookieName()}=${token}; Path=/; HttpOnly; SameSite=Strict`);
    statics(req, res, () => send(res, 404, { error: 'Not found.' }));
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    server,
    call: async (name, input) => {
      const response = await fetch(`${url}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${cookieName()}=${token}` },
        body: JSON.stringify(input ?? {}),
      });
      return response.json();
    },
    queueDialogAnswer: (answer) => dialogAnswers.push(answer),
    requestOpen: (path) => openRequests.push(path),
    close: () =>
      new Promise<void>((resolve, reject) => {
        services.store.releaseAllNow();
        server.close((e) => (e ? reject(e) : resolve()));
        // Browsers keep connections alive; a test host that is done must not wait for them.
        server.closeAllConnections();
      }),
  };
}
