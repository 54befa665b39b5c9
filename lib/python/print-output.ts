/** What Python code printed, as the page's 'log' messages (bounded like console.log in JavaScript). */
import type { makeConsole } from '@/lib/measure/console-capture';
import type { PythonSeries } from './load-python-series';

/** Posts the series' print() output so far through its console (stderr lines as errors). */
export function flushOutput(s: Pick<PythonSeries, 'takeOutput'>, log: ReturnType<typeof makeConsole>): void {
  const out = s.takeOutput();
  for (const [stream, text] of out.parts) {
    for (const line of text.replace(/\n$/, '').split('\n')) {
      (stream === 'stderr' ? log.api.error : log.api.log)(line);
    }
  }
  if (out.droppedChars > 0) log.api.warn(`… ${out.droppedChars} more characters of output not kept`);
  log.flush();
}
