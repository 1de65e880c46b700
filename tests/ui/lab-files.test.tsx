// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshLab, hourlyClock, renderLab, score, seedAttempt } from './catalog-support';

const BLOCKED = readFileSync('scenarios/users-and-groups/blocked-sign-in.yaml', 'utf8');

/** The shipped blocked-sign-in scenario under another id and title: a valid file to import. */
const VALID = BLOCKED.replace('id: blocked-sign-in', 'id: unblock-a-colleague').replace(/^title: .*$/m, 'title: Unblock a colleague');

/** The same with a misspelt check kind on line 29 (`kind: propertee`). */
const INVALID = VALID.replace('    kind: property\n    object: { user: BrianJ@contoso.com }\n    property: accountEnabled', '    kind: propertee\n    object: { user: BrianJ@contoso.com }\n    property: accountEnabled');

function yamlFile(text: string, name: string): File {
  return new File([text], name, { type: 'application/yaml' });
}

let downloads: Blob[];

beforeEach(() => {
  downloads = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push(blob);
    return `blob:${downloads.length}`;
  });
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => vi.restoreAllMocks());

describe('importing a scenario file', () => {
  it('imports a valid file from the picker and lists it in the catalog as imported', async () => {
    const runtime = freshLab();
    const { user, router } = renderLab('/lab/files', runtime);
    await user.upload(await screen.findByLabelText('Choose a scenario file'), yamlFile(VALID, 'unblock.yaml'));
    expect(await screen.findByText('Imported Unblock a colleague')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Imported scenarios' })).toHaveTextContent('unblock-a-colleague');
    const { library } = await runtime.storage();
    expect((await library.list()).map((record) => [record.id, record.fileName])).toEqual([['unblock-a-colleague', 'unblock.yaml']]);

    await router.navigate('/lab?q=unblock');
    const card = await screen.findByRole('article', { name: 'Unblock a colleague' });
    expect(within(card).getByText('Imported')).toBeInTheDocument();
  });

  it('shows each problem where it is in the file and imports nothing', async () => {
    const runtime = freshLab();
    const { user } = renderLab('/lab/files', runtime);
    await user.upload(await screen.findByLabelText('Choose a scenario file'), yamlFile(INVALID, 'broken.yaml'));
    expect(await screen.findByText('broken.yaml was not imported.')).toBeInTheDocument();
    const problems = screen.getByRole('list', { name: 'Problems in broken.yaml' });
    const first = within(problems).getAllByRole('listitem')[0]!;
    const line = INVALID.split('\n').findIndex((text) => text.includes('kind: propertee')) + 1;
    expect(first).toHaveTextContent(`broken.yaml:${line}:11`);
    expect(first).toHaveTextContent('checks[0].kind: kind must be one of exists, notExists, property');
    expect(within(first).getByText('Found').nextElementSibling).toHaveTextContent("'propertee'");
    const excerpt = within(first).getByLabelText(`Line ${line}, column 11`);
    expect(excerpt.textContent).toBe(`${line} |     kind: propertee\n${' '.repeat(String(line).length)} |           ^`);
    const { library } = await runtime.storage();
    expect(await library.list()).toEqual([]);
  });

  it('takes a file dropped on the drop zone', async () => {
    renderLab('/lab/files');
    const zone = await screen.findByTestId('drop-Choose a scenario file');
    fireEvent.dragOver(zone, { dataTransfer: { files: [], dropEffect: 'none' } });
    fireEvent.drop(zone, { dataTransfer: { files: [yamlFile(VALID, 'dropped.yaml')] } });
    expect(await screen.findByText('Imported Unblock a colleague')).toBeInTheDocument();
    expect(screen.getByText(/From dropped\.yaml, with the id unblock-a-colleague/)).toBeInTheDocument();
  });

  it('says so when an import stands in for a built-in scenario', async () => {
    const { user } = renderLab('/lab/files');
    await user.upload(await screen.findByLabelText('Choose a scenario file'), yamlFile(BLOCKED, 'blocked-sign-in.yaml'));
    expect(await screen.findByText(/stands in for the built-in scenario with the same id/)).toBeInTheDocument();
  });
});

describe('moving progress between machines', () => {
  it('exports all progress and imports it in another browser, then skips what is already there', async () => {
    const home = freshLab({ now: hourlyClock() });
    await seedAttempt(home, 'blocked-sign-in', score(6, 6, { 'users-and-groups': [6, 6] }));
    await seedAttempt(home, 'invite-guest');
    const exported = renderLab('/lab/files', home);
    await exported.user.click(await screen.findByRole('button', { name: 'Export all progress' }));
    expect(await screen.findByText(/^Saved tenant-lab-progress-\d{4}-\d{2}-\d{2}\.json$/)).toBeInTheDocument();
    const text = await downloads[0]!.text();
    exported.unmount();

    const elsewhere = freshLab();
    const { user } = renderLab('/lab/files', elsewhere);
    const file = new File([text], 'progress.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Import a progress file'), file);
    expect(await screen.findByText('Imported progress.json')).toBeInTheDocument();
    expect(screen.getByText('2 attempts imported.')).toBeInTheDocument();
    const { attempts } = await elsewhere.listAttempts();
    const { attempts: original } = await home.listAttempts();
    expect(attempts).toEqual(original);

    await user.upload(screen.getByLabelText('Import a progress file'), file);
    expect(await screen.findByText('0 attempts imported.')).toBeInTheDocument();
    expect(screen.getByText('2 attempts skipped: already in this browser, kept as they are here.')).toBeInTheDocument();
  });

  it('refuses a damaged progress file with its problems and imports nothing from it', async () => {
    const runtime = freshLab();
    const { user } = renderLab('/lab/files', runtime);
    const bad = JSON.stringify({ format: 'tenant-lab/progress', formatVersion: 1, exportedAt: 'yesterday', attempts: [], settings: [], importedScenarios: [] });
    await user.upload(await screen.findByLabelText('Import a progress file'), new File([bad], 'bad.json'));
    const alert = await screen.findByText(/bad\.json: This file can’t be imported\. Nothing was imported\./);
    expect(alert.closest('[role="alert"]')).toHaveTextContent('exportedAt');
    expect((await runtime.listAttempts()).attempts).toEqual([]);

    await user.upload(screen.getByLabelText('Import a progress file'), new File(['not json'], 'notes.json'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The file is not JSON'));
  });
});
