/**
 * The lab folders beside this file, for the tests (unit and e2e): each folder's lab and the fixes kept in
 * its fixes.ts, found by listing the folders, so adding a lab adds its tests with no list to edit.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lab, LabFixes } from '@/lib/labs/types';

const DIR = join(process.cwd(), 'lessons', 'performance-bugs-in-ai-generated-code', 'labs');

/** Folder names of the form NN-name, in order. */
export function labFolderNames(): string[] {
  return readdirSync(DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d\d-/.test(d.name))
    .map((d) => d.name)
    .sort();
}

export interface LabFolder extends LabFixes {
  folder: string;
  lab: Lab;
  /** python/fixes.ts, when the lab has a Python form. */
  python?: LabFixes;
}

export async function labFolders(): Promise<LabFolder[]> {
  return Promise.all(
    labFolderNames().map(async (folder) => {
      const { lab } = (await import(`./${folder}/lab.ts`)) as { lab: Lab };
      // A Python-only folder keeps its fixes in python/fixes.ts alone.
      const fixes: LabFixes = existsSync(join(DIR, folder, 'fixes.ts'))
        ? ((await import(`./${folder}/fixes.ts`)) as LabFixes)
        : { halfFixes: [], otherFixes: [] };
      const python = existsSync(join(DIR, folder, 'python', 'fixes.ts'))
        ? ((await import(`./${folder}/python/fixes.ts`)) as LabFixes)
        : undefined;
      return {
        folder,
        lab,
        halfFixes: fixes.halfFixes,
        otherFixes: fixes.otherFixes,
        ...(python ? { python } : {}),
      };
    }),
  );
}
