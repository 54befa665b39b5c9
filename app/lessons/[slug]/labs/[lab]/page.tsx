import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLesson } from '@/lessons/index';
import { InlineText } from '@/components/lab/inline-text';
import { LabLanguages } from '@/components/lab/lab-languages';
import styles from '@/components/lab/lab.module.css';
import controls from '@/components/runner/controls.module.css';
import { budgetLines } from '@/lib/labs/evaluate';
import { labIn, labLanguages } from '@/lib/labs/lab-language';
import type { Lab } from '@/lib/labs/types';
import { lineChoices } from '@/lib/labs/line-choices';
import { patternChoices } from '@/lib/labs/pattern-choices';
import { LAB_SETS, labsOf } from '@/components/lab/lab-registry';

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.entries(LAB_SETS).flatMap(([slug, labs]) => labs.map((l) => ({ slug, lab: l.id })));
}

type Props = { params: Promise<{ slug: string; lab: string }> };

function find(slug: string, id: string) {
  const lesson = getLesson(slug);
  const labs = labsOf(slug);
  const lab = labs.find((l) => l.id === id);
  return lesson && lab ? { lesson, lab, labs } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lab } = await params;
  const f = find(slug, lab);
  return f ? { title: `Lab: ${f.lab.title}`, description: f.lab.summary } : {};
}

/**
 * A lab opens with the task, the editor and, beside it, the contract: nothing on it names the bug or the
 * fix before the learner's first run. The explanation of what they measured, the hints and the solution
 * come later, in the workbench.
 */
export default async function LabPage({ params }: Props) {
  const { slug, lab: id } = await params;
  const f = find(slug, id);
  if (!f) notFound();
  const { lesson, lab, labs } = f;
  const i = labs.indexOf(lab);
  const prev = labs[i - 1];
  const next = labs[i + 1];
  return (
    <div className={controls.page}>
      <div className={styles.head}>
        <p className={styles.kicker}>
          Lab {lab.number} of {labs.length} · {lesson.title}
        </p>
        <p className={styles.back}>
          {/* Not the section's title: it would name the pattern before the learner has found it. */}
          <Link href={`/lessons/${slug}#${lab.sectionId}`}>← Back to the lesson</Link>
        </p>
      </div>
      <h1 className={styles.title}>{lab.title}</h1>
      <p className={styles.task}>
        <InlineText text={lab.summary} />
      </p>
      <LabLanguages
        lab={lab}
        lessonSlug={slug}
        patternChoices={patternChoices(lesson, labs)}
        nextLab={next ? { href: `/lessons/${slug}/labs/${next.id}`, title: next.title } : null}
        briefs={Object.fromEntries(
          labLanguages(lab).map((l) => [l, <LabBrief key={l} lab={labIn(lab, l)} />]),
        )}
        suspectLines={
          lab.prediction?.kind === 'line'
            ? Object.fromEntries(
                labLanguages(lab).map((l) => {
                  const form = labIn(lab, l);
                  const lang = form.language === 'python' ? 'python' : 'typescript';
                  return [l, lineChoices(form.starter, undefined, lang)];
                }),
              )
            : undefined
        }
      />
      <nav className={`${controls.actions} ${styles.labNav}`} aria-label="Other labs">
        {prev && (
          <Link href={`/lessons/${slug}/labs/${prev.id}`}>
            ← Lab {prev.number}: {prev.title}
          </Link>
        )}
        {next && (
          <Link href={`/lessons/${slug}/labs/${next.id}`}>
            Lab {next.number}: {next.title} →
          </Link>
        )}
      </nav>
    </div>
  );
}

/** What the code must do and how it is judged, in the lab's language: shown beside the editor. */
function LabBrief({ lab }: { lab: Lab }) {
  return (
    <details className={styles.contract} open>
      <summary>What your code must do, and how it is judged</summary>
      <p>
        <InlineText text={lab.prose.contract} />
      </p>
      <ul className={styles.budget}>
        {budgetLines(lab).map((line) => (
          <li key={line}>
            <InlineText text={line} />
          </li>
        ))}
      </ul>
      <p className={styles.muted}>
        Sizes: {lab.sizes.map((n) => n.toLocaleString('en-US')).join(', ')} {lab.sizeUnit}. Each size has a
        time limit of 1 s; when the next size would blow it, the run stops there and larger sizes are shown as
        predictions, never as measurements.
      </p>
    </details>
  );
}
