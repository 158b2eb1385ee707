/**
 * Seeded pseudo-random numbers (mulberry32): small, fast and identical in Node and browsers, so a
 * seed and a scenario always give the same run. The state is one 32-bit integer, stored in
 * snapshots.
 */
export interface Rng {
	state: number;
}

export function createRng(seed: number): Rng {
	return { state: (seed >>> 0) ^ 0x9e3779b9 };
}

/** A float in [0, 1). */
export function nextFloat(rng: Rng): number {
	rng.state = (rng.state + 0x6d2b79f5) >>> 0;
	let t = rng.state;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [0, n). */
export function nextInt(rng: Rng, n: number): number {
	return Math.floor(nextFloat(rng) * n);
}

/** A lower-case GUID built from the generator (used for CMIDs). */
export function nextGuid(rng: Rng): string {
	const hex = (n: number) => {
		let s = '';
		for (let i = 0; i < n; i++) s += nextInt(rng, 16).toString(16);
		return s;
	};
	return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + nextInt(rng, 4)).toString(16)}${hex(3)}-${hex(12)}`;
}
