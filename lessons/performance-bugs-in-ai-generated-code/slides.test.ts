import { describe, expect, it } from 'vitest';
import { deck } from './slides';
import { lesson } from './lesson';
import { labs } from './labs/index';

describe('the slide deck', () => {
  const sectionIds = new Set(lesson.sections.map((s) => s.id));

  it('opens with the title slide and the learning path, and ends on the closing line', () => {
    expect(deck.slides[0]?.kind).toBe('title');
    const first = deck.slides[0];
    if (first?.kind === 'title') expect(first.eyebrow).toContain('Lesson 334 of 2116');
    expect(deck.slides[1]?.kind).toBe('path');
    const last = deck.slides[deck.slides.length - 1];
    expect(last?.kind === 'quote' && last.quote).toBe(lesson.closingLine);
  });

  it('has unique ids, real sections and speaker notes on every slide', () => {
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(deck.slides.length);
    for (const s of deck.slides) {
      expect(sectionIds.has(s.sectionId), s.id).toBe(true);
      expect(s.notes.length, s.id).toBeGreaterThan(20);
      expect(s.title.length, s.id).toBeLessThanOrEqual(60);
    }
  });

  it('covers every section at least once', () => {
    const covered = new Set(deck.slides.map((s) => s.sectionId));
    for (const id of sectionIds) expect(covered.has(id), id).toBe(true);
  });

  it('keeps slides short: 2–4 points, code of at most 12 lines', () => {
    for (const s of deck.slides) {
      if (s.kind === 'points') {
        expect(s.points.length, s.id).toBeGreaterThanOrEqual(2);
        expect(s.points.length, s.id).toBeLessThanOrEqual(4);
        for (const p of s.points) expect(p.length, s.id).toBeLessThanOrEqual(70);
      }
      if (s.kind === 'code') {
        const lines = s.code.split('\n');
        expect(lines.length, s.id).toBeLessThanOrEqual(12);
        for (const l of lines) expect(l.length, s.id).toBeLessThanOrEqual(72);
      }
    }
  });

  it('has one race slide per lab, in the lab’s own section', () => {
    const races = deck.slides.filter((s) => s.kind === 'race');
    // Races run in JavaScript: a Python-only lab has none.
    const raced = labs.filter((l) => !l.pythonOnly).map((l) => l.id);
    expect(races.map((r) => (r.kind === 'race' ? r.lab : '')).sort()).toEqual(raced.sort());
    for (const r of races) {
      if (r.kind !== 'race') continue;
      expect(labs.find((l) => l.id === r.lab)?.sectionId).toBe(r.sectionId);
    }
  });
});
