import { normalizeProductKey } from '../data/products.ts';
import { CONFIRMATION_ID_DIGITS } from '../data/timers.ts';
import { createRng, hash32, nextFloat } from './random.ts';

/**
 * The numbers of phone activation: Installation IDs and the Confirmation IDs the simulated
 * Microsoft activation center gives for them. Derived from hashes, so the same machine and key
 * always give the same numbers.
 */

function digitsFrom(seedText: string, count: number): string {
	const rng = createRng(hash32(seedText));
	let s = '';
	for (let i = 0; i < count; i++) s += Math.floor(nextFloat(rng) * 10).toString();
	return s;
}

/** The Confirmation ID (48 digits) the activation center gives for an Installation ID. */
export function confirmationIdFor(installationId: string): string {
	return digitsFrom(`cid:${installationId.replace(/\D/g, '')}`, CONFIRMATION_ID_DIGITS);
}

/** Installation ID for activating an AD forest by phone with this host key. */
export function forestInstallationId(hostKey: string, digits = 63): string {
	return digitsFrom(`forest-iid:${normalizeProductKey(hostKey)}`, digits);
}

/** Installation ID of a machine's installed key. */
export function machineInstallationId(cmid: string, key: string, digits: number): string {
	return digitsFrom(`iid:${cmid}:${key}`, digits);
}

/** Installation ID of a KMS host's key. */
export function hostInstallationId(hostName: string, group: string, digits: number): string {
	return digitsFrom(`iid-host:${hostName}:${group}`, digits);
}
