import {
	CLIENT_ACTIVATION_THRESHOLD,
	OFFICE_ACTIVATION_THRESHOLD,
	SECOND_KMS_HOST_ABOVE_CLIENTS,
	SERVER_ACTIVATION_THRESHOLD,
} from '../data/timers.ts';

/**
 * "Which activation method fits?" as a pure function. The numbers come from src/data/timers.ts:
 * a Windows client activates at a count of 25, a Windows Server at 5, and the count is of all
 * distinct machines that contact the host (rules R5 and R6 in src/data/rules.ts). Machines on MAK or ADBA
 * never contact the KMS host, so only the machines the advice puts on KMS count toward it.
 * ADBA only for domain members on Windows 8.1 / Server 2012 or later (rule R10).
 */

export type ActivationMethod = 'ADBA' | 'KMS' | 'MAK';

export interface MethodAnswers {
	/** Are the machines members of an Active Directory domain? */
	readonly domain: 'all' | 'some' | 'none';
	/** Are they all Windows 8.1 / Windows Server 2012 or later? */
	readonly versions: 'modern' | 'some-older';
	/** Windows client machines (Windows 10/11 …): a whole number from 0 to MAX_COUNT. */
	readonly clients: number;
	/** Windows Server machines: a whole number from 0 to MAX_COUNT. */
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

/** Why a method was picked, or something to keep in mind. Texts live in src/i18n (tools.chooser.reason.*). */
export type ReasonId =
	| 'adba-all'
	| 'adba-part'
	| 'kms-threshold-met'
	| 'kms-servers-only'
	| 'below-threshold'
	| 'clients-leave-count'
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
	/** Machines the advice puts on KMS, which is the count their KMS host would see. */
	readonly kmsCount: number;
}

/** Largest count the chooser accepts for clients or servers; anything above is refused with a message. */
export const MAX_COUNT = 1_000_000;

/** The numbers the chooser's texts quote, for their `{client}`, `{server}` … placeholders. */
export const CHOOSER_NUMBERS = {
	client: CLIENT_ACTIVATION_THRESHOLD,
	server: SERVER_ACTIVATION_THRESHOLD,
	office: OFFICE_ACTIVATION_THRESHOLD,
	above: SECOND_KMS_HOST_ABOVE_CLIENTS,
	max: MAX_COUNT,
} as const;

/** Why a typed count was refused. */
export type CountProblem = 'empty' | 'negative' | 'not-whole' | 'too-large';

export type CountResult =
	| { readonly ok: true; readonly value: number }
	| { readonly ok: false; readonly problem: CountProblem };

/** Reads a count as typed: a whole number from 0 to MAX_COUNT, or the reason it is not one. */
export function parseCount(text: string): CountResult {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: false, problem: 'empty' };
	// Longer than MAX_COUNT's digits (plus a sign) cannot be valid: refuse before converting.
	if (trimmed.length > String(MAX_COUNT).length + 1) {
		return { ok: false, problem: /^-/.test(trimmed) ? 'negative' : 'too-large' };
	}
	const value = Number(trimmed);
	if (Number.isNaN(value)) return { ok: false, problem: 'not-whole' };
	if (value < 0 || Object.is(value, -0)) return { ok: false, problem: 'negative' };
	if (!/^\d+$/.test(trimmed)) return { ok: false, problem: 'not-whole' };
	if (value > MAX_COUNT) return { ok: false, problem: 'too-large' };
	return { ok: true, value };
}

