import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.webmanifest': 'application/manifest+json',
};

/** Resolves a URL path to a file inside `root`, the way a static host would (dir → index.html). */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
	let path: string;
	try {
		path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	} catch {
		return undefined;
	}
	const candidate = normalize(join(root, path));
	if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
	for (const file of [candidate, join(candidate, 'index.html')]) {
		try {
			if ((await stat(file)).isFile()) return file;
		} catch {
			// try the next candidate
		}
	}
	return undefined;
}

/**
 * Serves a built site from `dir` on 127.0.0.1 with a free port, like any static host: no
 * rewrites, 404.html for missing files (en/404/ under /en/). Used by the browser tests, page checks and Lighthouse.
 */
export async function serveStatic(dir: string, port = 0): Promise<{ url: string; server: Server }> {
	const root = resolve(dir);
	const respond = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const file = await resolveFile(root, req.url ?? '/');
		if (file === undefined) {
			// Missing pages under /en/ get the English 404, as README › Deploying sets hosts up to do.
			const localized = (req.url ?? '').startsWith('/en/') ? 'en/404/index.html' : '404.html';
			const notFound = await readFile(join(root, localized))
				.catch(() => readFile(join(root, '404.html')))
				.catch(() => Buffer.from('Not found'));
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(notFound);
			return;
		}
		const body = await readFile(file);
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(body);
	};
	// A file that cannot be read answers 500 instead of leaving the request hanging.
	const server = createServer((req, res) => {
		respond(req, res).catch(() => {
			res.writeHead(500);
			res.end();
		});
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${actual}`, server };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'dist';
	const port = Number(process.argv[3] ?? 4322);
	const { url } = await serveStatic(dir, port);
	console.log(`Serving ${dir} at ${url}`);
}
