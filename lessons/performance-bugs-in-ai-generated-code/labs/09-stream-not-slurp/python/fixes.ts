/**
 * Python fixes someone might write for the orders report, run by python-labs-N.test.ts through the worker
 * path with the real Pyodide. Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: '`list(f)` instead of `read()`: a loop over the lines, but all of them held in a list first',
    source: `def totals_by_country(path):
    with open(path) as f:
        rows = list(f)
    totals = {}
    for row in rows[1:]:
        _, country, cents = row.strip().split(",")
        totals[country] = totals.get(country, 0) + int(cents)
    return totals
`,
    fails: 'memory',
    reason: 'grows as (O\\(n|more than linear)',
  },
  {
    name: 'read in 64 KB chunks, but every line kept in a list for later',
    source: `def totals_by_country(path):
    lines = []
    rest = ""
    with open(path) as f:
        while True:
            chunk = f.read(65536)
            if not chunk:
                break
            parts = (rest + chunk).split("\\n")
            rest = parts.pop()
            lines.extend(parts)
    if rest:
        lines.append(rest)
    totals = {}
    for line in lines[1:]:
        _, country, cents = line.split(",")
        totals[country] = totals.get(country, 0) + int(cents)
    return totals
`,
    fails: 'memory',
    reason: 'grows as (O\\(n|more than linear)',
  },
  {
    name: 'streams the lines, but collects the parsed orders before adding them up',
    source: `def totals_by_country(path):
    orders = []
    with open(path) as f:
        next(f)
        for line in f:
            _, country, cents = line.split(",")
            orders.append((country, int(cents)))
    totals = {}
    for country, cents in orders:
        totals[country] = totals.get(country, 0) + cents
    return totals
`,
    fails: 'memory',
    reason: 'grows as (O\\(n|more than linear)',
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'csv.reader over the open file, and a defaultdict',
    source: `import csv
from collections import defaultdict


def totals_by_country(path):
    totals = defaultdict(int)
    with open(path, newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for _order, country, cents in reader:
            totals[country] += int(cents)
    return dict(totals)
`,
  },
];
