import './app/start-loading';
import { mount } from 'svelte';
import App from './App.svelte';
import { settlePageDatasetWithin } from './app/load-dataset';
import './app/app.css';

/**
 * How long the app waits for its dataset before it shows itself loading. A dataset that arrives
 * in time (a small one, nearby) is in the first frame the browser paints; otherwise a loading
 * screen would be laid out and painted first, and thrown away a moment later (measured on the
 * NATO corpus: events on screen ~40 ms later, and a flash of "Loading").
 */
const FIRST_DRAW_WAIT_MS = 100;

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
settlePageDatasetWithin(FIRST_DRAW_WAIT_MS).then((loaded) =>
  mount(App, { target, props: { loaded } }),
);
