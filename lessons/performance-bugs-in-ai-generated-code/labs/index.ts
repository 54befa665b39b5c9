/** The lesson's labs, in order. Each lab lives in its own folder beside this file. */
import type { Lab } from '@/lib/labs/types';
import { lab as nPlusOne } from './01-n-plus-one/lab';
import { lab as quadraticLookup } from './02-quadratic-lookup/lab';
import { lab as blockingInAsync } from './03-blocking-in-async/lab';
import { lab as filterAtSource } from './04-filter-at-source/lab';
import { lab as pagination } from './05-pagination/lab';
import { lab as hotLoopAllocation } from './06-hot-loop-allocation/lab';
import { lab as findTheHotSpot } from './07-find-the-hot-spot/lab';
import { lab as unboundedCache } from './08-unbounded-cache/lab';
import { lab as streamNotSlurp } from './09-stream-not-slurp/lab';
import { lab as perfTestFirst } from './10-perf-test-first/lab';

export const labs: readonly Lab[] = [
  nPlusOne,
  quadraticLookup,
  blockingInAsync,
  filterAtSource,
  pagination,
  hotLoopAllocation,
  findTheHotSpot,
  unboundedCache,
  streamNotSlurp,
  perfTestFirst,
];

export function findLab(id: string): Lab | undefined {
  return labs.find((l) => l.id === id);
}

export function labIds(): string[] {
  return labs.map((l) => l.id);
}
