import { describe, expect, it } from 'vitest';
import { LogEntrySchema, logEntryProblem } from '../../../src/storage/records/command-log';

const command = { type: 'user.update', userId: 'u1', changes: { jobTitle: 'x' } };
const app = { appId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', displayName: 'Microsoft Graph Command Line Tools' };

describe('a logged command may carry the client app it came through', () => {
  it('accepts an admin working through an app, and one without', () => {
    expect(logEntryProblem({ command, actor: { kind: 'user', userId: 'u1', app } })).toBeUndefined();
    expect(logEntryProblem({ command, actor: { kind: 'user', userId: 'u1' } })).toBeUndefined();
    expect(LogEntrySchema.safeParse({ command, actor: { kind: 'user', userId: 'u1', app } }).success).toBe(true);
  });

  it('refuses an app without an id or a name', () => {
    expect(logEntryProblem({ command, actor: { kind: 'user', userId: 'u1', app: { displayName: 'x' } } })).toBe("the actor's app has no app id");
    expect(logEntryProblem({ command, actor: { kind: 'user', userId: 'u1', app: { appId: 'x' } } })).toBe("the actor's app has no display name");
    expect(logEntryProblem({ command, actor: { kind: 'user', userId: 'u1', app: 'Graph' } })).toBe("the actor's app is not an object");
    expect(LogEntrySchema.safeParse({ command, actor: { kind: 'user', userId: 'u1', app: { appId: '', displayName: 'x' } } }).success).toBe(false);
  });
});
