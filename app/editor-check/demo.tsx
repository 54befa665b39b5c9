'use client';
// TEMPORARY. Do not commit.
import { useMemo, useState } from 'react';
import { LazyCodeEditor } from '@/components/editor/lazy-code-editor';
import { LazyLogLogChart, type ChartSeries } from '@/components/chart/lazy-loglog-chart';

const START = `export function makeInput(n: number) {
  return Array.from({ length: n }, (_, i) => i);
}

export function solve(input: number[]) {
  let s = 0;
  for (const x of input) s += x;
  return s;
}
`;

export function Demo() {
  const [code, setCode] = useState(START);
  const [runs, setRuns] = useState(0);
  const [pts, setPts] = useState(3);
  const markers = useMemo(() => {
    const i = code.split('\n').findIndex((l) => l.includes('@@'));
    return i >= 0
      ? [
          {
            line: i + 1,
            column: code.split('\n')[i]!.indexOf('@@') + 1,
            message: 'Unexpected token',
            severity: 'error' as const,
          },
        ]
      : [];
  }, [code]);
  const series = useMemo<ChartSeries[]>(() => {
    const ns = [100, 1000, 10000, 100000, 1e6, 1e7];
    return [
      {
        id: 'learner',
        label: 'Your code',
        points: ns.slice(0, pts).map((n) => ({ n, ns: n * n * 0.5 })),
        predicted: ns.slice(pts).map((n) => ({ n, ns: n * n * 0.5 })),
        fit: ns.map((n) => ({ n, ns: n * n * 0.52 })),
      },
      {
        id: 'reference',
        label: 'Reference fix',
        points: ns.slice(0, pts).map((n) => ({ n, ns: n * 3 })),
        predicted: [],
      },
    ];
  }, [pts]);
  return (
    <div style={{ maxWidth: 800, margin: '1rem auto' }}>
      <LazyCodeEditor
        value={code}
        onChange={setCode}
        language="typescript"
        markers={markers}
        onRun={() => setRuns((r) => r + 1)}
        label="Your code"
        height={300}
      />
      <p data-testid="runs">Runs: {runs}</p>
      <button type="button" onClick={() => setPts((p) => Math.min(6, p + 1))}>
        More points
      </button>
      <LazyLogLogChart series={series} caption="Time per call against input size" />
    </div>
  );
}
