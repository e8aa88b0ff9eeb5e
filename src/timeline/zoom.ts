import { select, type Selection } from 'd3-selection';
import {
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import {
  clampWindow,
  transformToWindow,
  windowToTransform,
  zoomBounds,
  type AxisTransform,
  type TimeWindow,
} from '../lib/layout/view';

/**
 * The one module that talks to d3-zoom: wheel, drag, pinch, double-click and animated zooms
 * on an element, reduced to an `AxisTransform` along the time axis. Zoom events are coalesced
 * into one `onchange` call per animation frame. Animations are a small tween of our own (not
 * d3-transition): each new command starts from where the running one is heading, so presses
 * add up, and a wheel, drag or pinch stops it.
 */

/** Geometry the zoom needs: the domain at k = 1 and the plot size, time along x or y. */
export interface ZoomGeometry {
  domain: TimeWindow;
  width: number;
  height: number;
  vertical: boolean;
}

/** Commands for buttons, keys and the overview. */
export interface ZoomController {
  update(geometry: ZoomGeometry): void;
  showWindow(window: TimeWindow, animate?: boolean): void;
  /** Zooms about `along` (px along the axis from its start), by default the middle. */
  zoomBy(factor: number, along?: number): void;
  panBy(px: number): void;
  fit(): void;
  current(): TimeWindow;
  destroy(): void;
}

/**
 * How the wheel behaves. In a page that embeds the timeline, the plain wheel must scroll the
 * page: `needsModifier()` true makes zooming take Ctrl or Cmd (pinch arrives as Ctrl + wheel),
 * and `onPlainWheel` is told of each plain wheel turn (to show a hint).
 */
export interface WheelOptions {
  needsModifier: () => boolean;
  onPlainWheel?: () => void;
}

const DURATION = 350;

/** Attaches zooming to `element`; `onchange` gets the new transform once per frame. */
export function attachZoom(
  element: HTMLElement,
  initial: ZoomGeometry,
  onchange: (transform: AxisTransform, byUser: boolean) => void,
  wheel?: WheelOptions,
): ZoomController {
  let geometry = initial;
  let pending: ZoomTransform | null = null;
  let pendingByUser = false;
  let frame = 0;
  let userCommand = false;
  let tween: Tween | null = null;
  const selection = select(element) as Selection<HTMLElement, unknown, null, undefined>;
  const reduceMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
  const length = () => (geometry.vertical ? geometry.height : geometry.width);
  const toAxis = (t: ZoomTransform): AxisTransform => ({
    k: t.k,
    offset: geometry.vertical ? t.y : t.x,
  });
  const toZoom = (t: AxisTransform) =>
    geometry.vertical
      ? zoomIdentity.translate(0, t.offset).scale(t.k)
      : zoomIdentity.translate(t.offset, 0).scale(t.k);

  const flush = () => {
    frame = 0;
    if (pending) onchange(toAxis(pending), pendingByUser);
    pending = null;
    pendingByUser = false;
  };
  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .filter((event: Event) => {
      if (event instanceof WheelEvent) {
        if (isSideways(event, geometry.vertical)) return false;
        if (wheel?.needsModifier() && !event.ctrlKey && !event.metaKey) {
          wheel.onPlainWheel?.();
          return false;
        }
        return true;
      }
      return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
    })
    .wheelDelta((event: WheelEvent) => {
      const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      // d3 multiplies Ctrl + wheel by 10 for pinches (small deltas). Where Ctrl + wheel is the
      // way to zoom (embeds), a mouse wheel turns in notches of about 100 px: not multiplied.
      const notch = wheel?.needsModifier() && Math.abs(event.deltaY) >= 50;
      return -event.deltaY * unit * (event.ctrlKey && !notch ? 10 : 1);
    })
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (event.sourceEvent) stopTween();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      pending = event.transform;
      pendingByUser ||= event.sourceEvent != null || userCommand;
      if (!frame) frame = requestAnimationFrame(flush);
    });

  const configure = () => {
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [Math.max(1, geometry.width), Math.max(1, geometry.height)],
    ];
    behavior.extent(extent).translateExtent(extent).scaleExtent(zoomBounds(geometry.domain));
  };
  configure();
  selection.call(behavior).on('dblclick.zoom', null);
  selection.on('dblclick.sourceline', (event: MouseEvent) => {
    if ((event.target as Element).closest('button')) return;
    const rect = element.getBoundingClientRect();
    const along = geometry.vertical ? event.clientY - rect.top : event.clientX - rect.left;
    command(() => zoomAround(event.shiftKey ? 0.5 : 2, along));
  });

  const onSidewaysWheel = (event: WheelEvent) => {
    if (!isSideways(event, geometry.vertical)) return;
    event.preventDefault();
    const delta = geometry.vertical ? event.deltaY : event.deltaX;
    command(() => translateAlong(selection, -delta));
  };
  element.addEventListener('wheel', onSidewaysWheel, { passive: false });

  function command(run: () => void) {
    userCommand = true;
    run();
    userCommand = false;
  }
  function translateAlong(target: Selection<HTMLElement, unknown, null, undefined>, px: number) {
    const k = now().k;
    behavior.translateBy(target, geometry.vertical ? 0 : px / k, geometry.vertical ? px / k : 0);
  }
  function now(): ZoomTransform {
    return (element as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
  }
  function windowOf(t: ZoomTransform): TimeWindow {
    return transformToWindow(geometry.domain, toAxis(t), length());
  }
  function current(): TimeWindow {
    return windowOf(now());
  }
  /** Where the view is going: the end of the running animation, else where it is. */
  function heading(): TimeWindow {
    return tween ? windowOf(tween.to) : current();
  }
  function showWindow(window: TimeWindow, animate = false) {
    // A link may ask for a window that shows none of the events (one made before a search
    // narrowed them): the nearest part of their span instead. One that overlaps them is shown
    // as asked ("1940-1960" while the events begin in 1945).
    const { domain } = geometry;
    const overlaps = window.end > domain.start && window.start < domain.end;
    const inside = overlaps ? window : clampWindow(domain, window);
    const target = toZoom(windowToTransform(domain, inside, length()));
    if (animate && !reduceMotion()) startTween(target);
    else {
      stopTween();
      behavior.transform(selection, target);
    }
  }
  /** Zooms by `factor` keeping the time at `along` px (default: the middle) in place. */
  function zoomAround(factor: number, along = length() / 2) {
    const from = heading();
    const msPerPx = (from.end - from.start) / length();
    const time = from.start + along * msPerPx;
    const start = time - (along * msPerPx) / factor;
    const wanted = { start, end: start + (from.end - from.start) / factor };
    const [, kMax] = zoomBounds(geometry.domain);
    const minSpan = (geometry.domain.end - geometry.domain.start) / kMax;
    showWindow(clampZoomed(geometry.domain, wanted, minSpan, time), true);
  }

  function startTween(to: ZoomTransform) {
    const path = zoomPath(current(), windowOf(to));
    if (tween) cancelAnimationFrame(tween.frame);
    const started = performance.now();
    const byUser = userCommand;
    const step = (time: number) => {
      if (!tween) return;
      const t = Math.min(1, (time - started) / DURATION);
      let next = to;
      if (t < 1) {
        next = toZoom(windowToTransform(geometry.domain, path(easeCubicInOut(t)), length()));
        tween.frame = requestAnimationFrame(step);
      } else tween = null;
      userCommand = byUser;
      behavior.transform(selection, next);
      userCommand = false;
      cancelAnimationFrame(frame);
      flush();
    };
    tween = { to, frame: requestAnimationFrame(step) };
  }
  function stopTween() {
    if (tween) cancelAnimationFrame(tween.frame);
    tween = null;
  }

  return {
    update(next) {
      const keep = length() > 1 ? current() : next.domain;
      const changed =
        next.domain.start !== geometry.domain.start || next.domain.end !== geometry.domain.end;
      geometry = next;
      configure();
      showWindow(changed ? next.domain : keep);
    },
    showWindow: (window, animate) => command(() => showWindow(window, animate)),
    // Presses during an animation add up: each zooms from where the view is heading.
    zoomBy: (factor, along) => command(() => zoomAround(factor, along)),
    panBy: (px) =>
      command(() => {
        if (!tween) return translateAlong(selection, px);
        const to = heading();
        const shift = (-px * (to.end - to.start)) / length();
        showWindow(
          clampWindow(geometry.domain, { start: to.start + shift, end: to.end + shift }),
          true,
        );
      }),
    fit: () => command(() => showWindow(geometry.domain, true)),
    current,
    destroy() {
      stopTween();
      cancelAnimationFrame(frame);
      element.removeEventListener('wheel', onSidewaysWheel);
      selection.on('.zoom', null).on('dblclick.sourceline', null);
    },
  };
}

