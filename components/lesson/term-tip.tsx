'use client';

import { useId, useState, type ReactNode } from 'react';

/**
 * An inline key term. Its definition shows on hover, on keyboard focus and on tap; Escape hides it
 * (WCAG 1.4.13: dismissable, hoverable, persistent). The link target is the term's glossary entry.
 */
export function TermTip({
  definition,
  href,
  children,
}: {
  definition: string;
  href: string;
  children: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span
      className="term"
      data-open={open ? 'true' : undefined}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
    >
      <button
        type="button"
        className="term-button"
        aria-describedby={id}
        aria-expanded={open}
        onClick={() => setOpen(true)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {children}
      </button>
      <span role="tooltip" id={id} className="term-tip">
        {definition} <a href={href}>Glossary</a>
      </span>
    </span>
  );
}
