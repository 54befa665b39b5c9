import { Children, cloneElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { CodeLang } from './code-lang';
import { LangToggle } from './lang-toggle';

const LABELS: Record<string, string> = { ts: 'TypeScript', js: 'JavaScript', python: 'Python' };

type CodeChild = ReactElement<{ 'data-language'?: string; variant?: CodeLang; variantLabel?: string }>;

/** The code blocks among the children; Shiki's output arrives wrapped in a fragment per block. */
function codeBlocks(children: ReactNode): CodeChild[] {
  return Children.toArray(children).flatMap((child) => {
    if (!isValidElement<{ children?: ReactNode }>(child)) return [];
    return child.type === Fragment ? codeBlocks(child.props.children) : [child as CodeChild];
  });
}

/**
 * One example in two languages: the MDX gives two fenced blocks, JavaScript or TypeScript first, Python
 * second. Both are highlighted at build time and sent as HTML; CSS shows the one chosen on <html
 * data-code-lang>, and the toggle is the only client code (the blocks are not its children).
 */
export function CodeTabs({ children }: { children: ReactNode }) {
  const blocks = codeBlocks(children);
  if (blocks.length !== 2) throw new Error(`<CodeTabs> needs exactly two code blocks, got ${blocks.length}`);
  const variants: CodeLang[] = ['js', 'python'];
  const labels = blocks.map((b, i) => {
    const lang = b.props['data-language'] ?? '';
    return LABELS[lang] ?? (i === 0 ? 'JavaScript' : 'Python');
  });
  return (
    <div className="code-tabs">
      <LangToggle jsLabel={labels[0] ?? 'JavaScript'} pythonLabel={labels[1] ?? 'Python'} />
      {blocks.map((b, i) => cloneElement(b, { key: i, variant: variants[i], variantLabel: labels[i] }))}
    </div>
  );
}
