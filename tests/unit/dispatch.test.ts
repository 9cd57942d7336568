import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../main/api/dispatch';
import type { Handlers } from '../../shared/api/contract';
import { CALL_NAMES } from '../../shared/api/callNames';
import { contract } from '../../shared/api/contract';

const handlers = (overrides: Partial<Handlers>): Handlers => overrides as Handlers;

describe('dispatch (shared by IPC and HTTP)', () => {
  it('declares exactly the calls named in callNames', () => {
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('parses input with the call schema before the handler runs', async () => {
    const rename = vi.fn();
    const result = await dispatch(handlers({ 'project:rename': rename }), 'project:rename', { id: 'a', title: '   ' });
    expect(rename).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput', issues: [{ path: 'title', message: 'Give the project a title.' }] } });
  });

  it('refuses ids that would leave the library folder', async () => {
    const open = vi.fn();
    const result = await dispatch(handlers({ 'project:open': open }), 'project:open', { id: '../../etc/passwd' });
    expect(open).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
  });

  it('refuses a call that is not declared', async () => {
    expect(await dispatch(handlers({}), 'fs:readFile', {})).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('turns a thrown exception into an error value', async () => {
    const result = await dispatch(handlers({ 'library:list': async () => { throw new Error('disk on fire'); } }), 'library:list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong in library:list: disk on fire' } });
  });

  it('checks the output against its schema', async () => {
    const result = await dispatch(handlers({ 'project:delete': async () => ({ ok: true, value: { trashedAs: 42 } }) as never }), 'project:delete', { id: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes typed errors through unchanged', async () => {
    const error = { code: 'notFound' as const, message: 'The file x does not exist.' };
    const result = await dispatch(handlers({ 'project:open': async () => ({ ok: false, error }) }), 'project:open', { id: 'x' });
    expect(result).toEqual({ ok: false, error });
  });
});
