/** A press this recent (ms) is what took the focus away, not a move. */
const PRESS_WINDOW = 500;

/**
 * An attachment for a container whose items the page keeps in order (the timeline's items, in
 * time order): a zoom or pan can move a focused item among its siblings, and the browser drops
 * the focus of an element it moves. The focus is given back to that item when it went nowhere,
 * the item is still drawn and no press or window change took it; a keyboard user zooming on an
 * event stays on it.
 */
export function keepFocusThroughMoves(itemSelector: string) {
  return (container: HTMLElement) => {
    let pressedAt = -Infinity;
    const press = () => (pressedAt = performance.now());
    const lose = (event: FocusEvent) => {
      const item =
        event.target instanceof Element ? event.target.closest<HTMLElement>(itemSelector) : null;
      if (!item || event.relatedTarget !== null) return;
      if (performance.now() - pressedAt < PRESS_WINDOW) return;
      // The move finishes within the update that made it; look once it has.
      requestAnimationFrame(() => {
        const active = document.activeElement;
        const lost = active === null || active === document.body;
        if (lost && document.hasFocus() && container.contains(item) && item.checkVisibility())
          item.focus({ preventScroll: true });
      });
    };
    window.addEventListener('pointerdown', press, true);
    container.addEventListener('focusout', lose);
    return () => {
      window.removeEventListener('pointerdown', press, true);
      container.removeEventListener('focusout', lose);
    };
  };
}
