import Link from 'next/link';
import { lessons } from '@/lessons/index';
import { ContinueLink } from '@/components/progress/continue-link';
import { LessonMapStatus } from '@/components/progress/lesson-map-status';

export default function HomePage() {
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <p className="eyebrow">A course you run, not just read</p>
        <h1 id="home-title">Hotpath: measure the performance bugs AI writes</h1>
        <p className="lede">
          Code from an assistant usually passes its tests on ten rows and falls over on ten million. Hotpath
          teaches the handful of slow patterns it keeps producing, and how to catch each one with a number
          rather than a hunch.
        </p>
        {lessons[0] ? (
          <ContinueLink fallbackHref={`/lessons/${lessons[0].slug}`} fallbackLabel="Start the first lesson" />
        ) : null}
      </section>
      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">Lessons</h2>
        <ol className="lesson-list">
          {lessons.map((l) => (
            <li key={l.slug} className="lesson-card">
              <p className="eyebrow">
                Lesson {l.number} of {l.total.toLocaleString('en-US')} · {l.track} · {l.readingMinutes} min
              </p>
              <h3>
                <Link href={`/lessons/${l.slug}`}>{l.title}</Link>
              </h3>
              <p>{l.summary}</p>
              <LessonMapStatus lessonSlug={l.slug} sectionIds={l.sections.map((s) => s.id)} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
