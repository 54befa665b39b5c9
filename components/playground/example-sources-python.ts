/**
 * Code of the playground's Python examples (see examples.ts), loaded when the learner picks one or
 * switches the playground to Python. The contract: `def make_input(n)` builds the input (not timed),
 * `def solve(inp)` is measured; `SIZES = [...]` replaces the default ladder.
 */

export const PY_QUADRATIC_IN = `# Counts values seen before: the loop an assistant writes happily.
# \`seen\` is a list, so every \`in\` walks it from the start: O(n²).
def make_input(n):
    # n distinct ids, so \`in\` never stops early
    return [i * 3 + 1 for i in range(n)]


def solve(ids):
    seen = []
    repeats = 0
    for i in ids:
        if i in seen:
            repeats += 1
        else:
            seen.append(i)
    return repeats
`;

const linearSet = `# The same count with a set: each lookup costs about the same at any size, so O(n) overall.
def make_input(n):
    return [i * 3 + 1 for i in range(n)]


def solve(ids):
    seen = set()
    repeats = 0
    for i in ids:
        if i in seen:
            repeats += 1
        else:
            seen.add(i)
    return repeats
`;

const memoryList = `# Memory: the squares are built as a whole list before they are summed.
# The list holds n numbers at once, so peak memory per call grows as O(n).
def make_input(n):
    return n


def solve(n):
    squares = [i * i for i in range(n)]
    return sum(squares)
`;

const memoryGenerator = `# Memory: the same sum from a generator. One square exists at a time,
# so peak memory per call stays flat, O(1), however large n gets (time is still O(n)).
def make_input(n):
    return n


def solve(n):
    return sum(i * i for i in range(n))
`;

const benchmarkHabit = `# The benchmark habit from the lesson, run here: 100 items (warm-up), 10k (a typical
# workload), 1M (production scale), with the sizes in between that the lesson asks for
# before naming a class. For each size the playground reports what bench() prints:
# time per call (the median of several timed runs of solve, in a Python loop like
# timeit's) and peak memory (tracemalloc, on one more call outside the timed runs).
SIZES = [100, 1_000, 10_000, 100_000, 1_000_000]


# Built before timing starts, as in bench(): not timed.
def make_input(n):
    return {"ids": list(range(n)), "flagged": [i * 2 for i in range(n)]}


# The set-based lookup from the six-patterns section.
def solve(data):
    flagged = set(data["flagged"])
    return [i for i in data["ids"] if i in flagged]
`;

const SOURCES: Readonly<Record<string, string>> = {
  'py-quadratic-in': PY_QUADRATIC_IN,
  'py-linear-set': linearSet,
  'py-memory-list': memoryList,
  'py-memory-generator': memoryGenerator,
  'py-benchmark-habit': benchmarkHabit,
};

export function pythonExampleSource(id: string): string | undefined {
  return SOURCES[id];
}
