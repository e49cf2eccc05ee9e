const order = ['system', 'light', 'dark'] as const;
type Theme = (typeof order)[number];

function stored(): Theme {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
}

/** Shows the theme buttons and makes them cycle system → light → dark, remembering the choice. */
export function installThemeToggle() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const label = button.querySelector('[data-theme-label]')!;
    let theme = stored();
    label.textContent = theme;
    button.hidden = false;
    button.addEventListener('click', () => {
      theme = order[(order.indexOf(theme) + 1) % order.length];
      apply(theme);
      label.textContent = theme;
    });
  }
}
