import type { LabEvaluation } from '@/lib/labs/types';
import styles from './lab.module.css';

interface Props {
  evaluation: LabEvaluation | null;
  /** A run is in progress: the previous checklist is kept but marked as stale. */
  running: boolean;
}

/** The lab's verdict ("Passed" / "Not yet", data-testid="lab-result") and every check with its reason. */
export function LabChecklist({ evaluation, running }: Props) {
  const passed = evaluation?.passed === true;
  const headline = evaluation
    ? passed
      ? 'Passed: every check holds.'
      : `Not yet: ${evaluation.items.filter((i) => !i.pass).length} of ${evaluation.items.length} checks fail.`
    : 'Not yet: press Run to measure your code against the budget.';
  return (
    <section
      className={styles.checklist}
      aria-labelledby="lab-checklist-title"
      data-stale={running || undefined}
    >
      <h2 id="lab-checklist-title">Checklist</h2>
      <p
        className={styles.result}
        data-testid="lab-result"
        data-passed={passed}
        role="status"
        aria-live="polite"
      >
        {running && evaluation ? `${headline} (from the previous run; measuring again…)` : headline}
      </p>
      {evaluation && (
        <ul className={styles.items}>
          {evaluation.items.map((item) => (
            <li key={item.id} className={styles.item} data-pass={item.pass} data-check={item.id}>
              <span className={styles.mark} aria-hidden="true">
                {item.pass ? '✓' : '✗'}
              </span>
              <span>
                <strong>
                  {item.label}
                  <span className="visually-hidden">{item.pass ? ' (passed)' : ' (failed)'}</span>
                </strong>
                <span className={styles.reason}>{item.reason}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
