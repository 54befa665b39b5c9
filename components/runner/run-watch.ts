/**
 * How long the page's runner host lets a run stay silent before its own (backup) watchdog acts. The relay
 * in the sandbox runs the main watchdog (its clock is not held up by a busy page); the page's timer
 * comes later, for a relay that no longer answers. Python needs more: while its interpreter loads the
 * relay allows LOAD_WATCH_MS of silence, and a silent Python run is first interrupted and given
 * STOP_GRACE_MS to end before its worker is replaced.
 */
import { LOAD_WATCH_MS, STOP_GRACE_MS } from '@/lib/runner/sandbox-html';

/** Extra silence allowed beyond the per-size budget before the relay's watchdog acts. */
export const WATCHDOG_SLACK_MS = 350;
/** The page-side timer acts this much after the relay's watchdog would have. */
export const BACKUP_WATCHDOG_EXTRA_MS = 1500;

export interface WatchedRun {
  budgetMs: number;
  python: boolean;
  /** The worker said Python is loading (and has not said it is ready). */
  loading: boolean;
}

/** The relay's silence limit for a run (sent with it). */
export function relayWatchdogMs(run: Pick<WatchedRun, 'budgetMs'>): number {
  return run.budgetMs + WATCHDOG_SLACK_MS;
}

/** The page's backup: after the relay's limit, and after its grace for interrupted Python. */
export function backupWatchdogMs(run: WatchedRun): number {
  const relay = run.loading ? LOAD_WATCH_MS : relayWatchdogMs(run);
  return relay + (run.python ? STOP_GRACE_MS : 0) + BACKUP_WATCHDOG_EXTRA_MS;
}
