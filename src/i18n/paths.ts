import type { Locale } from './types.ts';

/**
 * Prefix for links inside the site: Japanese is the root locale, English lives under /en/.
 * Its own module so that islands can build links without loading every UI string (index.ts).
 */
export function localePath(locale: Locale, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return locale === 'ja' ? clean : `/en${clean}`;
}
