import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON_MODULES } from './generated/python-sources';

const dir = join(process.cwd(), 'lib/python');

describe('generated/python-sources.ts', () => {
  it('holds every lib/python/hp_*.py exactly as it is on disk (else: node scripts/build-python-sources.mjs)', () => {
    const onDisk = readdirSync(dir)
      .filter((f) => /^hp_.*\.py$/.test(f))
      .sort();
    expect(PYTHON_MODULES.map((m) => m.file).sort()).toEqual(onDisk);
    for (const m of PYTHON_MODULES) expect(m.source, m.file).toBe(readFileSync(join(dir, m.file), 'utf8'));
  });

  it('installs a module after the modules it imports', () => {
    const order = PYTHON_MODULES.map((m) => m.name);
    PYTHON_MODULES.forEach((m, i) => {
      for (const [, name] of m.source.matchAll(/^import (_hotpath_\w+)/gm)) {
        expect(order.indexOf(name!), `${m.file} imports ${name}`).toBeLessThan(i);
      }
    });
  });
});
