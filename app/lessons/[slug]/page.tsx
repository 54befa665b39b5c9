import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLesson, lessons } from '@/lessons/index';
import { LessonHeader } from '@/components/lesson/lesson-header';
import { LessonMap } from '@/components/lesson/lesson-map';
import { MdxSection } from '@/components/lesson/mdx-section';
import { Glossary } from '@/components/lesson/glossary';
import { RelatedLessons } from '@/components/lesson/related-lessons';
import { OnThisPage } from '@/components/lesson/on-this-page';
import { TutorBox } from '@/components/tutor/tutor-box';
import { ReadTracker } from '@/components/progress/read-tracker';
import { LessonQuizLink } from '@/components/quiz/lesson-quiz-link';
import { getQuiz } from '@/lessons/quizzes';
import { hasPart } from '@/lessons/registry';
import { SectionLabs } from '@/components/lab/section-labs';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessons.map((l) => ({ slug: l.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Props) {
  const lesson = getLesson((await params).slug);
  if (!lesson) notFound();
  return (
    <div className="lesson-layout">
      <article className="lesson">
        <LessonHeader lesson={lesson} />
        {hasPart(lesson.slug, 'deck') ? (
          <p className="present-link">
            <a href={`/lessons/${lesson.slug}/present`}>Present this lesson (slides for a classroom)</a>
          </p>
        ) : null}
        <LessonMap lesson={lesson} />
        {lesson.sections.map((s, i) => (
          <section key={s.id} id={s.id} className="lesson-section" aria-labelledby={`${s.id}-title`}>
            <h2 id={`${s.id}-title`}>
              <span className="section-number" aria-hidden="true">
                {i + 1}
              </span>
              {s.title}
            </h2>
            <MdxSection lesson={lesson} file={s.file} />
            <SectionLabs lessonSlug={lesson.slug} labIds={s.labs} />
          </section>
        ))}
        <p className="closing-line">{lesson.closingLine}</p>
        <Glossary lesson={lesson} />
        <LessonQuizLink
          lessonSlug={lesson.slug}
          questionCount={getQuiz(lesson.slug)?.questions.length ?? 0}
        />
        <TutorBox lessonSlug={lesson.slug} />
        <RelatedLessons lesson={lesson} />
      </article>
      <OnThisPage lesson={lesson} />
      <ReadTracker lessonSlug={lesson.slug} sectionIds={lesson.sections.map((s) => s.id)} />
    </div>
  );
}
