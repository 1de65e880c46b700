import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function wallViolations(code: string, filePath = 'src/tenant/example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => ['no-restricted-imports', 'no-restricted-properties', 'no-restricted-syntax'].includes(message.ruleId ?? ''))
    .map((message) => message.message);
}

describe('the tenant core wall', () => {
  it.each([
    ["import { useState } from 'react';\nexport const x = useState;", 'no React'],
    ["import { useActor } from '@xstate/react';\nexport const x = useActor;", '@xstate/react'],
    ["import Dexie from 'dexie';\nexport const x = Dexie;", 'no Dexie'],
    ["import { Link } from 'react-router';\nexport const x = Link;", 'no router'],
    ["import { App } from '../app/App';\nexport const x = App;", 'may not import the app'],
    ['export const x = Date.now();', 'simulated clock'],
    ['export const x = Math.random();', 'seeded id generator'],
    ['export const x = crypto.randomUUID();', 'seeded id generator'],
    ['export const x = new Date();', 'wall clock'],
  ])('forbids %j in src/tenant', async (code, expected) => {
    const violations = await wallViolations(code);
    expect(violations.join('\n')).toContain(expected);
  });

  it('allows deterministic date arithmetic in src/tenant', async () => {
    expect(await wallViolations("export const x = new Date(Date.parse('2026-01-01T00:00:00Z') + 1).toISOString();")).toEqual([]);
  });

  it('does not restrict the app', async () => {
    expect(await wallViolations("import { useState } from 'react';\nexport const x = [useState, Date.now()];", 'src/app/example.ts')).toEqual([]);
  });

  it('holds for the real core today', async () => {
    const results = await eslint.lintFiles(['src/tenant/**/*.ts']);
    const messages = results.flatMap((result) => result.messages.map((message) => `${result.filePath}: ${message.message}`));
    expect(messages).toEqual([]);
  });
});

describe('the scenario and storage walls', () => {
  it('keeps React and storage out of the scenario engine', async () => {
    expect((await wallViolations("import { useState } from 'react';\nexport const x = useState;", 'src/scenario/example.ts')).join('\n')).toContain('src/scenario runs in Node too');
    expect((await wallViolations("import Dexie from 'dexie';\nexport const x = Dexie;", 'src/scenario/example.ts')).join('\n')).toContain('src/scenario runs in Node too');
  });

  it('keeps React out of storage', async () => {
    expect((await wallViolations("import { useState } from 'react';\nexport const x = useState;", 'src/storage/example.ts')).join('\n')).toContain('src/storage is below the UI');
  });
});

describe('the read-model and session walls', () => {
  it.each(['src/views/example.ts', 'src/session/example.ts'])('keeps React and the app out of %s', async (filePath) => {
    expect(await wallViolations("import { useState } from 'react';\nexport const x = useState;", filePath)).not.toEqual([]);
    expect(await wallViolations("import { App } from '../app/App';\nexport const x = App;", filePath)).not.toEqual([]);
    expect(await wallViolations("import { Button } from '@fluentui/react-components';\nexport const x = Button;", filePath)).not.toEqual([]);
  });

  it('keeps storage out of the read models', async () => {
    expect((await wallViolations("import Dexie from 'dexie';\nexport const x = Dexie;", 'src/views/example.ts')).join('\n')).toContain('headless read models');
  });
});
