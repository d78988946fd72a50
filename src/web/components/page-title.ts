import { useEffect, useLayoutEffect } from 'react';

/** Pages that name their tab themselves right now (usually one). */
let claims = 0;

/**
 * Names the browser tab, for as long as the calling page is shown ("Thống kê tập huấn ·
 * rights-desk"). Pages that do not call it are named after their h1 by `useTitleFromHeading`.
 */
export function usePageTitle(title: string | null): void {
  useLayoutEffect(() => {
    if (!title) return;
    claims++;
    document.title = title;
    return () => {
      claims--;
    };
  }, [title]);
}

/**
 * Mounted once at the root: while no page names its tab, the tab takes the page's h1 ("Đăng
 * nhập · rights-desk"), so every page, the sign-in, phone and error pages included, tells
 * tabs, history and screen readers apart (WCAG 2.4.2).
 */
export function useTitleFromHeading(suffix: string): void {
  useEffect(() => {
    const update = () => {
      if (claims > 0) return;
      const heading = document.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} · ${suffix}` : suffix;
      if (document.title !== title) document.title = title;
    };
    const observer = new MutationObserver(update);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    update();
    return () => observer.disconnect();
  }, [suffix]);
}
