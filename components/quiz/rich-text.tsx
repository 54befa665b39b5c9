import { Fragment } from 'react';

/** Renders `backtick` spans as inline code; everything else as plain text (no HTML is ever injected). */
export function RichText({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  );
}
