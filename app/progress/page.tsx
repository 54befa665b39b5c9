import type { Metadata } from 'next';
import { lessons } from '@/lessons/index';
import { getQuiz } from '@/lessons/quizzes';
import { labsOf } from '@/components/lab/lab-registry';
import { lineChoices } from '@/lib/labs/line-choices';
import { patternChoices } from '@/lib/labs/pattern-choices';
import type { Lab } from '@/lib/labs/types';
import { ContinueLink } from '@/components/progress/continue-link';
import { ProgressActions } from '@/components/progress/progress-actions';
import { ProgressSummary, type LessonOutline, type OutlineLab } from '@/components/progress/progress-summary';
import styles from '@/components/progress/progress-page.module.css';

export const metadata: Metadata = {
  title: 'Your progress',
  description:
    'Sections read, labs passed and quiz scores, saved in this browser. Export, import or reset them.',
};

/** What the page shows of a lab: ids, titles, the labels of answers, the code of the lines one can suspect. */
function outlineLab(lab: Lab): OutlineLab {
  const p = lab.prediction;
  if (p?.kind === 'line') {
    const code = Object.fromEntries(lineChoices(lab.starter, 48).map((c) => [c.line, c.code]));
    return { id: lab.id, title: lab.title, pattern: lab.pattern, suspectLines: code };
  }
  const options = Object.fromEntries((p?.options ?? []).map((o) => [o.id, o.label]));
  return { id: lab.id, title: lab.title, pattern: lab.pattern, predictionOptions: options };
}

export default function ProgressPage() {
  const outline: LessonOutline[] = lessons.map((l) => ({
    slug: l.slug,
    title: l.title,
    sections: l.sections.map((s) => ({ id: s.id, title: s.title })),
    quizTotal: getQuiz(l.slug)?.questions.length ?? 0,
    // Only ids, titles and the labels of answers reach the page.
    labs: labsOf(l.slug).map(outlineLab),
    patterns: Object.fromEntries(patternChoices(l, labsOf(l.slug)).map((c) => [c.id, c.label])),
  }));
  return (
    <div className={styles.page}>
      <h1>Your progress</h1>
      <p className="lede">
        Everything here is saved in this browser, on this device. Nothing is sent anywhere.
      </p>
      {outline[0] ? (
        <ContinueLink fallbackHref={`/lessons/${outline[0].slug}`} fallbackLabel="Start the first lesson" />
      ) : null}
      <ProgressSummary lessons={outline} />
      <ProgressActions />
    </div>
  );
}
