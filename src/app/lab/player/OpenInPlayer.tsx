import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageFallback } from '../../shell/PageFallback';

/**
 * Where the app's own router lands on an attempt's address (a Continue or Start button in the
 * lab): the player runs on a page of its own, with a router based at the attempt, so the page
 * loads the address afresh.
 */
export default function OpenInPlayer() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    window.location.replace(pathname + search);
  }, [pathname, search]);
  return <PageFallback />;
}
