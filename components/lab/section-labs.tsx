import Link from 'next/link';
import { labsOf } from './lab-registry';
import styles from './section-labs.module.css';

/** "Practise it" links at the end of a lesson section that has labs. */
export function SectionLabs({ lessonSlug, labIds }: { lessonSlug: string; labIds?: string[] }) {
  const labs = labsOf(lessonSlug).filter((l) => labIds?.includes(l.id));
  if (labs.length === 0) return null;
  return (
    <aside className={styles.box} aria-label="Labs for this section">
      <p>
        <strong>{labs.length === 1 ? 'Practise it in a lab:' : 'Practise these in labs:'}</strong>
      </p>
      <ul>
        {labs.map((l) => (
          <li key={l.id}>
            <Link href={`/lessons/${lessonSlug}/labs/${l.id}`}>
              Lab {l.number}: {l.title}
            </Link>{' '}
            — {l.summary}
          </li>
        ))}
      </ul>
    </aside>
  );
}
