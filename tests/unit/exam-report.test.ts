import { describe, expect, it } from 'vitest';
import { examReport } from '../../src/app/lab/exam/exam-report';
import type { ExamSitting } from '../../src/app/lab/exam/exam-sitting';
import type { AttemptRecord } from '../../src/storage';

function attempt(id: string, logLength: number, earned: number, total: number): AttemptRecord {
  return {
    schemaVersion: 2,
    id,
    scenarioId: `scenario-${id}`,
    variablesSeed: 1,
    mode: 'exam',
    status: 'submitted',
    startedAt: '2026-05-04T08:00:00.000Z',
    updatedAt: '2026-05-04T08:30:00.000Z',
    activeMs: 0,
    userId: 'admin',
    examId: 'exam',
    logLength,
    score: { earned, total, percent: Math.floor((earned * 100) / total), skillAreas: [{ id: 'roles', earned, total }] },
  };
}

describe('the exam score report', () => {
  it('scores a question never worked on as 0, whatever its stored grade gave the untouched start', () => {
    const attempts = [attempt('a', 3, 10, 10), attempt('b', 0, 4, 10), attempt('c', 0, 0, 10)];
    const sitting = { questions: attempts.map((record) => ({ attemptId: record.id })) } as unknown as ExamSitting;
    const report = examReport(sitting, attempts);
    expect(report.questions.map((question) => question.earned)).toEqual([10, 0, 0]);
    expect(report).toMatchObject({ earned: 10, total: 30, scaledScore: 333, passed: false });
    expect(report.areas).toEqual([{ id: 'roles', title: 'Manage roles in Microsoft 365', earned: 10, total: 30, percent: 33 }]);
  });
});
