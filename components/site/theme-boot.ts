/** Storage key for the learner's theme choice ('light' | 'dark'); absent means "follow the system". */
export const THEME_KEY = 'hotpath:theme';

/** Runs inline in <head> before paint: applies the saved choice or the system preference. */
export const themeBootScript = `(function(){try{var t=localStorage.getItem('${THEME_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme='light'}})();`;
