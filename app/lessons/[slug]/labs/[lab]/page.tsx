import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLesson } from '@/lessons/index';
import { InlineText } from '@/components/lab/inline-text';
import { LabWorkbench } from '@/components/lab/lab-workbench';
import styles from '@/components/lab/lab.module.css';
import controls from '@/components/runner/controls.module.css';
import { budgetLines } from '@/lib/labs/evaluate';
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

export default async function LabPage({ params }: Props) {
  const { slug, lab: id } = await params;
  const f = find(slug, id);
  if (!f) notFound();
  const { lesson, lab, labs } = f;
  const section = lesson.sections.find((s) => s.id === lab.sectionId);
  const i = labs.indexOf(lab);
  const prev = labs[i - 1];
  const next = labs[i + 1];
  return (
    <div className={controls.page}>
      <p className={styles.back}>
        <Link href={`/lessons/${slug}#${lab.sectionId}`}>
          ← Back to the lesson: {section?.title ?? lesson.title}
        </Link>
      </p>
      <p className={styles.kicker}>
        Lab {lab.number} of {labs.length} · {lesson.title}
      </p>
      <h1>{lab.title}</h1>
      <div className={styles.prose}>
        <p>{lab.summary}</p>
        <h2>Why it is slow</h2>
        <p>
          <InlineText text={lab.prose.why} />
        </p>
        <h2>How to see it</h2>
        <p>
          <InlineText text={lab.prose.see} />
        </p>
        <h2>The fix</h2>
        <p>
          <InlineText text={lab.prose.fix} />
        </p>
        <h2>What your code must do</h2>
        <p>
          <InlineText text={lab.prose.contract} />
        </p>
        <h2>The budget</h2>
        <ul className={styles.budget}>
          {budgetLines(lab).map((line) => (
            <li key={line}>
              <InlineText text={line} />
            </li>
          ))}
        </ul>
        {lab.model && <p className={styles.model}>{lab.model.label}</p>}
        <p className={styles.muted}>
          Sizes measured: {lab.sizes.map((n) => n.toLocaleString('en-US')).join(', ')} {lab.sizeUnit}. Each
          size has a time limit of 1 s; when the next size would blow it, the run stops there and larger sizes
          are shown as predictions, never as measurements.
        </p>
      </div>
      <LabWorkbench lab={lab} lessonSlug={slug} />
      <nav className={controls.actions} aria-label="Other labs">
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
