import fs from 'node:fs';

const statusMb = (pid: number, field: 'VmRSS' | 'VmHWM') => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** A process's resident memory in MB, from /proc (Linux). */
export const residentMb = (pid: number) => statusMb(pid, 'VmRSS');

/** The most resident memory the process has held since it started (the kernel's high-water mark), in MB. */
export const peakResidentMb = (pid: number) => statusMb(pid, 'VmHWM');

/** Runs `work` while sampling the process's memory every 50 ms: its growth over the level before, at the peak. */
export async function peakGrowthDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = residentMb(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, residentMb(pid))), 50);
  try {
    const result = await work();
    peak = Math.max(peak, residentMb(pid));
    return { result, growthMb: peak - before };
  } finally {
    clearInterval(timer);
  }
}

/** The given percentile (0.95 for the 95th) of a list of durations. */
export function percentile(durations: number[], fraction: number): number {
  const sorted = [...durations].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1))];
}

export const p95 = (durations: number[]) => percentile(durations, 0.95);
