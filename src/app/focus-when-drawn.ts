/** About two seconds at 60 frames a second: the timeline's longest way to an event. */
const FRAMES = 120;

/**
 * Focuses the first element that `selector` finds once it is drawn and visible, looking again
 * each frame while a view mounts or moves to it (the timeline opening a cluster, say); calls
 * `otherwise` when it never comes.
 */
export function focusWhenDrawn(selector: string, otherwise: () => void): void {
  let frames = 0;
  const look = () => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target && target.checkVisibility()) return target.focus();
    if (++frames < FRAMES) requestAnimationFrame(look);
    else otherwise();
  };
  requestAnimationFrame(look);
}
