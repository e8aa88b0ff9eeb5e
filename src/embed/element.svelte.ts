import { mount, unmount } from 'svelte';
import appCss from '../app/app.css?inline';
import { hostStylesheet } from './css-variables';
import ElementView from './ElementView.svelte';

/**
 * `<sourceline-timeline src="timeline.json" event="id" from="1950-01-01" to="1960-12-31">`: the
 * timeline with its sources, for a page that may run a script. It renders into a shadow root,
 * inherits the page's font and colour (and `color-scheme`), and can be restyled through the CSS
 * variables (`--accent`, `--bg`, `--doc-1`...) and `--sourceline-height` on the element.
 * Fires `sourceline-select` (detail: `{ id }`) when the reader selects an event.
 */
class SourcelineTimeline extends HTMLElement {
  static observedAttributes = ['src', 'event', 'from', 'to'];

  #props = $state({
    src: '',
    event: null as string | null,
    from: null as string | null,
    to: null as string | null,
  });
  #app: ReturnType<typeof mount> | null = null;

  connectedCallback() {
    if (this.#app) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = hostStylesheet(appCss);
    root.append(style);
    for (const name of SourcelineTimeline.observedAttributes) this.#read(name);
    const props = this.#props;
    this.#app = mount(ElementView, {
      target: root,
      props: {
        get src() {
          return props.src;
        },
        get event() {
          return props.event;
        },
        get from() {
          return props.from;
        },
        get to() {
          return props.to;
        },
        onselect: (id: string | null) =>
          this.dispatchEvent(new CustomEvent('sourceline-select', { detail: { id } })),
      },
    });
  }

  disconnectedCallback() {
    if (this.#app) unmount(this.#app);
    this.#app = null;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(name: string) {
    this.#read(name);
  }

  #read(name: string) {
    const value = this.getAttribute(name);
    if (name === 'src') this.#props.src = value ?? 'timeline.json';
    else if (name === 'event' || name === 'from' || name === 'to') this.#props[name] = value;
  }
}

if (!customElements.get('sourceline-timeline')) {
  customElements.define('sourceline-timeline', SourcelineTimeline);
}
