import Link from 'next/link';
import { QuizHistory } from './quiz-history';
import styles from './quiz.module.css';

/** The "take the quiz" block for the end of a lesson page, with the learner's best score once read. */
export function LessonQuizLink({ lessonSlug, questionCount }: { lessonSlug: string; questionCount: number }) {
  return (
    <section className={styles.cta} aria-labelledby="lesson-quiz-title" id="quiz">
      <h2 id="lesson-quiz-title">End-of-lesson quiz</h2>
      <p>
        {questionCount} questions to check what stuck, each linked to the section it tests. Your best score is
        saved in this browser.
      </p>
      <QuizHistory lessonSlug={lessonSlug} total={questionCount} />
      <p>
        <Link href={`/lessons/${lessonSlug}/quiz`} className={styles.ctaLink}>
          Take the quiz
        </Link>
      </p>
    </section>
  );
}