/** A running animation: where it ends and its next frame. */
interface Tween {
  to: ZoomTransform;
  frame: number;
}

/**
 * The windows between `a` and `b` for `t` in [0, 1]: the span changes at a steady rate (in
 * log scale) about the one time that is at the same place on screen in both, so a zoom looks
 * like a zoom about a point; equal spans slide.
 */
function zoomPath(a: TimeWindow, b: TimeWindow): (t: number) => TimeWindow {
  const spanA = a.end - a.start;
  const spanB = b.end - b.start;
  if (Math.abs(spanA - spanB) <= spanA * 1e-9) {
    return (t) => ({ start: a.start + (b.start - a.start) * t, end: a.end + (b.end - a.end) * t });
  }
  const fixed = (b.start * spanA - a.start * spanB) / (spanA - spanB);
  return (t) => {
    const span = spanA * (spanB / spanA) ** t;
    const start = fixed - ((fixed - a.start) * span) / spanA;
    return { start, end: start + span };
  };
}

function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/**
 * `window` kept inside `domain` and at least `minSpan` wide; when it had to be widened, around
 * `anchor` (the time under the pointer), so zooming out at the limit does not jump.
 */
function clampZoomed(
  domain: TimeWindow,
  window: TimeWindow,
  minSpan: number,
  anchor: number,
): TimeWindow {
  const span = window.end - window.start;
  if (span >= minSpan) return clampWindow(domain, window, minSpan);
  const share = (anchor - window.start) / span;
  const start = anchor - share * minSpan;
  return clampWindow(domain, { start, end: start + minSpan }, minSpan);
}

/** A wheel event that scrolls along the time axis (trackpad swipe) pans instead of zooming. */
function isSideways(event: WheelEvent, vertical: boolean): boolean {
  if (vertical) return false;
  return Math.abs(event.deltaX) > Math.abs(event.deltaY) && !event.ctrlKey;
}
