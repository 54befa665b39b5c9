import type { ReactNode } from 'react';

const labels = { tip: 'Tip', warning: 'Watch out', note: 'Note' } as const;

export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: keyof typeof labels;
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ?? labels[kind]}>
      <p className="callout-title">
        <strong>{title ?? labels[kind]}</strong>
      </p>
      {children}
    </aside>
  );
}
