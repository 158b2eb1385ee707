/**
 * Chromium set-up shared by the browser tests (tests/browser/support.ts) and the scripts that drive
 * the built site (Lighthouse, lab performance). It lives under scripts/ because scripts never import
 * tests; the tests import it from here.
 */
import { existsSync } from 'node:fs';

/** The built site under test: dist/, or DIST_DIR (handy for checking a build made elsewhere). */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

/** Debian's Chromium, or CHROMIUM_PATH. */
export function chromiumPath(): string {
	const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`Chromium was not found at ${path}. Install it with \`apt-get install chromium\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`
		);
	}
	return path;
}

/** The flags keep Chromium from calling home, so the tests see only the site's own requests. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--disable-default-apps',
];
