/** localStorage key of the reader's theme choice (read before paint by `ThemeScript.astro`). */
export const THEME_KEY = 'quire-theme';

/**
 * The one inline script of the site (`ThemeScript.astro`): applies the saved theme before the first
 * paint and marks `<html class="js">`. Its hash is the only inline script the Content-Security-Policy
 * allows (`src/lib/output/site-scripts.ts`); keep it tiny, it blocks rendering.
 */
export const THEME_SCRIPT = `document.documentElement.classList.add('js');try{const t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;

/** A colour scheme. */
export type Theme = 'light' | 'dark';

/**
 * What to store after the reader picks `next`: nothing when it equals the system setting (so the site
 * follows the system again), else the choice.
 */
export function themeToStore(next: Theme, systemIsDark: boolean): Theme | undefined {
  return next === (systemIsDark ? 'dark' : 'light') ? undefined : next;
}

/** Makes a theme button work: reflects the theme in `aria-pressed`, flips and saves the theme on click. */
export function bindThemeToggle(button: HTMLButtonElement, root = document.documentElement): void {
  const system = matchMedia('(prefers-color-scheme: dark)');
  const current = (): Theme => (root.dataset.theme as Theme | undefined) ?? (system.matches ? 'dark' : 'light');
  const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
  button.addEventListener('click', () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    const stored = themeToStore(next, system.matches);
    try {
      if (stored) localStorage.setItem(THEME_KEY, stored);
      else localStorage.removeItem(THEME_KEY);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
    if (stored) root.dataset.theme = stored;
    else delete root.dataset.theme;
    show();
  });
  system.addEventListener('change', show);
  show();
}
