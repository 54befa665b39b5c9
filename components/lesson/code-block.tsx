import type { ComponentPropsWithoutRef } from 'react';
import type { CodeLang } from './code-lang';
import { CopyButton } from './copy-button';

type Props = ComponentPropsWithoutRef<'pre'> & {
  /** Set inside <CodeTabs>: which language this form of the example is. */
  variant?: CodeLang;
  variantLabel?: string;
};

/** A highlighted <pre> (from Shiki at build time) with a copy button. */
export function CodeBlock({ variant, variantLabel, ...props }: Props) {
  return (
    <div className="code-block" data-variant={variant}>
      {/* Shown only without script, when both forms of an example are on screen at once. */}
      {variantLabel ? <p className="code-variant-label">{variantLabel}</p> : null}
      <CopyButton />
      <pre {...props} />
    </div>
  );
}
