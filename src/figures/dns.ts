import { parseDuration, type ResultCode } from '../engine/index.ts';
import { FIGURE_PRESETS, presetSimulation } from './presets.ts';

/** The SRV record name KMS clients look up in their DNS zone. */
export const KMS_SRV_NAME = '_vlmcs._tcp';

/** One client's discovery of the KMS host, as the engine ran it. */
export interface DnsFrame {
	/** Whether the zone holds a `_vlmcs._tcp` record at this moment. */
	published: boolean;
	minute: number;
	machine: string;
	/** The name the client asks DNS for. */
	query: string;
	/** The SRV answer, or null (the name does not exist). */
	answer: { target: string; port: number; priority: number; weight: number } | null;
	/** The client's result and, when it reached a host, the host and the count it returned. */
	result: ResultCode;
	host: string | null;
	count: number | null;
}

export interface DnsModel {
	scenario: 'dns-missing';
	srvName: string;
	frames: [DnsFrame, DnsFrame];
}

function frameOf(
	sim: ReturnType<typeof presetSimulation>,
	machine: string,
	minute: number
): DnsFrame {
	sim.advanceTo(minute);
	const m = sim.machine(machine);
	const zone = sim.lookupZone(machine);
	if (!m || zone === null || m.lastResult === null)
		throw new Error(`dns-missing preset: ${machine} has not tried to activate by minute ${minute}`);
	const record = sim.srvRecords(zone)[0];
	return {
		published: record !== undefined,
		minute,
		machine,
		query: `${KMS_SRV_NAME}.${zone}`,
		answer: record
			? {
					target: record.target,
					port: record.port,
					priority: record.priority,
					weight: record.weight,
				}
			: null,
		result: m.lastResult,
		host: m.kmsHostUsed,
		count: m.lastCount,
	};
}

/**
 * The `dns-missing` preset at two moments: its first client's first success while the SRV record
 * exists, and the client installed after the record was deleted, at its first attempt.
 */
export function dnsModel(): DnsModel {
	const scenario = FIGURE_PRESETS['dns-missing'];
	const late = scenario.timeline?.find((item) => item.action.type === 'addMachines');
	const lateAt = late === undefined ? undefined : parseDuration(late.at);
	if (lateAt === undefined) throw new Error('dns-missing preset: expected a late client');
	const sim = presetSimulation('dns-missing');
	sim.advanceTo(0);
	const first = sim.machines()[0];
	if (first?.nextAttemptAt == null) throw new Error('dns-missing preset: no first client');
	const published = frameOf(sim, first.name, first.nextAttemptAt);
	sim.advanceTo(lateAt);
	const newest = sim.machines().at(-1);
	if (!newest) throw new Error('dns-missing preset: no late client');
	return {
		scenario: 'dns-missing',
		srvName: KMS_SRV_NAME,
		frames: [published, frameOf(sim, newest.name, lateAt)],
	};
}
