// A tiny static server for build/, close enough to a real static host (gzip, cache headers,
// `/path/` → `/path/index.html`, 404 page) that Lighthouse and byte counts mean something.
// Standalone: `node bench/serve.mjs [root] [port]`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.map', '.svg', '.txt', '.xml']);

/**
 * Serve `root` on http://host:port/. Resolves once listening.
 * @param {{ root: string, port: number, host?: string }} opts
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ root, port, host = '127.0.0.1' }) {
	root = resolve(root);
	// Files are immutable while we measure, so gzip each once (level 9, as a static host that
	// pre-compresses would) rather than on every request: keeps compression time out of TTFB.
	/** @type {Map<string, { mtimeMs: number, raw: Buffer, gz?: Buffer }>} */
	const cache = new Map();

	/** @param {string} file */
	async function load(file) {
		const { mtimeMs } = await stat(file);
		let entry = cache.get(file);
		if (!entry || entry.mtimeMs !== mtimeMs) {
			entry = { mtimeMs, raw: await readFile(file) };
			if (COMPRESSIBLE.has(extname(file))) entry.gz = gzipSync(entry.raw, { level: constants.Z_BEST_COMPRESSION });
			cache.set(file, entry);
		}
		return entry;
	}

	/** @param {string} urlPath @returns {Promise<string | null>} absolute file path, or null */
	async function resolveFile(urlPath) {
		const p = urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath;
		const file = normalize(join(root, p));
		if (file !== root && !file.startsWith(root + sep)) return null; // path traversal
		try {
			return (await stat(file)).isFile() ? file : null;
		} catch {
			return null;
		}
	}

	const server = createServer(async (req, res) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { Allow: 'GET, HEAD' }).end();
				return;
			}
			let pathname;
			try {
				pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			} catch {
				res.writeHead(400).end();
				return;
			}
			let status = 200;
			let file = await resolveFile(pathname);
			if (!file && !pathname.endsWith('/') && (await resolveFile(pathname + '/'))) {
				// Like most static hosts with trailingSlash 'always': /embed → /embed/
				res.writeHead(308, { Location: pathname + '/' }).end();
				return;
			}
			if (!file) {
				status = 404;
				file = existsSync(join(root, '404.html')) ? join(root, '404.html') : null;
			}
			if (!file) {
				res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
				res.end(req.method === 'HEAD' ? undefined : 'Not found');
				return;
			}

			const ext = extname(file);
			const entry = await load(file);
			const gzip = entry.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			const body = gzip && entry.gz ? entry.gz : entry.raw;
			/** @type {Record<string, string | number>} */
			const headers = {
				'Content-Type': TYPES[ext] ?? 'application/octet-stream',
				'Content-Length': body.length
			};
			if (gzip) headers['Content-Encoding'] = 'gzip';
			if (entry.gz) headers['Vary'] = 'Accept-Encoding';
			if (ext === '.html') headers['Cache-Control'] = 'no-cache';
			else if (pathname.startsWith('/_app/immutable/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
			res.writeHead(status, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (err) {
			console.error('[serve]', err);
			if (!res.headersSent) res.writeHead(500);
			res.end();
		}
	});

	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(undefined));
	});
	return {
		url: `http://${host}:${port}`,
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
				server.close(() => ok());
			})
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = process.argv[2] ?? 'build';
	const port = Number(process.argv[3] ?? process.env.BENCH_PORT ?? 4190);
	const { url } = await startServer({ root, port });
	console.log(`Serving ${resolve(root)} at ${url}/ (Ctrl+C to stop)`);
}
