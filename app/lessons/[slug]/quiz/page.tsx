import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLesson, lessons } from '@/lessons/index';
import { getQuiz } from '@/lessons/quizzes';
import { QuizRunner } from '@/components/quiz/quiz-runner';
import styles from '@/components/quiz/quiz.module.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessons.filter((l) => getQuiz(l.slug)).map((l) => ({ slug: l.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson
    ? { title: `Quiz: ${lesson.title}`, description: `Check what stuck from “${lesson.title}”.` }
    : {};
}

export default async function QuizPage({ params }: Props) {
  const slug = (await params).slug;
  const lesson = getLesson(slug);
  const quiz = getQuiz(slug);
  if (!lesson || !quiz) notFound();
  const sectionTitles = Object.fromEntries(lesson.sections.map((s) => [s.id, s.title]));
  return (
    <div className={styles.page}>
      <p className="eyebrow">
        <Link href={`/lessons/${slug}`}>{lesson.title}</Link> · end-of-lesson quiz
      </p>
      <h1>Quiz: {lesson.title}</h1>
      <p className="lede">
        {quiz.questions.length} questions on what the lesson covered. Each one links back to the section it
        comes from. Your best score and attempts are saved in this browser.
      </p>
      <QuizRunner quiz={quiz} lessonTitle={lesson.title} sectionTitles={sectionTitles} />
    </div>
  );
}
