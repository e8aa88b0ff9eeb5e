import { createServer, type Server } from 'node:http';

/**
 * A tiny web server on another localhost port than the app's, for pages that embed the app
 * (as a blog would). It serves the pages given, by path; anything else is a 404. Ports are
 * tried from 5370 up.
 */
export async function startHost(
  pages: Record<string, string>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const page = pages[path];
    response.writeHead(page === undefined ? 404 : 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(page ?? 'not found');
  });
  for (let port = 5370; port < 5390; port++) {
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (ok) {
      return {
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    }
  }
  throw new Error('no free port between 5370 and 5389');
}

/** A page of text around a frame, tall enough to scroll. `frame` is the iframe's HTML. */
export function blogPage(frame: string, width = 800): string {
  const filler = '<p>Some paragraph of the blog post, to scroll past.</p>'.repeat(30);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>A blog post</title><style>body{margin:0;font-family:Georgia,serif}main{width:${width}px;margin:0 auto}</style>
</head><body><main><h1>A blog post</h1><p>Before the frame.</p>${frame}${filler}</main></body></html>`;
}
