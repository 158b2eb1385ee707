import type { Locale } from '../i18n/types.ts';
import { localePath } from '../i18n/paths.ts';

/**
 * The simulator page (`/simulator/`) is built by the lab issue. Before it existed, links to lab
 * scenes would break the build's link check, so they are switched off here in one place.
 */
export const LAB_LINKS_ENABLED = true;

/** Link to a lab preset, or null while the simulator page is not there. */
export function labSceneHref(locale: Locale, scene: string): string | null {
	if (!LAB_LINKS_ENABLED || !/^[a-z0-9-]+$/.test(scene)) return null;
	return `${localePath(locale, '/simulator/')}?scenario=${encodeURIComponent(scene)}`;
}
