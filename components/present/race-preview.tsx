'use client';

/** What a race slide will run and show, for the presenter's previews (no runner). Loaded lazily. */
import { labsOf } from '@/components/lab/lab-registry';
import { describeRace } from '@/lib/present/race-plan';
import type { RaceSlide } from '@/lib/present/slide-types';

export default function RacePreview({
  lessonSlug,
  slide,
  className,
  testId = 'race-preview',
}: {
  lessonSlug: string;
  slide: RaceSlide;
  className?: string;
  testId?: string;
}) {
  const lab = labsOf(lessonSlug).find((l) => l.id === slide.lab);
  if (!lab) return null;
  const { runs, shows } = describeRace(slide.race, lab);
  return (
    <div className={className} data-testid={testId}>
      <p>Live race. {runs}</p>
      <p>{shows}</p>
    </div>
  );
}
