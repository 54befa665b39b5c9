import type { SourceProblem } from '@/lib/runner/transpile';
import controls from './controls.module.css';

/** The editor's markers as text, readable without hovering and by screen readers. */
export function SourceProblems({ problems }: { problems: readonly SourceProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className={controls.problems} aria-label="Problems in the code" data-testid="source-problems">
      {problems.map((p, i) => (
        <li key={i} data-line={p.line}>
          Line {p.line}, column {p.column}: {p.message}
        </li>
      ))}
    </ul>
  );
}
