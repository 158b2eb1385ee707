/**
 * The teaching presets' ids, in picker order: from the first idea (the count) to the special
 * cases. Its own module, without presets.ts's build-time file reading, so the CLI can use it too.
 */
export const PRESET_ORDER: readonly string[] = [
	'threshold',
	'server-threshold',
	'renewal',
	'laptop-away',
	'dns-missing',
	'firewall',
	'clock-skew',
	'old-host-key',
	'cloned-image',
	'mak',
	'adba',
	'two-hosts',
];
