// Timing shared by the benchmark's runners (round.mjs, rich/round.mjs,
// startup-child.mjs): a batch's time is its wall-clock time less the time
// this thread spent runnable but waiting for a CPU (docs/Performance.md,
// "Measuring on a busy machine").
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Nanoseconds this thread has waited on a run queue since it started
 * (the second field of /proc/thread-self/schedstat); null where the file
 * is missing (not Linux, or no CONFIG_SCHED_INFO): batches are then timed
 * by the wall clock alone.
 */
const schedstat = Buffer.alloc(128);
export function waitedNs() {
  let fd;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return null;
  }
  try {
    const n = readSync(fd, schedstat, 0, schedstat.length, 0);
    return Number(schedstat.toString('latin1', 0, n).split(' ')[1]);
  } finally {
    closeSync(fd);
  }
}
export const preemption = waitedNs() !== null;

/**
 * A stopwatch: stop() returns the ns since start(), less the time this
 * thread was preempted meanwhile. Every variant is timed this way.
 */
export class Stopwatch {
  timedNs = 0;
  waitedTotalNs = 0;
  start() {
    this.w0 = preemption ? waitedNs() : 0;
    this.t0 = performance.now();
  }
  stop() {
    const t1 = performance.now();
    const waited = preemption ? waitedNs() - this.w0 : 0;
    const wall = (t1 - this.t0) * 1e6;
    this.timedNs += wall;
    this.waitedTotalNs += waited;
    return Math.max(wall - waited, 0);
  }
  /** The share of the timed wall-clock time spent preempted (null: unknown). */
  waitedShare() {
    return preemption ? this.waitedTotalNs / this.timedNs : null;
  }
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}
