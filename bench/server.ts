/**
 * A plain static server for the built site (build/), as any static host would serve it: no compression (sizes are
 * reported both raw and gzipped), long-lived caching only for fingerprinted files. It also serves the benchmark's
 * own generated files under /__bench/ (synthetic data), which the site never references.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.arrow': 'application/vnd.apache.arrow.stream'
};

export function serve(root: string, extra: string, port = 0): Promise<{ server: Server; url: string }> {
	const base = resolve(root);
	const benchBase = resolve(extra);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const fromBench = url.pathname.startsWith('/__bench/');
		const dir = fromBench ? benchBase : base;
		let path = normalize(join(dir, decodeURIComponent(fromBench ? url.pathname.slice('/__bench'.length) : url.pathname)));
		if (!path.startsWith(dir)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'content-length': statSync(path).size,
			'cache-control': url.pathname.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		createReadStream(path).pipe(res);
	});
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => {
		const address = server.address();
		ok({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
	}));
}
