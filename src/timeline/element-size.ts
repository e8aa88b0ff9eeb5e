/**
 * An attachment that reports an element's client size now and whenever it changes: width and
 * height in one call (`bind:clientWidth` plus `bind:clientHeight` would report them one at a
 * time, and a width without its height lays a timeline out twice). The first read happens as
 * the element is attached, alongside the other elements' first reads: one layout for all of
 * them, before anything is drawn from the sizes.
 */
export function elementSize(report: (width: number, height: number) => void) {
  return (element: HTMLElement) => {
    const read = () => report(element.clientWidth, element.clientHeight);
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  };
}
