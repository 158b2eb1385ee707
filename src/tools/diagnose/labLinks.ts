import type { CauseId } from '../../data/diagnosis.ts';
import { SERVER_ACTIVATION_THRESHOLD } from '../../data/timers.ts';
import type { Cause } from './index.ts';

/**
 * Which lab preset (content/scenarios/<id>.json) reproduces a diagnosed cause, so the page can
 * offer "Open this in the lab". Only causes the lab really plays out are listed; the rest get no
 * link rather than a scene that would show something else.
 */
export const CAUSE_SCENES: Readonly<Partial<Record<CauseId, string>>> = {
	clock_skew: 'clock-skew',
	count_below_threshold: 'threshold',
	duplicate_cmid: 'cloned-image',
	port_blocked: 'firewall',
	// The firewall scene is the lab's 0xC004F074: the client says no host answered, event 12288 says why.
	host_unreachable: 'firewall',
	no_srv_record: 'dns-missing',
	dns_publishing_disabled: 'dns-missing',
	wrong_host_or_old_key: 'old-host-key',
	grace_expired: 'laptop-away',
	out_of_tolerance: 'laptop-away',
	renewal_late: 'laptop-away',
};

/**
 * For a cause that only points to an error entry: the scene the error reference lists first for
 * that code (src/data/errors.ts `scenes`; a test keeps the two in step, so the island need not
 * load the reference).
 */
export const CODE_SCENES: Readonly<Record<string, string>> = {
	'0xC004F074': 'firewall',
	'0xC004F038': 'threshold',
	'0xC004F042': 'old-host-key',
	'0xC004F06C': 'clock-skew',
	'0xC004F009': 'laptop-away',
	'0xC004C020': 'mak',
	'0x8007232B': 'dns-missing',
	'0x800706BA': 'firewall',
};

/** Every preset `labSceneFor` can name: the page looks up their titles at build time. */
export const LAB_SCENE_IDS: readonly string[] = [
	...new Set([...Object.values(CAUSE_SCENES), 'server-threshold', ...Object.values(CODE_SCENES)]),
];

/** The lab preset that plays out this cause, or null when the lab has none. */
export function labSceneFor(cause: Pick<Cause, 'id' | 'params'>): string | null {
	// A server or Office product needs 5, not 25: the server scene shows that threshold.
	if (
		cause.id === 'count_below_threshold' &&
		cause.params.threshold === SERVER_ACTIVATION_THRESHOLD
	)
		return 'server-threshold';
	const scene = CAUSE_SCENES[cause.id];
	if (scene !== undefined) return scene;
	const code = cause.params.code;
	if (cause.id === 'see_error_entry' && code !== undefined && Object.hasOwn(CODE_SCENES, code))
		return CODE_SCENES[code] ?? null;
	return null;
}

/** The simulator opened on a preset: `simulatorPath` is the page's own (`/simulator/` or `/en/simulator/`). */
export function labHref(simulatorPath: string, scene: string): string {
	return `${simulatorPath}?scenario=${encodeURIComponent(scene)}`;
}
