import type { Lesson } from '@/lib/lesson/types';
import { SectionReadMark } from '@/components/progress/section-read-mark';

/** A sticky outline beside the lesson on wide screens (hidden on narrow ones, where the lesson map serves). */
export function OnThisPage({ lesson }: { lesson: Lesson }) {
  return (
    <nav className="on-this-page" aria-label="On this page">
      <p className="on-this-page-title">On this page</p>
      <ol>
        {lesson.sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.title}</a>
            <SectionReadMark lessonSlug={lesson.slug} sectionId={s.id} />
          </li>
        ))}
        <li>
          <a href="#glossary">Key terms</a>
        </li>
        <li>
          <a href="#quiz">Quiz</a>
        </li>
      </ol>
    </nav>
  );
}
