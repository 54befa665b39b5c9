import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { Lesson } from '@/lib/lesson/types';
import { CodeBlock } from './code-block';
import { CodeTabs } from './code-tabs';
import { PatternTable } from './pattern-table';
import { ProfileExample } from './profile-example';
import { TermTip } from './term-tip';
import { Callout } from './callout';

/** The components MDX sections may use, bound to their lesson (terms and patterns come from it). */
export function lessonMdxComponents(lesson: Lesson) {
  return {
    pre: (props: ComponentPropsWithoutRef<typeof CodeBlock>) => <CodeBlock {...props} />,
    table: (props: ComponentPropsWithoutRef<'table'>) => (
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
        <table {...props} />
      </div>
    ),
    Term: ({ id, children }: { id: string; children: ReactNode }) => {
      const term = lesson.terms.find((t) => t.id === id);
      if (!term) throw new Error(`Unknown term id "${id}" in lesson ${lesson.slug}`);
      return (
        <TermTip definition={term.definition} href={`#term-${term.id}`}>
          {children}
        </TermTip>
      );
    },
    PatternTable: () => <PatternTable lesson={lesson} />,
    ProfileExample: () => <ProfileExample lesson={lesson} />,
    Callout,
    CodeTabs,
  };
}
