import { formatCount, formatDuration } from '@/lib/format/format';
import type { ProfileReport } from '@/lib/profile/types';
import styles from './profile.module.css';

/** Per function, like cProfile: calls, self time and total time per profiled call, most self time first. */
export function FunctionTable({ report }: { report: ProfileReport }) {
  const calls = Math.max(1, report.calls);
  const rows = [...report.functions].sort((a, b) => b.selfNs - a.selfNs).slice(0, 20);
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">Functions, most self time first (per profiled call)</caption>
      <thead>
        <tr>
          <th scope="col">Function</th>
          <th scope="col">Line</th>
          <th scope="col">Calls</th>
          <th scope="col">Self</th>
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => (
          <tr key={f.id}>
            <td>
              <code>{f.name}</code>
            </td>
            <td>{f.line}</td>
            <td>{formatCount(f.calls / calls)}</td>
            <td>{formatDuration(f.selfNs / calls)}</td>
            <td>{formatDuration(f.totalNs / calls)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
