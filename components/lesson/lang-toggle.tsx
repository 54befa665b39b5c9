'use client';

import { useId, useSyncExternalStore, type ChangeEvent } from 'react';
import { readCodeLang, rememberCodeLang, subscribeCodeLang, type CodeLang } from './code-lang';

// The choice lives on <html data-code-lang>; every toggle on the page reads it as an external store.
/** Unknown on the server: the radios render unchecked, and CSS draws the choice from the attribute. */
function getServerSnapshot(): CodeLang | null {
  return null;
}

function choose(next: CodeLang, anchor: HTMLElement) {
  // Examples above this one change height too; keep the control the learner used where it was.
  const before = anchor.getBoundingClientRect().top;
  rememberCodeLang(next);
  const shift = anchor.getBoundingClientRect().top - before;
  if (shift !== 0) window.scrollBy({ top: shift, behavior: 'instant' });
}

/** A two-option radio group that switches every two-language example on the page at once. */
export function LangToggle({ jsLabel, pythonLabel }: { jsLabel: string; pythonLabel: string }) {
  const lang = useSyncExternalStore(subscribeCodeLang, readCodeLang, getServerSnapshot);
  const name = useId();
  const onChange = (e: ChangeEvent<HTMLInputElement>) =>
    choose(e.currentTarget.value === 'python' ? 'python' : 'js', e.currentTarget);
  return (
    <fieldset className="lang-toggle">
      <legend className="visually-hidden">Language of the code examples</legend>
      <label>
        <input type="radio" name={name} value="js" checked={lang === 'js'} onChange={onChange} />
        <span>{jsLabel}</span>
      </label>
      <label>
        <input type="radio" name={name} value="python" checked={lang === 'python'} onChange={onChange} />
        <span>{pythonLabel}</span>
      </label>
    </fieldset>
  );
}
