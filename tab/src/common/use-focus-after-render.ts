import { useEffect, useRef, type RefObject } from 'react';

type Focusable = RefObject<{ focus(): void } | null>;

/**
 * Moves focus to an element once React has committed it. A bare requestAnimationFrame can run
 * before React renders the state set next to it, and then finds no element (or the old one).
 */
export function useFocusAfterRender(): (target: Focusable) => void {
  const pending = useRef<Focusable | null>(null);
  useEffect(() => {
    const element = pending.current?.current;
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return (target) => {
    pending.current = target;
    // When nothing re-renders (the element is already there), focus it on the next frame.
    requestAnimationFrame(() => {
      if (pending.current !== target || !target.current) return;
      pending.current = null;
      target.current.focus();
    });
  };
}
