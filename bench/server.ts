/**
 * The built site (build/) served as a static host would: the precompressed `.br`/`.gz` next to a file when the
 * browser accepts it (scripts/precompress.ts writes them), ETag revalidation (304) for pages, long-lived caching for
 * fingerprinted files. Optionally a throttled network: every response waits one round trip (two on a new
 * connection, for the handshake) and all responses share one downstream bandwidth. It counts the bytes it sends
 * (headers and bodies), which is what a throttled link would carry. It also serves the benchmark's own generated
 * files under /__bench/ (synthetic data), which the site never references.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
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

export interface Network {
	/** Downstream bandwidth in bytes per second, shared by all responses. */
	readonly bytesPerSecond: number;
	readonly roundTripMs: number;
}

/** The throttled profile: 20 Mbit/s down, 40 ms round trip. */
export const THROTTLED: Network = { bytesPerSecond: 20_000_000 / 8, roundTripMs: 40 };

export interface Served {
	readonly server: Server;
	readonly url: string;
	/** Bytes sent since the last reset, and requests answered (by status). */
	readonly wire: { bytes: number; requests: number; notModified: number; reset(): void };
}

const CHUNK = 16 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function serve(root: string, extra: string, port = 0, network: Network | null = null): Promise<Served> {
	const base = resolve(root);
	const benchBase = resolve(extra);
	const wire = {
		bytes: 0,
		requests: 0,
		notModified: 0,
		reset() {
			this.bytes = 0;
			this.requests = 0;
			this.notModified = 0;
		}
	};
	const seen = new WeakSet<Socket>();
	// When the shared link is next free: each chunk reserves its share of the bandwidth after the ones before it.
	let linkFreeAt = 0;

	function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string | number>, body: Buffer | null): void {
		// A page that navigates away closes its connections mid-response: nothing to report.
		write(req, res, status, headers, body).catch(() => res.destroy());
	}

	async function write(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string | number>, body: Buffer | null) {
		if (network) {
			const fresh = !seen.has(req.socket);
			seen.add(req.socket);
			await sleep(network.roundTripMs * (fresh ? 2 : 1));
		}
		const head = Object.entries(headers).reduce((s, [k, v]) => s + k.length + String(v).length + 4, 17);
		wire.bytes += head;
		wire.requests++;
		res.writeHead(status, headers);
		if (!body || req.method === 'HEAD') {
			res.end();
			return;
		}
		if (!network) {
			wire.bytes += body.length;
			res.end(body);
			return;
		}
		for (let i = 0; i < body.length && !res.destroyed; i += CHUNK) {
			const part = body.subarray(i, i + CHUNK);
			const now = performance.now();
			linkFreeAt = Math.max(now, linkFreeAt) + (part.length / network.bytesPerSecond) * 1000;
			await sleep(linkFreeAt - now);
			wire.bytes += part.length;
			if (!res.write(part)) await new Promise((r) => res.once('drain', r));
		}
		res.end();
	}

	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const fromBench = url.pathname.startsWith('/__bench/');
		const dir = fromBench ? benchBase : base;
		let path = normalize(join(dir, decodeURIComponent(fromBench ? url.pathname.slice('/__bench'.length) : url.pathname)));
		if (!path.startsWith(dir)) {
			send(req, res, 403, {}, null);
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) {
			send(req, res, 404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
			return;
		}
		const stat = statSync(path);
		const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
		const headers: Record<string, string | number> = {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'cache-control': url.pathname.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			etag,
			vary: 'accept-encoding'
		};
		if (req.headers['if-none-match'] === etag) {
			wire.notModified++;
			send(req, res, 304, headers, null);
			return;
		}
		const accepts = String(req.headers['accept-encoding'] ?? '');
		const encoding = ['br', 'gzip'].find((e) => accepts.includes(e) && existsSync(`${path}.${e === 'br' ? 'br' : 'gz'}`));
		const file = encoding ? `${path}.${encoding === 'br' ? 'br' : 'gz'}` : path;
		if (encoding) headers['content-encoding'] = encoding;
		const body = readFileSync(file);
		headers['content-length'] = body.length;
		send(req, res, 200, headers, body);
	});
	return new Promise((ok) =>
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			ok({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`, wire });
		})
	);
}
