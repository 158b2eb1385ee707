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

const HEX_CODES = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));
const DASH = 45;

/** A lower-case GUID built from the generator (used for CMIDs): xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx, y in 8–b. */
export function nextGuid(rng: Rng): string {
	const codes: number[] = [];
	const hex = (n: number) => {
		for (let i = 0; i < n; i++) codes.push(HEX_CODES[nextInt(rng, 16)] as number);
	};
	hex(8);
	codes.push(DASH);
	hex(4);
	codes.push(DASH, HEX_CODES[4] as number);
	hex(3);
	codes.push(DASH, HEX_CODES[8 + nextInt(rng, 4)] as number);
	hex(3);
	codes.push(DASH);
	hex(12);
	// One flat string (concatenating characters made ropes that were flattened later, when first hashed).
	return String.fromCharCode(...codes);
}

/** Deterministic 32-bit hash (FNV-1a) for simulated IDs that must not consume the PRNG. */
export function hash32(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

const actIds = new Map<string, string>();

/** Simulated Activation ID of a product's license (a stable fake GUID, not Microsoft's; memoised). */
export function simulatedActId(productId: string): string {
	let id = actIds.get(productId);
	if (id === undefined) {
		id = nextGuid(createRng(hash32(`actid:${productId}`)));
		actIds.set(productId, id);
	}
	return id;
}
