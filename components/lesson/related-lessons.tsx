import type { Lesson } from '@/lib/lesson/types';

/** Related lessons in the wider course. They are not part of Hotpath, so they are not links. */
export function RelatedLessons({ lesson }: { lesson: Lesson }) {
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">Related lessons</h2>
      <p className="muted small">Elsewhere in the course; not yet available in Hotpath.</p>
      <ul className="related-list">
        {lesson.related.map((r) => (
          <li key={r.title} className="related-card">
            <p className="related-meta">
              {r.track} · {r.minutes} min
            </p>
            <h3>{r.title}</h3>
            <p>{r.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
