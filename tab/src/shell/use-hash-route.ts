/** The current hash route, kept in step with the address bar (Back, reload and links all work). */
import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseHash, type Route } from './route-logic.js';

export function useHashRoute(initial: Route): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState<Route>(initial);
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    const hash = formatRoute(next);
    if (options.replace) {
      // Filters and typing replace the entry, so Back goes to the previous page, not the previous keystroke.
      history.replaceState(history.state, '', hash);
      setRoute(parseHash(hash));
    } else if (location.hash !== hash) {
      location.hash = hash;
    } else {
      setRoute(parseHash(hash));
    }
  }, []);
  return [route, navigate];
}
