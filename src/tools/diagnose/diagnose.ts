import {
	CAUSE_RULES,
	RENEWAL_LATE_MINUTES,
	type CauseId,
	type CauseRule,
	type Channel,
	type GuideLink,
	type MissingId,
} from '../../data/diagnosis.ts';
import { DATA_CAUSE_RULES } from '../../data/dataCauseRules.ts';
import { isDocumentedCode } from '../../data/errorCodeList.ts';
import { isKnownCode, type CodeHit } from './codes.ts';
import { isEvaluationChannel, type DataNote } from './dataNotes.ts';
import type { NetworkParse } from './network.ts';
import type { Fact, MachineSituation, Ref } from './situation.ts';

/**
 * From what the pastes say to likely causes, most likely first, each with the lines that show it,
 * the commands to run next and where the guide explains it. Rules read facts only; every number
 * they compare comes from src/data (thresholds via timers.ts).
 */

export type EvidenceKind =
	| 'code'
	| 'event'
	| 'licenseStatus'
	| 'minutesLeft'
	| 'notificationReason'
	| 'channel'
	| 'kmsHost'
	| 'count'
	| 'threshold'
	| 'tcpTest'
	| 'nameResolution'
	| 'nslookup'
	| 'dnsPublishing'
	| 'failedRequests'
	| 'cmid'
	| 'result'
	| 'hostStatus'
	| 'discovery';

export interface Evidence {
	readonly kind: EvidenceKind;
	readonly ref: Ref;
	readonly value?: string | number | boolean;
}

/** Values a cause's wording needs (fixed keys; never keys taken from the paste). */
export interface CauseParams {
	readonly code?: string;
	readonly reported?: string;
	readonly host?: string;
	readonly port?: number;
	readonly count?: number;
	readonly threshold?: number;
	readonly minutes?: number;
	readonly channel?: Channel;
	readonly status?: number;
}

export interface Cause {
	readonly id: CauseId;
	readonly params: CauseParams;
	readonly evidence: readonly Evidence[];
	/** Commands to run next, with `<host>` filled in when the paste names the host. */
	readonly commands: readonly string[];
	readonly guide: GuideLink;
	/** Code whose entry on the error reference page explains this (null when it has none). */
	readonly errorEntry: string | null;
}

export interface PasteFacts {
	readonly paste: number;
	readonly situation: MachineSituation;
	readonly network: NetworkParse;
	readonly codes: readonly CodeHit[];
	readonly dataNotes: readonly DataNote[];
}

/** The catch-all causes, which come after every specific one. */
const GENERIC: ReadonlySet<CauseId> = new Set(['see_error_entry', 'unknown_code']);
const ALL_RULES: readonly CauseRule[] = [
	...CAUSE_RULES.filter((r) => !GENERIC.has(r.id)),
	...DATA_CAUSE_RULES,
	...CAUSE_RULES.filter((r) => GENERIC.has(r.id)),
];
const RULES: ReadonlyMap<CauseId, CauseRule> = new Map(ALL_RULES.map((r) => [r.id, r]));
/** Cause order when several apply: the most specific and most often decisive first. */
const ORDER: readonly CauseId[] = ALL_RULES.map((r) => r.id);

/** Evidence lines kept per code: a paste repeating one code a thousand times needs only the first few. */
const MAX_HITS = 20;

export const DNS_NOT_FOUND = ['0x8007232B', '0x8007251D', '0x8007007B', '0x80092328'];

interface Builder {
	add(id: CauseId, evidence: Evidence[], params?: CauseParams, errorCode?: string): void;
	has(id: CauseId): boolean;
	list(): Cause[];
}

function builder(host: string | null): Builder {
	// One cause per id, except the per-code ones, which get one entry per code.
	const causes = new Map<
		string,
		{ id: CauseId; params: CauseParams; evidence: Evidence[]; errorCode: string | undefined }
	>();
	const keyOf = (id: CauseId, params: CauseParams): string =>
		id === 'see_error_entry' || id === 'unknown_code' ? `${id}|${params.code ?? ''}` : id;
	return {
		add(id, evidence, params = {}, errorCode) {
			const key = keyOf(id, params);
			const seen = causes.get(key);
			if (seen !== undefined) seen.evidence.push(...evidence);
			else causes.set(key, { id, params, evidence: [...evidence], errorCode });
		},
		has: (id) => [...causes.values()].some((c) => c.id === id),
		list() {
			const all = [...causes.values()];
			return ORDER.flatMap((id) => all.filter((c) => c.id === id)).map((c) => {
				const id = c.id;
				const rule = RULES.get(id) as CauseRule;
				const entry = c.errorCode ?? c.params.code ?? rule.codes[0];
				const name = c.params.host ?? host;
				return {
					id,
					params: c.params,
					evidence: dedupe(c.evidence),
					commands: rule.commands.map((cmd) => (name === null ? cmd : cmd.replace('<host>', name))),
					guide: rule.guide,
					errorEntry: entry !== undefined && isDocumentedCode(entry) ? entry : null,
				};
			});
		},
	};
}

