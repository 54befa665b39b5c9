/**
 * Python fixes someone might write for the invite reminders, run by python-labs-N.test.ts through the
 * worker path with the real Pyodide. Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: 'lower-case the users once, then `in` on the list (still a walk per invite)',
    source: `def pending_invites(invited, users):
    registered = [u["email"].lower() for u in users]
    return [e for e in invited if e.lower() not in registered]
`,
    fails: 'class',
    reason: 'is worse than the budget|Too slow',
  },
  {
    name: 'a set of the addresses as typed (fast, but misses the capitalised ones)',
    source: `def pending_invites(invited, users):
    registered = {u["email"] for u in users}
    return [e for e in invited if e not in registered]
`,
    fails: 'correct',
    reason: 'the output differs',
  },
  {
    name: 'a set, but built inside the comprehension (once per invite)',
    source: `def pending_invites(invited, users):
    return [e for e in invited if e.lower() not in {u["email"].lower() for u in users}]
`,
    fails: 'class',
    reason: 'is worse than the budget|Too slow',
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'a set filled in a loop, and a loop that appends',
    source: `def pending_invites(invited, users):
    seen = set()
    for u in users:
        seen.add(u["email"].casefold())
    out = []
    for e in invited:
        if e.casefold() not in seen:
            out.append(e)
    return out
`,
  },
];
