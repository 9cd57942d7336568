import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LeaveBlockedDialog } from '../../renderer/project/ProjectNotices';
import { useOpenProject } from '../../renderer/project/useProjectSession';
import type { ApiClient, OpenedProject } from '../../shared/api/contract';
import { appError } from '../../shared/result';
import { templateProject } from '../support/projects';
import { renderWithApp } from './render';

// Closing the desktop window, or going back to the library, while the latest edits cannot be
// saved (a full disk): the user chooses to save a copy, leave without them, or stay.

const wentToLibrary = vi.fn();

function Harness() {
  const state = useOpenProject('duna');
  if (state.kind !== 'open') return <p>{state.kind}</p>;
  const { save } = state.session.getSnapshot();
  return (
    <>
      <button onClick={() => state.session.update((draft) => void (draft.meta.title = 'Edited on a full disk'))}>edit</button>
      <button onClick={() => state.leave(wentToLibrary)}>library</button>
      {state.leaveBlocked && <LeaveBlockedDialog session={state.session} error={save.kind === 'error' ? save.error : null} settle={state.settleLeave} />}
    </>
  );
}

function setup() {
  const opened: OpenedProject = { id: 'duna', project: templateProject('duna-cargo'), readOnly: false, readOnlyReason: null, lockedBy: null, recovery: null, migratedFrom: null, backupAvailable: true };
  const diskFull = appError('fileAccess', 'Cannot save duna.cpolicy: the disk is full.', { file: 'duna.cpolicy', reason: 'diskFull', params: { file: 'duna.cpolicy' } });
  const api = {
    'project:open': vi.fn(async () => ({ ok: true as const, value: opened })),
    'project:save': vi.fn(async () => ({ ok: false as const, error: diskFull })),
    'project:saveCopy': vi.fn(async () => ({ ok: true as const, value: { path: '/media/usb/duna.cpolicy' } })),
    'project:close': vi.fn(async () => ({ ok: true as const, value: {} })),
  };
  const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
  wentToLibrary.mockClear();
  renderWithApp(<Harness />, api as unknown as ApiClient, { isDesktop: true });
  return { api, close };
}

async function editThenClose() {
  await userEvent.click(await screen.findByRole('button', { name: 'edit' }));
  const closing = new Event('beforeunload', { cancelable: true });
  act(() => void window.dispatchEvent(closing));
  return closing;
}

describe('leaving while saves fail', () => {
  it('holds the close and offers to save the edits as a copy, then closes', async () => {
    const { api, close } = setup();
    const closing = await editThenClose();
    expect(closing.defaultPrevented).toBe(true);
    const dialog = await screen.findByRole('dialog', { name: 'Your latest edits could not be saved' });
    expect(dialog).toHaveTextContent(/disk is full.*Save them as a copy somewhere else, or close without them/);
    expect(close).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Save a copy…' }));
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(api['project:saveCopy']).toHaveBeenCalledWith({ id: 'duna', project: expect.objectContaining({ meta: expect.objectContaining({ title: 'Edited on a full disk' }) }) });
  });

  it('closes without the edits only when asked, and stays when asked', async () => {
    const { close } = setup();
    await editThenClose();
    await userEvent.click(await screen.findByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(close).not.toHaveBeenCalled();

    const again = new Event('beforeunload', { cancelable: true });
    act(() => void window.dispatchEvent(again));
    await userEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(close).toHaveBeenCalledTimes(1);
    // Once the user chose to drop the edits, the close goes through without asking again.
    const last = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(last);
    expect(last.defaultPrevented).toBe(false);
  });

  it('asks before going back to the library, and goes only when the user says so', async () => {
    const { api } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'edit' }));
    await userEvent.click(screen.getByRole('button', { name: 'library' }));
    await screen.findByRole('dialog', { name: 'Your latest edits could not be saved' });
    expect(api['project:save']).toHaveBeenCalled();
    expect(wentToLibrary).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(wentToLibrary).toHaveBeenCalledTimes(1);
  });
});
