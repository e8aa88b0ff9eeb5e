import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Headers that make a page cross-origin isolated. Its clocks (`performance.now()`,
 * requestAnimationFrame's timestamps) are then precise to 5 µs rather than 100 µs: without them
 * a page that misses no frame measures intervals of 16.5-16.8 ms at 60 Hz (the 16.67 ms
 * period, rounded), with them 16.66-16.67 ms.
 */
export const CROSS_ORIGIN_ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Serves files from `roots` (URL prefix -> directory) on 127.0.0.1:`port`, with `headers` on
 * every file; GET only.
 */
export function serveStatic(
  roots: Record<string, string>,
  port: number,
  headers: Record<string, string> = {},
): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]);
    const prefix = Object.keys(roots)
      .sort((a, b) => b.length - a.length)
      .find((p) => path.startsWith(p));
    const rest = normalize(path.slice(prefix?.length ?? 0)).replace(/^(\.\.[/\\])+/, '');
    let file = prefix === undefined ? '' : join(roots[prefix], rest);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
