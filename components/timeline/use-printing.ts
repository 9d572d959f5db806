'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the browser prints the page. A timeline's lanes are a virtualised, horizontally
 * scrolled drawing that paper cannot hold, so the page prints the view's events as a list instead,
 * rendered only for the print (flushSync: the browser lays the page out for paper right after
 * `beforeprint` returns).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
