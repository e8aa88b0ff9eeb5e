/** About two seconds at 60 frames a second: the timeline's longest way to an event. */
const FRAMES = 120;

/**
 * Focuses the first element that `selector` finds once it is drawn and visible, looking again
 * each frame while a view mounts or moves to it (the timeline opening a cluster, say); calls
 * `otherwise` when it never comes. Until the frames run out the focus is given back if the
 * target is drawn anew (a zoom that passes through a cluster) and the focus fell to the page
 * meanwhile; a press, or a focus the person moved elsewhere, ends that.
 */
export function focusWhenDrawn(selector: string, otherwise: () => void): void {
  let frames = 0;
  let given = false;
  let pressed = false;
  const press = () => (pressed = true);
  window.addEventListener('pointerdown', press, { capture: true, once: true });
  const stop = () => window.removeEventListener('pointerdown', press, { capture: true });
  const look = () => {
    const target = document.querySelector<HTMLElement>(selector);
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    // Once given, the focus is the person's: where they move it, it stays.
    if (pressed || (given && !lost && active !== target)) return stop();
    if (target && (lost || !given) && target.checkVisibility()) {
      target.focus();
      given = true;
    }
    if (++frames < FRAMES) requestAnimationFrame(look);
    else {
      stop();
      if (!given) otherwise();
    }
  };
  requestAnimationFrame(look);
}
