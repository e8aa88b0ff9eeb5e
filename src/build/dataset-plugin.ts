import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin, ViteDevServer } from 'vite';
import type { buildDatasetFromDir } from '../cli/build-dataset';

type Builder = { buildDatasetFromDir: typeof buildDatasetFromDir };

/**
 * The pipeline is loaded when the dataset is first needed, not when the Vite config loads, so
 * tools that only read the config (vitest, svelte-check) never run it. In dev it goes through
 * Vite's module graph, so editing the pipeline rebuilds the dataset too.
 */
async function loadBuilder(server: ViteDevServer | null): Promise<Builder> {
  const entry = new URL('../cli/build-dataset.ts', import.meta.url);
  if (server) return (await server.ssrLoadModule(entry.pathname)) as Builder;
  return (await tsImport(entry.href, import.meta.url)) as Builder;
}

/** File name of the dataset next to the built app (and served in dev). */
export const DATASET_FILE = 'timeline.json';

/**
 * Turns `data/` into the `sourceline/1` dataset: served at `/timeline.json` in dev (rebuilt and
 * the page reloaded when a file in `data/` changes) and written to `dist/timeline.json` by build.
 */
export function sourcelineDataset(dataDir = 'data'): Plugin {
  const dir = resolve(dataDir);
  let cached: Promise<string> | null = null;
  let devServer: ViteDevServer | null = null;
  const build = () =>
    (cached ??= loadBuilder(devServer)
      .then((builder) => builder.buildDatasetFromDir(dir))
      .then(({ dataset, warnings }) => {
        for (const warning of warnings) console.warn(`[sourceline] ${warning}`);
        return JSON.stringify(dataset);
      }));

  return {
    name: 'sourceline-dataset',
    configureServer(server: ViteDevServer) {
      devServer = server;
      server.watcher.add(dir);
      const onChange = (file: string) => {
        const inData = resolve(file).startsWith(dir);
        if (!inData && !/[\\/]src[\\/](lib|cli)[\\/]/.test(file)) return;
        cached = null;
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (!path.endsWith('/' + DATASET_FILE)) return next();
        build().then(
          (json) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(json);
          },
          (error: Error) => {
            cached = null;
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(error.message);
            server.config.logger.error(`[sourceline] ${error.message}`);
          },
        );
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATASET_FILE, source: await build() });
    },
  };
}
