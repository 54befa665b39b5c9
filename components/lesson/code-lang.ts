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