function dedupe(evidence: readonly Evidence[]): Evidence[] {
	const seen = new Set<string>();
	return evidence.filter((e) => {
		const key = `${e.kind}|${e.ref.paste}|${e.ref.from}|${e.ref.to}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function ev<T extends string | number | boolean>(
	kind: EvidenceKind,
	f: Fact<T> | null
): Evidence[] {
	return f === null ? [] : [{ kind, ref: f.ref, value: f.value }];
}

function codeEvidence(hits: readonly CodeHit[]): Evidence[] {
	return hits.map((h) => ({
		kind: 'code' as const,
		ref: { paste: h.paste, from: h.line, to: h.to },
		value: h.code,
	}));
}

export interface Judgement {
	readonly causes: Cause[];
	readonly missing: MissingId[];
	/** The host's count against the threshold of the client(s) seen, when both are known. */
	readonly countCheck: {
		readonly count: Fact<number>;
		readonly threshold: Fact<number>;
		readonly below: boolean;
	} | null;
	/** The code behind a generic 0xC004F074, from event 12288's first field. */
	readonly realCause: { readonly reported: string; readonly cause: string } | null;
}

const noteEvidence = (paste: number, n: DataNote, kind: EvidenceKind): Evidence => ({
	kind,
	ref: { paste, from: n.from, to: n.to },
	value:
		n.kind === 'event'
			? n.id
			: n.kind === 'azure'
				? n.host
				: n.kind === 'evaluation'
					? n.channel
					: '',
});

/**
 * Causes from what src/data explains beyond codes: Azure KMS as the host of a failing VM, an
 * evaluation edition that expired (or a shutdown by it), and event 8198, whose hr= is generic.
 */
function dataCauses(
	pastes: readonly PasteFacts[],
	b: Builder,
	missing: Set<MissingId>,
	anyFailing: boolean,
	explained: boolean
): void {
	const notes = pastes.flatMap((p) => p.dataNotes.map((n) => ({ paste: p.paste, n })));
	const azure = notes.filter((x) => x.n.kind === 'azure');
	if (azure.length > 0 && anyFailing)
		b.add(
			'azure_kms',
			azure.map((x) => noteEvidence(x.paste, x.n, 'kmsHost')),
			azure[0]?.n.kind === 'azure' ? { host: azure[0].n.host } : {}
		);
	const evaluation = notes.filter(
		(x) => x.n.kind === 'evaluation' && isEvaluationChannel(x.n.channel)
	);
	const shutdowns = notes.filter(
		(x) => x.n.kind === 'event' && (x.n.key === 'user32-1074' || x.n.key === 'wlms-100')
	);
	const expired = pastes.some(
		(p) =>
			p.dataNotes.some((n) => n.kind === 'evaluation') &&
			p.situation.licenseStatus !== null &&
			p.situation.licenseStatus.value !== 1 &&
			p.situation.licenseStatus.value !== 2
	);
	if (evaluation.length > 0 && (expired || shutdowns.length > 0))
		b.add('evaluation_expired', [
			...evaluation.map((x) => noteEvidence(x.paste, x.n, 'channel')),
			...shutdowns.map((x) => noteEvidence(x.paste, x.n, 'event')),
			...pastes.flatMap((p) =>
				p.dataNotes.some((n) => n.kind === 'evaluation')
					? ev('licenseStatus', p.situation.licenseStatus)
					: []
			),
		]);
	const slui = notes.filter((x) => x.n.kind === 'event' && x.n.id === 8198);
	if (slui.length > 0) {
		const hr = slui.find((x) => x.n.kind === 'event' && x.n.hr !== null)?.n;
		b.add(
			'slui_failed',
			slui.map((x) => noteEvidence(x.paste, x.n, 'event')),
			hr?.kind === 'event' && hr.hr !== null ? { code: hr.hr } : {}
		);
		if (!explained) missing.add('event_12288');
	}
}

export function judge(pastes: readonly PasteFacts[]): Judgement {
	const hits = pastes.flatMap((p) => p.codes);
	const grouped = new Map<string, CodeHit[]>();
	for (const h of hits) grouped.set(h.code, [...(grouped.get(h.code) ?? []), h].slice(0, MAX_HITS));
	const byCode = (codes: readonly string[]): CodeHit[] =>
		codes.flatMap((c) => grouped.get(c) ?? []);
	const clients = pastes.filter((p) => p.situation.role === 'client').map((p) => p.situation);
	const hosts = pastes.filter((p) => p.situation.role === 'host').map((p) => p.situation);
	const machines = pastes.map((p) => p.situation);
	const named =
		machines.find((m) => m.kmsHost !== null)?.kmsHost?.value.name ??
		pastes.find((p) => p.network.tnc?.computer)?.network.tnc?.computer ??
		null;
	const b = builder(named);
	const missing = new Set<MissingId>();
	const failing = (m: MachineSituation): boolean =>
		m.lastResult !== null && m.lastResult.result !== 'success';
	const anyFailing = machines.some(failing) || hits.length > 0;

	// The real answer behind "no KMS could be contacted" is the first field of event 12288.
	const f074 = byCode(['0xC004F074']);
	const cause =
		machines.find((m) => m.eventCause !== null && m.eventCause.value !== '0xC004F074')
			?.eventCause ?? null;
	const realCause =
		f074.length > 0 && cause !== null ? { reported: '0xC004F074', cause: cause.value } : null;
	if (f074.length > 0 && cause === null) missing.add('event_12288');

	const accessDenied = byCode(['0x80070005', '0xC004F025']);
	if (accessDenied.length > 0)
		b.add('access_denied', codeEvidence(accessDenied), { code: accessDenied[0]?.code });
	const skew = byCode(['0xC004F06C']);
	if (skew.length > 0)
		b.add('clock_skew', [...codeEvidence(skew), ...codeEvidence(f074)], {
			code: '0xC004F06C',
			...(realCause ? { reported: realCause.reported } : {}),
		});
	const mismatch = byCode(['0xC004F042']);
	const failedOnHost = hosts.find((h) => (h.host?.failedRequests?.value ?? 0) > 0);
	if (mismatch.length > 0)
		b.add(
			'wrong_host_or_old_key',
			[
				...codeEvidence(mismatch),
				...ev('failedRequests', failedOnHost?.host?.failedRequests ?? null),
			],
			{ code: '0xC004F042' }
		);
	const notActivated = byCode(['0xC004F041']);
	const unlicensedHost = hosts.find(
		(h) => h.licenseStatus !== null && h.licenseStatus.value !== 1 && h.host !== null
	);
	if (notActivated.length > 0 || unlicensedHost !== undefined)
		b.add(
			'host_not_activated',
			[...codeEvidence(notActivated), ...ev('hostStatus', unlicensedHost?.licenseStatus ?? null)],
			{ code: '0xC004F041' }
		);

	// Count against threshold: the host's count (its /dlv, else the client's 12289) and the client's N-Policy.
	const countFact =
		hosts.find((h) => h.host?.count)?.host?.count ??
		clients.find((c) => c.reportedCount)?.reportedCount ??
		null;
	const thresholdFact =
		clients.find((c) => c.threshold?.from === 'nPolicy')?.threshold ??
		clients.find((c) => c.threshold)?.threshold ??
		null;
	const countCheck =
		countFact !== null && thresholdFact !== null
			? { count: countFact, threshold: thresholdFact, below: countFact.value < thresholdFact.value }
			: null;
	const notEnough = byCode(['0xC004F038']);
	if (notEnough.length > 0 || countCheck?.below === true) {
		b.add(
			'count_below_threshold',
			[...codeEvidence(notEnough), ...ev('count', countFact), ...ev('threshold', thresholdFact)],
			{
				code: '0xC004F038',
				...(countFact ? { count: countFact.value } : {}),
				...(thresholdFact ? { threshold: thresholdFact.value } : {}),
			}
		);
		if (countFact === null) missing.add('host_dlv');
	}
	const cmids = clients.filter((c) => c.cmid !== null);
	const twin = cmids.find((c, i) =>
		cmids.some((d, j) => j !== i && d.cmid?.value.toLowerCase() === c.cmid?.value.toLowerCase())
	);
	if (twin !== undefined)
		b.add(
			'duplicate_cmid',
			cmids
				.filter((c) => c.cmid?.value.toLowerCase() === twin.cmid?.value.toLowerCase())
				.flatMap((c) => ev('cmid', c.cmid))
		);
	else if (countFact?.value === 1 && b.has('count_below_threshold'))
		b.add('duplicate_cmid', ev('count', countFact), { count: 1 });

	for (const m of hosts) {
		for (const e of m.events) {
			if (e.id !== 12293) continue;
			const r = { paste: m.paste, from: e.from, to: e.to };
			b.add(
				e.hresult === '0x80072338' ? 'dns_publish_denied' : 'dns_publish_failed',
				[{ kind: 'event', ref: r, value: e.hresult ?? 12293 }],
				e.hresult === null ? {} : { code: e.hresult }
			);
		}
	}
	const notFound = byCode(DNS_NOT_FOUND);
	const nx = pastes.find((p) => p.network.nslookup?.failure?.reason === 'nxdomain');
	const discoveryFailed = clients.filter((c) => c.dnsDiscoveryFailed !== null && failing(c));
	if (notFound.length > 0 || nx !== undefined) {
		const nsEv: Evidence[] = nx?.network.nslookup?.failure
			? [
					{
						kind: 'nslookup',
						ref: {
							paste: nx.paste,
							from: nx.network.nslookup.failure.from,
							to: nx.network.nslookup.failure.to,
						},
						value: 'nxdomain',
					},
				]
			: [];
		b.add(
			'no_srv_record',
			[
				...codeEvidence(notFound),
				...nsEv,
				...discoveryFailed.map((c) => ({
					kind: 'discovery' as const,
					ref: c.dnsDiscoveryFailed as Ref,
				})),
			],
			{ code: notFound[0]?.code ?? '0x8007232B' }
		);
		if (nx === undefined && !pastes.some((p) => p.network.nslookup)) missing.add('nslookup');
		const off = hosts.find((h) => h.host?.dnsPublishing?.value === false);
		if (off !== undefined)
			b.add('dns_publishing_disabled', ev('dnsPublishing', off.host?.dnsPublishing ?? null));
	}
	const dnsDown = byCode(['0x8007232A']);
	const timeout = pastes.find((p) => p.network.nslookup?.failure?.reason === 'timeout');
	if (dnsDown.length > 0 || timeout !== undefined)
		b.add(
			'dns_server_failure',
			[
				...codeEvidence(dnsDown),
				...(timeout?.network.nslookup?.failure
					? [
							{
								kind: 'nslookup' as const,
								ref: {
									paste: timeout.paste,
									from: timeout.network.nslookup.failure.from,
									to: timeout.network.nslookup.failure.to,
								},
								value: 'timeout',
							},
						]
					: []),
			],
			{ code: '0x8007232A' }
		);

	for (const p of pastes) {
		const tnc = p.network.tnc;
		if (tnc === null) continue;
		const r = { paste: p.paste, from: tnc.from, to: tnc.to };
		if (tnc.nameResolutionFailed)
			b.add(
				'name_resolution_failed',
				[{ kind: 'nameResolution', ref: r, value: tnc.computer ?? '' }],
				tnc.computer ? { host: tnc.computer } : {}
			);
		else if (tnc.tcpSucceeded === false)
			b.add('port_blocked', [{ kind: 'tcpTest', ref: r, value: false }], {
				...(tnc.computer ? { host: tnc.computer } : {}),
				port: tnc.port ?? 1688,
			});
	}
	const rpc = byCode(['0x800706BA']);
	if (rpc.length > 0) b.add('port_blocked', codeEvidence(rpc), { code: '0x800706BA', port: 1688 });
	const disabled = byCode(['0xC004F039']);
	if (disabled.length > 0) b.add('kms_not_enabled', codeEvidence(disabled), { code: '0xC004F039' });

	if (f074.length > 0 && !b.has('clock_skew')) {
		const manual = clients.find((c) => c.kmsHost?.value.via === 'skms');
		if (manual?.kmsHost)
			b.add(
				'manual_host',
				[
					...codeEvidence(f074),
					...ev('kmsHost', { value: manual.kmsHost.value.name, ref: manual.kmsHost.ref }),
				],
				{ host: manual.kmsHost.value.name }
			);
		const explained =
			b.has('port_blocked') ||
			b.has('name_resolution_failed') ||
			b.has('no_srv_record') ||
			b.has('dns_server_failure') ||
			b.has('wrong_host_or_old_key');
		if (!explained && (realCause === null || !isKnownCode(realCause.cause)))
			b.add('host_unreachable', codeEvidence(f074), { code: '0xC004F074' });
		if (!pastes.some((p) => p.network.tnc)) missing.add('test_netconnection');
		if (hosts.length === 0) missing.add('host_dlv');
	}
	if (realCause !== null && !b.has('clock_skew') && cause !== null)
		b.add(
			isKnownCode(realCause.cause) ? 'see_error_entry' : 'unknown_code',
			[{ kind: 'event', ref: cause.ref, value: cause.value }],
			{ code: realCause.cause, reported: '0xC004F074' }
		);

	const kmsTrouble = f074.length > 0 || notFound.length > 0 || notEnough.length > 0;
	for (const c of machines) {
		const ch = c.channel?.value;
		if (
			ch !== undefined &&
			ch !== 'kmsClient' &&
			ch !== 'adba' &&
			ch !== 'kmsHost' &&
			(kmsTrouble || (c.licenseStatus !== null && c.licenseStatus.value !== 1))
		)
			b.add('not_kms_channel', ev('channel', c.channel), { channel: ch });
		const reason = c.notificationReason?.value;
		if (
			reason === '0xC004F009' ||
			(byCode(['0xC004F009']).length > 0 && c.licenseStatus?.value === 5)
		)
			b.add(
				'grace_expired',
				[
					...ev('licenseStatus', c.licenseStatus),
					...ev('notificationReason', c.notificationReason),
				],
				{ code: '0xC004F009' }
			);
		if (reason === '0xC004F200' || c.licenseStatus?.value === 4)
			b.add(
				'non_genuine',
				[
					...ev('licenseStatus', c.licenseStatus),
					...ev('notificationReason', c.notificationReason),
				],
				{ code: '0xC004F200' }
			);
		if (c.licenseStatus?.value === 3)
			b.add('out_of_tolerance', ev('licenseStatus', c.licenseStatus), {
				...(c.minutesLeft ? { minutes: c.minutesLeft.value } : {}),
			});
		const volume = ch === 'kmsClient' || ch === 'adba';
		if (
			volume &&
			c.licenseStatus?.value === 1 &&
			c.minutesLeft !== null &&
			c.minutesLeft.value > 0 &&
			c.minutesLeft.value < RENEWAL_LATE_MINUTES
		)
			b.add(
				'renewal_late',
				[...ev('licenseStatus', c.licenseStatus), ...ev('minutesLeft', c.minutesLeft)],
				{ minutes: c.minutesLeft.value }
			);
		if (
			c.role === 'client' &&
			c.licenseStatus?.value === 2 &&
			(c.lastResult === null || c.lastResult.result === 'failed') &&
			hits.length === 0
		) {
			b.add(
				'not_yet_activated',
				[...ev('licenseStatus', c.licenseStatus), ...ev('minutesLeft', c.minutesLeft)],
				{ ...(c.minutesLeft ? { minutes: c.minutesLeft.value } : {}) }
			);
			missing.add('ato_output');
			missing.add('event_12288');
		}
	}
	if (byCode(['0xC004F200']).length > 0)
		b.add('non_genuine', codeEvidence(byCode(['0xC004F200'])), { code: '0xC004F200' });
	// Azure KMS is a cause only where something failed: a failing code or another cause found above.
	dataCauses(pastes, b, missing, anyFailing || b.list().length > 0, realCause !== null);

	// Any failure code no rule above explains: point to its entry, or say we do not know it.
	const covered = new Set(
		b.list().flatMap((c) => [c.params.code, c.params.reported, ...(RULES.get(c.id)?.codes ?? [])])
	);
	for (const [code, same] of grouped) {
		if (covered.has(code) || code === realCause?.cause) continue;
		b.add(
			isKnownCode(code) ? 'see_error_entry' : 'unknown_code',
			codeEvidence(same),
			{ code },
			code
		);
	}
	if (anyFailing && clients.length === 0 && hosts.length === 0) missing.add('client_dlv');
	if (b.has('host_unreachable') || b.has('port_blocked')) missing.add('event_12290');
	return { causes: b.list(), missing: [...missing], countCheck, realCause };
}
