import { PRODUCTS } from '../data/products.ts';
import { CSVLK_GROUPS, HOST_OS_NAMES } from '../data/hostKeys.ts';

/**
 * Small helpers shared by the hand-written validators (scenarioSchema.ts, snapshotSchema.ts):
 * every error they write is `<JSON path>: expected <what>, got <shown value>`.
 */

export const PRODUCT_IDS: ReadonlySet<string> = new Set(PRODUCTS.map((p) => p.id));
export const GROUP_IDS: ReadonlySet<string> = new Set<string>(CSVLK_GROUPS.map((g) => g.id));
export const HOST_OS_IDS: ReadonlySet<string> = new Set(Object.keys(HOST_OS_NAMES));

/** A short JSON rendering of a value for an error message (never throws, even on cycles or BigInt). */
export function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		// Cycles, BigInt, objects without toString.
		text = typeof value === 'bigint' ? `${value}n` : Object.prototype.toString.call(value);
	}
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
