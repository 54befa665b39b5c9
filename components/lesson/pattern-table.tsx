import Link from 'next/link';
import type { Lesson } from '@/lib/lesson/types';
import { InlineCode } from './inline-code';

/** The six stereotyped performance bugs, with symptom, fix and typical cost. */
export function PatternTable({ lesson }: { lesson: Lesson }) {
  const hasLabs = lesson.patterns.some((p) => p.lab);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="pattern-table-caption">
      <table className="pattern-table">
        <caption id="pattern-table-caption">The six performance bugs AI writes most often</caption>
        <thead>
          <tr>
            <th scope="col">Pattern</th>
            <th scope="col">What you see</th>
            <th scope="col">The fix</th>
            <th scope="col">Typical cost</th>
            {hasLabs ? <th scope="col">Try it</th> : null}
          </tr>
        </thead>
        <tbody>
          {lesson.patterns.map((p) => (
            <tr key={p.id} id={`pattern-${p.id}`}>
              <th scope="row">{p.pattern}</th>
              <td>
                <InlineCode text={p.symptom} />
              </td>
              <td>
                <InlineCode text={p.fix} />
              </td>
              <td>
                <InlineCode text={p.cost} />
              </td>
              {hasLabs ? (
                <td>
                  {p.lab ? <Link href={`/lessons/${lesson.slug}/labs/${p.lab}`}>Open the lab</Link> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
