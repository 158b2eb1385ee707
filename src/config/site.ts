/** Used when SITE_URL is not set: a reserved example domain, replaced at deploy time. */
export const DEFAULT_SITE = 'https://kms-lab.example';

/**
 * Validates the deployed origin given in SITE_URL. A wrong value would silently produce broken
 * canonical URLs and sitemap entries, so it fails loudly instead.
 */
export function resolveSite(value: string | undefined): string {
	if (value === undefined || value.trim() === '') return DEFAULT_SITE;
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(
			`SITE_URL must be an absolute URL such as https://kms-lab.example.org (got "${value}").`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL must start with https:// or http:// (got "${value}").`);
	}
	return url.origin + url.pathname.replace(/\/+$/, '');
}
