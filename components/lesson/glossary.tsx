import type { Lesson } from '@/lib/lesson/types';

export function Glossary({ lesson }: { lesson: Lesson }) {
  const byName = [...lesson.terms].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <section className="glossary" id="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">Key terms</h2>
      <dl>
        {byName.map((t) => {
          const section = lesson.sections.find((s) => s.id === t.sectionId);
          return (
            <div key={t.id} id={`term-${t.id}`} className="glossary-entry">
              <dt>{t.term}</dt>
              <dd>
                {t.definition}{' '}
                {section ? (
                  <a href={`#${section.id}`} className="small">
                    In: {section.title}
                  </a>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
