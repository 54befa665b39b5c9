/**
 * The learner's choice of language for code examples that come in two forms (JavaScript/TypeScript and
 * Python). It lives on <html data-code-lang>, set before first paint by the boot script below, so CSS shows
 * one form from the start: no flash, no layout shift, and nothing for React to reconcile.
 */
export type CodeLang = 'js' | 'python';

/** localStorage key of the choice; absent means JavaScript. */
export const CODE_LANG_KEY = 'hotpath:code-lang';

/** Runs inline in <head> before paint. Without script, the attribute stays unset and both forms show. */
export const codeLangBootScript = `(function(){var l='js';try{if(localStorage.getItem('${CODE_LANG_KEY}')==='python')l='python'}catch(e){}document.documentElement.dataset.codeLang=l})();`;

/** The choice as <html data-code-lang> holds it now (JavaScript unless Python was chosen). */
export function readCodeLang(): CodeLang {
  return document.documentElement.dataset.codeLang === 'python' ? 'python' : 'js';
}

/** Calls `onChange` whenever the choice changes (any toggle, switch or select on the page). */
export function subscribeCodeLang(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-code-lang'] });
  return () => observer.disconnect();
}

/** Applies the choice to the page and remembers it (localStorage; for this visit only if unavailable). */
export function rememberCodeLang(lang: CodeLang): void {
  document.documentElement.dataset.codeLang = lang;
  try {
    localStorage.setItem(CODE_LANG_KEY, lang);
  } catch {
    // storage unavailable: the choice holds for this visit
  }
}