function isValidCount(value: number): boolean {
	return Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/**
 * How the machines that neither ADBA nor MAK takes should activate. A KMS host only counts the
 * machines that contact it, so the advice must reach the threshold with the machines it puts
 * on KMS alone: all of them (clients need 25), the servers alone (servers need 5), or none.
 */
function kmsOrMak(
	clients: number,
	servers: number,
	group: 'all' | 'others',
	extra: readonly ReasonId[]
): MethodPart[] {
	const total = clients + servers;
	const allActivate =
		clients > 0 ? total >= CLIENT_ACTIVATION_THRESHOLD : servers >= SERVER_ACTIVATION_THRESHOLD;
	if (allActivate) {
		return [{ method: 'KMS', group, reasons: ['kms-threshold-met', ...extra] }];
	}
	if (servers >= SERVER_ACTIVATION_THRESHOLD) {
		return [
			{ method: 'KMS', group: 'servers', reasons: ['kms-servers-only', ...extra] },
			{ method: 'MAK', group: 'clients', reasons: ['below-threshold'] },
		];
	}
	// Together they may reach the server threshold, but clients on MAK would not be counted.
	const reasons: ReasonId[] =
		servers > 0 && clients > 0 && total >= SERVER_ACTIVATION_THRESHOLD
			? ['below-threshold', 'clients-leave-count']
			: ['below-threshold'];
	return [{ method: 'MAK', group, reasons: [...reasons, ...extra] }];
}

/** The advice for valid answers. Counts must be whole numbers from 0 to MAX_COUNT (see parseCount). */
export function chooseMethod(answers: MethodAnswers): MethodAdvice {
	if (!isValidCount(answers.clients) || !isValidCount(answers.servers)) {
		throw new RangeError(`Counts must be whole numbers from 0 to ${MAX_COUNT}.`);
	}
	const { clients, servers } = answers;
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
	const kmsParts = parts.filter((part) => part.method === 'KMS');
	const kmsClients = kmsParts.some((part) => part.group !== 'servers') ? clients : 0;
	const kmsServers = kmsParts.length > 0 ? servers : 0;
	if (kmsClients > SECOND_KMS_HOST_ABOVE_CLIENTS) notes.push('two-hosts');

	const methods = [...new Set(parts.map((part) => part.method))];
	const verdict = methods.length === 1 ? (methods[0] as ActivationMethod) : 'mix';
	return { verdict, parts, notes, kmsCount: kmsClients + kmsServers };
}

// ---- The form's state in the page address (?domain=none&clients=10&servers=2 …) ----

/** The form as the reader left it: counts stay text so a refused entry is shown as typed. */
export interface MethodForm extends Omit<MethodAnswers, 'clients' | 'servers'> {
	readonly clients: string;
	readonly servers: string;
}

export const DEFAULT_FORM: MethodForm = {
	domain: 'all',
	versions: 'modern',
	clients: '30',
	servers: '5',
	connection: 'regular',
	isolated: 'no',
	office: false,
};

const CHOICES = {
	domain: ['all', 'some', 'none'],
	versions: ['modern', 'some-older'],
	connection: ['regular', 'some-away'],
	isolated: ['no', 'reaches-central', 'closed'],
} as const;

/** A query string longer than this is not ours: it is ignored and the defaults are shown. */
export const MAX_QUERY_LENGTH = 300;
/** A count in the address longer than this is cut: parseCount then refuses it as too large. */
const MAX_COUNT_TEXT = 12;

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
	return allowed.find((choice) => choice === value) ?? fallback;
}

/** Reads the form from a query string (`location.search`); unknown or bad values fall back to the defaults. */
export function formFromQuery(search: string): MethodForm {
	if (search.length > MAX_QUERY_LENGTH) return DEFAULT_FORM;
	const params = new URLSearchParams(search);
	const count = (name: 'clients' | 'servers'): string =>
		params.get(name)?.slice(0, MAX_COUNT_TEXT) ?? DEFAULT_FORM[name];
	return {
		domain: pick(params.get('domain'), CHOICES.domain, DEFAULT_FORM.domain),
		versions: pick(params.get('versions'), CHOICES.versions, DEFAULT_FORM.versions),
		clients: count('clients'),
		servers: count('servers'),
		connection: pick(params.get('connection'), CHOICES.connection, DEFAULT_FORM.connection),
		isolated: pick(params.get('isolated'), CHOICES.isolated, DEFAULT_FORM.isolated),
		office: params.get('office') === 'yes',
	};
}

/** Writes the form as a query string (with its leading `?`), the inverse of formFromQuery. */
export function queryFromForm(form: MethodForm): string {
	const params = new URLSearchParams({
		domain: form.domain,
		versions: form.versions,
		clients: form.clients.slice(0, MAX_COUNT_TEXT),
		servers: form.servers.slice(0, MAX_COUNT_TEXT),
		connection: form.connection,
		isolated: form.isolated,
		office: form.office ? 'yes' : 'no',
	});
	return `?${params.toString()}`;
}

export type FormResult =
	| { readonly ok: true; readonly answers: MethodAnswers }
	| {
			readonly ok: false;
			readonly problems: Readonly<Partial<Record<'clients' | 'servers', CountProblem>>>;
	  };

/** Checks the typed counts; the answers when both are valid, otherwise what is wrong with each. */
export function readForm(form: MethodForm): FormResult {
	const clients = parseCount(form.clients);
	const servers = parseCount(form.servers);
	if (clients.ok && servers.ok) {
		return { ok: true, answers: { ...form, clients: clients.value, servers: servers.value } };
	}
	return {
		ok: false,
		problems: {
			...(clients.ok ? {} : { clients: clients.problem }),
			...(servers.ok ? {} : { servers: servers.problem }),
		},
	};
}
