/** One benchmark line, as `npm run bench` prints it. */
export interface BenchLine {
  name: string;
  value: number;
  unit: 'ms' | 'bytes';
  backend?: 'node' | 'chromium' | 'electron';
  sample?: string;
}

/** Median wall time in ms of `runs` warm runs of `fn`, after `warmup` untimed runs. */
export async function medianMs(fn: () => unknown, { warmup = 5, runs = 25 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return Math.round(median * 1000) / 1000;
}

/** Prints one JSON line on stdout. */
export function report(line: BenchLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
