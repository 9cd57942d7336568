import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DetailsForm } from '../../renderer/project/details/DetailsForm';
import { ProjectSession } from '../../renderer/project/projectSession';
import type { ApiClient } from '../../shared/api/contract';
import { templateProject } from '../support/projects';
import { renderWithApp } from './render';

/** Waits for the project to take typing that has paused (a state, however busy the machine). */
const PAUSE = { timeout: 10_000, interval: 20 };

function setup() {
  const api = { 'project:save': vi.fn(async () => ({ ok: true as const, value: { updatedAt: '2026-11-28T12:00:00.000Z' } })) };
  const session = new ProjectSession(api as unknown as ApiClient, 'duna', templateProject('duna-cargo'), false);
  renderWithApp(<DetailsForm session={session} />, api as unknown as ApiClient);
  return { session };
}

describe('the document details form', () => {
  it('writes a valid change into the project', async () => {
    const { session } = setup();
    const company = screen.getByLabelText(/^Company/);
    await userEvent.clear(company);
    await userEvent.type(company, 'Duna Cargo Zrt.');
    expect(session.getSnapshot().save.kind).toBe('unsaved');
    // The project takes the typing once it pauses.
    await vi.waitFor(() => expect(session.getSnapshot().project.meta.companyName).toBe('Duna Cargo Zrt.'), PAUSE);
  });

  it('says what to do about an emptied required field and keeps the last valid value in the project', async () => {
    const { session } = setup();
    const title = screen.getByLabelText(/^Title of the document/);
    await userEvent.clear(title);
    expect(await screen.findByText('Fill this in.')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(session.getSnapshot().project.meta.title).toBe('Commercial Policy of Duna Cargo Logisztika Kft. 2027–2031');
  });

  it('rejects a horizon outside 1 to 10 years', async () => {
    const { session } = setup();
    const horizon = screen.getByLabelText(/^Plan horizon/);
    await userEvent.clear(horizon);
    await userEvent.type(horizon, '12');
    expect(await screen.findByText('Enter a whole number from 1 to 10.')).toBeInTheDocument();
    // The project keeps the last valid value typed ("1" on the way to "12"), never 12.
    session.applyDeferred();
    expect(session.getSnapshot().project.meta.horizonYears).toBe(1);
  });

  it('adds and removes authors', async () => {
    const { session } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Add author' }));
    const names = screen.getAllByLabelText('Name');
    await userEvent.type(names[1]!, 'Szűcs Gábor');
    await vi.waitFor(() => expect(session.getSnapshot().project.meta.authors.map((a) => a.name)).toEqual(['Kovács Éva', 'Szűcs Gábor']), PAUSE);
    await userEvent.click(screen.getByRole('button', { name: 'Remove author Kovács Éva' }));
    await vi.waitFor(() => expect(session.getSnapshot().project.meta.authors.map((a) => a.name)).toEqual(['Szűcs Gábor']), PAUSE);
  });

  it('edits document control: reference, status, dates that can be cleared, and a version added', async () => {
    const { session } = setup();
    // What the project holds once the typing has paused.
    const control = () => {
      session.applyDeferred();
      return session.getSnapshot().project.meta.control;
    };
    const reference = screen.getByLabelText(/^Policy reference/);
    await userEvent.clear(reference);
    // An emptied reference is saved as empty (the export then lists it as missing) and marked here.
    expect(await screen.findByText('Fill this in.')).toBeInTheDocument();
    expect(control().reference).toBe('');
    await userEvent.type(reference, 'DC-KP-2027/02');
    expect(control().reference).toBe('DC-KP-2027/02');
    await userEvent.clear(screen.getByLabelText('Effective from'));
    expect(control().effectiveDate).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add version' }));
    await userEvent.type(screen.getAllByLabelText('What changed').at(-1)!, 'Approved by the board.');
    expect(control().history.at(-1)).toMatchObject({ changes: 'Approved by the board.' });
    expect(control().history).toHaveLength(3);
  });
});
