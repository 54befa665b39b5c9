/**
 * The layer rules in eslint.config.mjs hold: a planted import across a layer fails the linter, the same
 * import where it is allowed does not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('layers', () => {
  it('lib/ imports no UI, routes, React, Next or lesson content', async () => {
    expect(
      await restricted(
        'lib/labs/x.ts',
        "import { a } from '@/components/runner/run-store';\nexport const b = a;\n",
      ),
    ).toBe(1);
    expect(
      await restricted(
        'lib/labs/x.ts',
        "import { a } from '../../components/runner/run-store';\nexport const b = a;\n",
      ),
    ).toBe(1);
    expect(
      await restricted('lib/labs/x.ts', "import { a } from '@/lessons/registry';\nexport const b = a;\n"),
    ).toBe(1);
    expect(
      await restricted('lib/labs/x.ts', "import { useState } from 'react';\nexport const b = useState;\n"),
    ).toBe(1);
    expect(
      await restricted('lib/labs/x.ts', "import { a } from '@/lib/runner/run-state';\nexport const b = a;\n"),
    ).toBe(0);
  });

  it('workers/ import lib/ only; lessons/ import no UI', async () => {
    expect(
      await restricted(
        'workers/x.ts',
        "import { a } from '@/components/runner/runner-host';\nexport const b = a;\n",
      ),
    ).toBe(1);
    expect(
      await restricted('workers/x.ts', "import { a } from '@/lessons/registry';\nexport const b = a;\n"),
    ).toBe(1);
    expect(
      await restricted('workers/x.ts', "import { a } from '@/lib/measure/run-spec';\nexport const b = a;\n"),
    ).toBe(0);
    expect(
      await restricted(
        'lessons/x.ts',
        "import { a } from '@/components/lab/lab-registry';\nexport const b = a;\n",
      ),
    ).toBe(1);
    expect(
      await restricted('components/x.ts', "import { a } from '@/lessons/registry';\nexport const b = a;\n"),
    ).toBe(0);
  });
}, 60_000);
