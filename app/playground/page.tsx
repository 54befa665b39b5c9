import type { Metadata } from 'next';
import { Playground } from '@/components/playground/playground';
import styles from '@/components/playground/playground.module.css';
import controls from '@/components/runner/controls.module.css';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'Paste a snippet, measure it from 100 to 1M items in a sandbox, and see how it scales.',
};

export default function PlaygroundPage() {
  return (
    <div className={controls.page}>
      <h1>Playground</h1>
      <div className={styles.intro}>
        <p>
          Measure any snippet. Export <code>makeInput(n)</code>, which builds an input of size n and is not
          timed, and <code>solve(input)</code>, the code whose time is measured. Optionally export{' '}
          <code>sizes</code>, a list of input sizes to try instead of the default 100 to 1M ladder. Your code
          runs in a sandboxed worker with no network and no access to this page; a size that takes longer than
          the time budget stops the run, and larger sizes are shown as predictions, never as measurements.
        </p>
        <p>
          In Python, define <code>make_input(n)</code> and <code>solve(inp)</code> (and optionally{' '}
          <code>SIZES = [...]</code>). Python runs in the same sandbox (Pyodide, loaded on your first Python
          run), and its runs also measure the peak memory of one call at each size with tracemalloc.
        </p>
      </div>
      <Playground />
    </div>
  );
}
