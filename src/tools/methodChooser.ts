/**
 * "Which activation method fits?" as a pure function. The rules behind it (src/data/rules.ts):
 * thresholds 25 (client OS) and 5 (server OS, volume Office) counted over all machines that
 * contact the host (R5, R6), 180-day activation validity (R7), ADBA only for domain members on
 * Windows 8.1 / Server 2012 or later (R10), isolated networks (MAK by phone, R9).
 */

export type ActivationMethod = 'ADBA' | 'KMS' | 'MAK';

export interface MethodAnswers {
	/** Are the machines members of an Active Directory domain? */
	readonly domain: 'all' | 'some' | 'none';
	/** Are they all Windows 8.1 / Windows Server 2012 or later? */
	readonly versions: 'modern' | 'some-older';
	/** Windows client machines (Windows 10/11 …). */
	readonly clients: number;
	/** Windows Server machines. */
	readonly servers: number;
	/** Do they all reach the corporate network at least once every 180 days? */
	readonly connection: 'regular' | 'some-away';
	/** Is there an isolated network, and can it reach a central KMS host on TCP 1688 (RPC)? */
	readonly isolated: 'no' | 'reaches-central' | 'closed';
	/** Is volume-licensed Office in use? */
	readonly office: boolean;
}

/** Which machines a part of the recommendation covers. */
export type MachineGroup =
	'all' | 'domain-modern' | 'others' | 'servers' | 'clients' | 'away' | 'isolated';

/** Why a method was picked, or something to keep in mind. Texts live in methodTexts.ts. */
export type ReasonId =
	| 'adba-all'
	| 'adba-part'
	| 'kms-threshold-met'
	| 'kms-servers-only'
	| 'below-threshold'
	| 'away-180'
	| 'isolated-closed'
	| 'isolated-central'
	| 'office-adba'
	| 'office-kms'
	| 'older-need-kms'
	| 'count-only-kms-users'
	| 'two-hosts'
	| 'no-machines';

export interface MethodPart {
	readonly method: ActivationMethod;
	readonly group: MachineGroup;
	readonly reasons: readonly ReasonId[];
}

export interface MethodAdvice {
	/** One method for everyone, several (`mix`), or nothing to activate (`none`). */
	readonly verdict: ActivationMethod | 'mix' | 'none';
	readonly parts: readonly MethodPart[];
	/** Things to keep in mind that do not change the verdict. */
	readonly notes: readonly ReasonId[];
	/** Machines counted toward the KMS threshold (clients + servers). */
	readonly kmsCount: number;
}

export const CLIENT_THRESHOLD = 25;
export const SERVER_THRESHOLD = 5;
/** Microsoft recommends at least two KMS hosts above this many clients. */
export const SECOND_HOST_ABOVE = 50;

/** Counts typed by a reader may be empty, negative or fractional: treat them as whole, ≥ 0. */
export function cleanCount(value: number): number {
	return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** How the connected (non-isolated, regularly seen) machines should activate through KMS or MAK. */
function kmsOrMak(
	clients: number,
	servers: number,
	group: 'all' | 'others',
	extra: readonly ReasonId[]
): MethodPart[] {
	const total = clients + servers;
	const serversActivate = servers === 0 || total >= SERVER_THRESHOLD;
	const clientsActivate = clients === 0 || total >= CLIENT_THRESHOLD;
	if (serversActivate && clientsActivate) {
		return [{ method: 'KMS', group, reasons: ['kms-threshold-met', ...extra] }];
	}
	if (serversActivate && servers > 0) {
		// Servers reach 5 but clients never see 25: KMS activates only the servers.
		return [
			{ method: 'KMS', group: 'servers', reasons: ['kms-servers-only', ...extra] },
			{ method: 'MAK', group: 'clients', reasons: ['below-threshold'] },
		];
	}
	return [{ method: 'MAK', group, reasons: ['below-threshold', ...extra] }];
}

export function chooseMethod(answers: MethodAnswers): MethodAdvice {
	const clients = cleanCount(answers.clients);
	const servers = cleanCount(answers.servers);
	const total = clients + servers;
	const parts: MethodPart[] = [];
	const notes: ReasonId[] = [];

	if (total === 0) {
		return { verdict: 'none', parts: [], notes: ['no-machines'], kmsCount: 0 };
	}

	const adbaForAll = answers.domain === 'all' && answers.versions === 'modern';
	if (adbaForAll) {
		parts.push({
			method: 'ADBA',
			group: 'all',
			reasons: answers.office ? ['adba-all', 'office-adba'] : ['adba-all'],
		});
	} else if (answers.domain === 'none') {
		parts.push(...kmsOrMak(clients, servers, 'all', answers.office ? ['office-kms'] : []));
	} else {
		// Some machines can use ADBA, the rest (workgroup or pre-8.1) need KMS or MAK.
		parts.push({
			method: 'ADBA',
			group: 'domain-modern',
			reasons: answers.office ? ['adba-part', 'office-adba'] : ['adba-part'],
		});
		const extra: ReasonId[] = answers.versions === 'some-older' ? ['older-need-kms'] : [];
		if (answers.office) extra.push('office-kms');
		parts.push(...kmsOrMak(clients, servers, 'others', extra));
		notes.push('count-only-kms-users');
	}

	if (answers.connection === 'some-away') {
		parts.push({ method: 'MAK', group: 'away', reasons: ['away-180'] });
	}
	if (answers.isolated === 'closed') {
		parts.push({ method: 'MAK', group: 'isolated', reasons: ['isolated-closed'] });
	} else if (answers.isolated === 'reaches-central') {
		notes.push('isolated-central');
	}
	if (parts.some((part) => part.method === 'KMS') && clients > SECOND_HOST_ABOVE) {
		notes.push('two-hosts');
	}

	const methods = [...new Set(parts.map((part) => part.method))];
	const verdict = methods.length === 1 ? (methods[0] as ActivationMethod) : 'mix';
	return { verdict, parts, notes, kmsCount: total };
}
