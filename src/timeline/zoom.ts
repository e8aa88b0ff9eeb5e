import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import {
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import {
  transformToWindow,
  windowToTransform,
  zoomBounds,
  type AxisTransform,
  type TimeWindow,
} from '../lib/layout/view';

/**
 * The one module that talks to d3-zoom: wheel, drag, pinch, double-click and animated zooms
 * on an element, reduced to an `AxisTransform` along the time axis. Zoom events are coalesced
 * into one `onchange` call per animation frame.
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
  zoomBy(factor: number): void;
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
  let heading: number | null = null;
  const currentK = () => (element as unknown as { __zoom?: ZoomTransform }).__zoom?.k ?? 1;
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
    const point: [number, number] = [event.clientX - rect.left, event.clientY - rect.top];
    command(() => behavior.scaleBy(transition(), event.shiftKey ? 0.5 : 2, point));
  });

  const onSidewaysWheel = (event: WheelEvent) => {
    if (!isSideways(event, geometry.vertical)) return;
    event.preventDefault();
    const delta = geometry.vertical ? event.deltaY : event.deltaX;
    command(() => translateAlong(selection, -delta));
  };
  element.addEventListener('wheel', onSidewaysWheel, { passive: false });

  function transition() {
    return selection.transition().duration(reduceMotion() ? 0 : DURATION);
  }
  function command(run: () => void) {
    userCommand = true;
    run();
    userCommand = false;
  }
  function translateAlong(target: Selection<HTMLElement, unknown, null, undefined>, px: number) {
    const k = (element as unknown as { __zoom: ZoomTransform }).__zoom?.k ?? 1;
    behavior.translateBy(target, geometry.vertical ? 0 : px / k, geometry.vertical ? px / k : 0);
  }
  function current(): TimeWindow {
    const t = (element as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
    return transformToWindow(geometry.domain, toAxis(t), length());
  }
  function showWindow(window: TimeWindow, animate = false) {
    const target = toZoom(windowToTransform(geometry.domain, window, length()));
    if (animate && !reduceMotion())
      selection.transition().duration(DURATION).call(behavior.transform, target);
    else behavior.transform(selection, target);
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
    zoomBy: (factor) =>
      command(() => {
        // Presses during an animation add up: zoom from where it is heading, not where it is.
        const [lo, hi] = zoomBounds(geometry.domain);
        const k = Math.min(hi, Math.max(lo, (heading ?? currentK()) * factor));
        heading = k;
        behavior.scaleTo(
          transition().on('end interrupt', () => (heading = null)),
          k,
        );
      }),
    panBy: (px) => command(() => translateAlong(selection, px)),
    fit: () => command(() => showWindow(geometry.domain, true)),
    current,
    destroy() {
      cancelAnimationFrame(frame);
      element.removeEventListener('wheel', onSidewaysWheel);
      selection.on('.zoom', null).on('dblclick.sourceline', null);
    },
  };
}

/** A wheel event that scrolls along the time axis (trackpad swipe) pans instead of zooming. */
function isSideways(event: WheelEvent, vertical: boolean): boolean {
  if (vertical) return false;
  return Math.abs(event.deltaX) > Math.abs(event.deltaY) && !event.ctrlKey;
}
