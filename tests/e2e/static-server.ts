/**
 * A small static server for the offline tests, which need what astro preview cannot give: to
 * stop the site (a real absence of network, not only the browser's offline switch), to serve a
 * sub-path build beside the root one, and to swap in a rebuilt site under the same address.
 * It serves folders as a static host does: `index.html` for a folder, `404.html` with status 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

export interface StaticSite {
  /** The site's address, ending in its base path. */
  url: string;
  /** Serve another folder from now on (a rebuilt site). */
  serve(dir: string): void;
  /** Stop answering: every later request is refused, as with no network. */
  stop(): Promise<void>;
}

/** Serve `dir` at `base` on loopback, on `port` (0: any free one). */
export async function startStaticSite(dir: string, base = '/', port = 0): Promise<StaticSite> {
  let root = dir;
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'content-type': TYPES['.html']! }).end(notFound);
    }
  };
  const server: Server = createServer((request, response) => {
    // A malformed path (bad percent-encoding) is the client's error, not a crash of the test server.
    serve(request, response).catch(() => response.writeHead(400).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    serve(next) {
      root = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
