/**
 * The short and long (soak) forms of a robustness test are the same code with
 * different counts. Each count can be overridden by its own environment variable,
 * e.g. BF_CRASH_KILLS=1000 npm run test:soak.
 */
export function countFrom(envName: string, fallback: number): number {
  const raw = process.env[envName];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${envName} must be a whole number, not "${raw}".`);
  return value;
}

/** One line per campaign in the test output, so the README can quote the counts. */
export function report(label: string, counts: Record<string, number | string>): void {
  const parts = Object.entries(counts).map(([key, value]) => `${key}=${value}`);
  console.log(`[robustness] ${label}: ${parts.join(' ')}`);
}
