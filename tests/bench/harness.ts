/**
 * Speed figures, printed not asserted: each benchmark reports what it measured beside the goal
 * it serves, and `npm run bench` prints them all as one table.
 */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'MB' | 'KB';
  /** The goal: the value must be at most this. */
  readonly target?: number;
  readonly note?: string;
}

export interface Stats {
  readonly median: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    median: at(0.5),
    p90: at(0.9),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}

/** Times `run` `iterations` times after `warmup` untimed runs; `run` gets the iteration number. */
export function sample(run: (iteration: number) => void, iterations: number, warmup = Math.min(50, iterations)): Stats {
  for (let i = 0; i < warmup; i++) run(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run(warmup + i);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

export function timeOnce(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Heap used in MB after a full collection (needs node --expose-gc; otherwise a rougher figure). */
export function heapUsedMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export type Benchmark = () => Promise<readonly Figure[]> | readonly Figure[];
