import type { Lesson } from '@/lib/lesson/types';
import { TermTip } from './term-tip';
import { LessonMapStatus } from '@/components/progress/lesson-map-status';
import { SectionReadMark } from '@/components/progress/section-read-mark';

/** "What this lesson covers": outcomes, the learning path (linked), the concept cluster and contents. */
export function LessonMap({ lesson }: { lesson: Lesson }) {
  return (
    <nav className="lesson-map" aria-labelledby="lesson-map-title">
      <h2 id="lesson-map-title">Lesson map</h2>
      <LessonMapStatus lessonSlug={lesson.slug} sectionIds={lesson.sections.map((s) => s.id)} />
      <div className="lesson-map-grid">
        <div>
          <h3>What this lesson covers</h3>
          <ul className="covers">
            {lesson.covers.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Learning path</h3>
          <ol className="learning-path">
            {lesson.path.map((step) => (
              <li key={step.sectionId}>
                <a href={`#${step.sectionId}`}>{step.title}</a>
                <SectionReadMark lessonSlug={lesson.slug} sectionId={step.sectionId} />
                <span className="path-summary">{step.summary}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
      <h3>Concept cluster</h3>
      <p className="muted small">Hover, focus or tap a term to see what it means.</p>
      <ul className="concept-cluster">
        {lesson.terms.map((t) => (
          <li key={t.id}>
            <TermTip definition={t.definition} href={`#term-${t.id}`}>
              {t.term}
            </TermTip>
          </li>
        ))}
      </ul>
      <details className="contents">
        <summary>All {lesson.sections.length} sections</summary>
        <ol>
          {lesson.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
              <SectionReadMark lessonSlug={lesson.slug} sectionId={s.id} />{' '}
              <span className="muted">— {s.summary}</span>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
