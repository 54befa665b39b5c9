import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatCount, formatDuration, formatRatio, formatShare, formatSize } from '@/lib/format/format';
import type { Lesson, ProfileExampleData } from '@/lib/lesson/types';
import styles from './profile-example.module.css';

async function read(slug: string): Promise<ProfileExampleData | null> {
  try {
    const file = path.join(process.cwd(), 'lessons', slug, 'generated', 'profile-example.json');
    return JSON.parse(await readFile(file, 'utf8')) as ProfileExampleData;
  } catch {
    return null;
  }
}

/**
 * Real output of this app's profiler, taken at build time from a lab's starter (scripts/build-lesson-
 * profiles.mjs): the hot lines, how the figures were taken, and the prompt the lab would hand an assistant.
 */
export async function ProfileExample({ lesson }: { lesson: Lesson }) {
  const data = await read(lesson.slug);
  if (!data) {
    return (
      <p className={styles.caption}>
        (The example profile is made at build time: run <code>npm run build</code>.)
      </p>
    );
  }
  const href = `/lessons/${lesson.slug}/labs/${data.lab.id}`;
  return (
    <figure className={styles.example}>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Profile of the lab's starter">
        <table>
          <caption>
            Hot lines of <code>{data.fnName}</code> at n = {formatSize(data.n)} {data.unit}, as Hotpath&apos;s
            profiler reported them ({data.measuredOn})
          </caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Share of time</th>
              <th scope="col">Runs per call</th>
              <th scope="col">Code</th>
            </tr>
          </thead>
          <tbody>
            {data.hotSpots.map((h) => (
              <tr key={h.line}>
                <td>{h.line}</td>
                <td>{formatShare(h.share)}</td>
                <td>{formatCount(h.hitsPerCall)}</td>
                <td>
                  <code>{h.code}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className={styles.caption}>
        One call took {formatDuration(data.plainNsPerCall)} without the profiler and ran{' '}
        {formatRatio(data.overhead)} slower under it. {data.method} Try it yourself in the lab{' '}
        <a href={href}>{data.lab.title}</a>: press Profile after a run.
      </figcaption>
      <pre className={styles.prompt} tabIndex={0} aria-label="The prompt built from this profile">
        {data.prompt}
      </pre>
    </figure>
  );
}
