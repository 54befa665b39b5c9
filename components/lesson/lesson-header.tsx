import type { Lesson } from '@/lib/lesson/types';

export function LessonHeader({ lesson }: { lesson: Lesson }) {
  return (
    <header className="lesson-header">
      <p className="eyebrow">
        <span>
          Lesson {lesson.number} of {lesson.total.toLocaleString('en-US')}
        </span>
        <span aria-hidden="true"> · </span>
        <span>{lesson.track}</span>
        <span aria-hidden="true"> · </span>
        <span>{lesson.readingMinutes} min read</span>
      </p>
      <h1>{lesson.title}</h1>
      <p className="lede">{lesson.summary}</p>
    </header>
  );
}
