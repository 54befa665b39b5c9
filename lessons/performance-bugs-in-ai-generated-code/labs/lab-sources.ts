/** A lab folder's sources, as scripts/build-lab-sources.mjs read them at build time. */
import type { LabSources } from '@/lib/labs/types';
import { LAB_SOURCES } from './sources.generated';

export function labSources(folder: string): LabSources {
  const s = LAB_SOURCES[folder];
  if (!s) throw new Error(`No sources for the lab folder ${folder}: run node scripts/build-lab-sources.mjs`);
  return s;
}

/** A lab folder's python/ sources (starter.py, solution.py, harness.py). */
export function pythonSources(folder: string): NonNullable<LabSources['python']> {
  const s = labSources(folder).python;
  if (!s) throw new Error(`The lab folder ${folder} has no python/ sources`);
  return s;
}
