import { parseInline } from '@/lib/labs/inline-markdown';

/** Renders lab prose: plain text with `code` spans and **bold** (see lib/labs/inline-markdown.ts). */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((s, i) =>
        s.kind === 'code' ? (
          <code key={i}>{s.text}</code>
        ) : s.kind === 'strong' ? (
          <strong key={i}>{s.text}</strong>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
