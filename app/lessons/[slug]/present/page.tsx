import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLesson, lessons } from '@/lessons/index';
import { deckOf } from '@/components/present/deck-registry';
import { PresentApp } from '@/components/present/present-app';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessons.filter((l) => deckOf(l.slug)).map((l) => ({ slug: l.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: `Present: ${lesson.title}`, description: lesson.summary } : {};
}

export default async function PresentPage({ params }: Props) {
  const deck = deckOf((await params).slug);
  if (!deck) notFound();
  return <PresentApp deck={deck} />;
}
