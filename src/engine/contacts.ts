import { ANSWERED, NOTE, NUMS, STRS, UNANSWERED, type Chunk } from './logRows.ts';
import type { Simulation } from './simulation.ts';
import type { Minutes, ResultCode } from './types.ts';

/**
 * The KMS contacts in a simulation's log, read from its rows for the lab's protocol layer. A
 * module of its own, so only the code that draws them loads it.
 */

/**
 * A KMS contact as the lab draws it: the SRV lookup (when the client made one just before), the
 * request to `target:port` and the host's answer (`host` null: no answer). `request` false is a
 * lookup that found no record, so no request was sent.
 */
export interface LogContact {
	time: Minutes;
	client: string;
	lookup: string | null;
	request: boolean;
	target: string;
	port: number;
	host: string | null;
	result: ResultCode;
	cmid: string;
	nPolicy: number;
	count: number;
}

/** The contact row `i` of a chunk stands for, or null (entries, and notes other than a failed lookup). */
export function contactAt({ kinds, nums, strs }: Chunk, i: number): LogContact | null {
	const kind = kinds[i];
	const n = i * NUMS;
	const k = i * STRS;
	if (kind === NOTE) {
		const lookup = strs[k + 5];
		if (lookup === undefined) return null;
		return {
			time: nums[n] as number,
			client: strs[k] as string,
			lookup,
			request: false,
			target: '',
			port: 0,
			host: null,
			result: strs[k + 2] as ResultCode,
			cmid: '',
			nPolicy: 0,
			count: 0,
		};
	}
	if (kind !== ANSWERED && kind !== UNANSWERED) return null;
	return {
		time: nums[n] as number,
		client: strs[k] as string,
		lookup: strs[k + 6] ?? null,
		request: true,
		target: strs[k + 3] as string,
		port: nums[n + 1] as number,
		host: kind === ANSWERED ? (strs[k + 1] as string) : null,
		result: strs[k + 2] as ResultCode,
		cmid: strs[k + 4] as string,
		nPolicy: nums[n + 6] as number,
		count: nums[n + 7] as number,
	};
}

/**
 * The KMS contacts (lookups, requests, answers) logged after `from`, oldest first. Rows loaded from
 * a saved log are entries and hold no contacts.
 */
export function contactsAfter(sim: Simulation, from: Minutes): LogContact[] {
	const out: LogContact[] = [];
	sim.eachLogRowAfter(from, (chunk, i) => {
		const contact = contactAt(chunk, i);
		if (contact !== null) out.push(contact);
	});
	return out;
}
