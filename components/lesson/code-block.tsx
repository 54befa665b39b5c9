import type { ComponentPropsWithoutRef } from 'react';
import { CopyButton } from './copy-button';

/** A highlighted <pre> (from Shiki at build time) with a copy button. */
export function CodeBlock(props: ComponentPropsWithoutRef<'pre'>) {
  return (
    <div className="code-block">
      <CopyButton />
      <pre {...props} />
    </div>
  );
}
