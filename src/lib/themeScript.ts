/**
 * Applies the reader's stored theme before the first paint, so there is no flash of the wrong one;
 * "system" (nothing stored) leaves it to prefers-color-scheme. Kept as a string so the build can put
 * its hash in the Content-Security-Policy.
 */
export const themeScript =
  "try{var theme=localStorage.getItem('theme');if(theme==='light'||theme==='dark')document.documentElement.dataset.theme=theme}catch(error){}";
