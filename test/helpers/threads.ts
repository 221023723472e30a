/** Scheduling facts of threads on Linux, for tests of the server's thread priorities. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface ThreadSched {
  /** 0 normal (SCHED_OTHER), 5 SCHED_IDLE. */
  policy: number;
  nice: number;
}

/** Whether this machine has per-thread scheduling facts in /proc (`sched` needs CONFIG_SCHED_DEBUG). */
export const linux = existsSync('/proc/self/task') && existsSync('/proc/self/sched');

/** Whether util-linux's `chrt` is here (without it the idle class is not set). */
export const hasChrt = (() => {
  try {
    execFileSync('chrt', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Each thread of a process (this one by default), by thread id. */
export function threadsOf(pid: number | 'self' = 'self'): Map<number, ThreadSched> {
  const out = new Map<number, ThreadSched>();
  for (const tid of readdirSync(`/proc/${pid}/task`).map(Number)) {
    try {
      const sched = readFileSync(`/proc/${pid}/task/${tid}/sched`, 'utf8');
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      out.set(tid, {
        policy: Number(/^policy\s*:\s*(\d+)/m.exec(sched)![1]),
        // Fields after the command name, which is in parentheses and may hold spaces.
        nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]),
      });
    } catch {
      // a thread that ended meanwhile
    }
  }
  return out;
}
