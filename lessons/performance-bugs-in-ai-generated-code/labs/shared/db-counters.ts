import type { CounterInfo } from '@/lib/labs/types';

/** The counters every SQL lab reports (see db.ts for how each is taken). */
export const DB_COUNTERS: CounterInfo[] = [
  { id: 'queries', label: 'Queries', unit: 'queries', better: 'lower', role: 'queries' },
  { id: 'rowsScanned', label: 'Rows scanned', unit: 'rows', better: 'lower' },
  { id: 'rowsFetched', label: 'Rows fetched', unit: 'rows', better: 'lower', role: 'rowsRead' },
];

/** Rows the learner's function hands back, for labs whose point is how many it returns. */
export const ROWS_RETURNED: CounterInfo = {
  id: 'rowsReturned',
  label: 'Rows returned',
  unit: 'rows',
  better: 'lower',
  role: 'rowsReturned',
};
