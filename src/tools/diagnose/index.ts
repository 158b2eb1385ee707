import type { KmsEventId, MissingId, SlmgrField } from '../../data/diagnosis.ts';
import { THRESHOLDS } from '../../data/diagnosis.ts';
import { findCodes, isKnownCode, type CodeForm, type CodeHit } from './codes.ts';
import { findDataNotes, type DataNote } from './dataNotes.ts';
import { judge, type Cause, type Judgement } from './diagnose.ts';
import { parseEvents, startsEventRecord, type EventForm } from './events.ts';
import {
	parseNetwork,
	startsNetworkRecord,
	type NslookupResult,
	type SrvRecord,
	type TncResult,
} from './network.ts';
import { MAX_PASTE_CHARS, normalizePaste } from './normalize.ts';
import { chronological, situationOf, type MachineSituation } from './situation.ts';
import { parseSlmgr, startsSlmgrField } from './slmgr.ts';

/**
 * The paste diagnosis: `diagnose(texts)` reads what a help desk pasted (slmgr output, events,
 * nslookup, Test-NetConnection, a bare error code; several pastes at once) and returns data only:
 * codes, facts with their line spans, causes with parameters, what is missing. Words live in
 * src/i18n/diagnose. Nothing here does I/O; the same call runs in a page and in the CLI.
 */

export type { Cause, CauseParams, Evidence, EvidenceKind } from './diagnose.ts';
export type { Ref, Fact, LicenseStatus, HostVia } from './situation.ts';
export type { CodeForm } from './codes.ts';
export type { DataNote } from './dataNotes.ts';

import { MAX_PASTES } from './limits.ts';
export { MAX_PASTES };

export type PasteKind =
	| 'slmgr_dli'
	| 'slmgr_dlv'
	| 'slmgr_xpr'
	| 'slmgr_ato'
	| 'ospp'
	| 'event'
	| 'nslookup'
	| 'test_netconnection'
	| 'error_code';

export interface PasteSummary {
	readonly paste: number;
	readonly kinds: readonly PasteKind[];
	readonly role: MachineSituation['role'];
	readonly lines: number;
	readonly chars: number;
	readonly truncated: boolean;
	/** Every slmgr field recognised, with its span. */
	readonly fields: readonly {
		readonly field: SlmgrField;
		readonly value: string;
		readonly from: number;
		readonly to: number;
	}[];
	/** nslookup's SRV records and failure, Test-NetConnection's result. */
	readonly srv: readonly SrvRecord[];
	readonly dnsFailure: NslookupResult['failure'];
	readonly tnc: TncResult | null;
	readonly events: readonly {
		readonly id: KmsEventId;
		readonly form: EventForm;
		readonly hresult: string | null;
		readonly from: number;
		readonly to: number;
		readonly fields: readonly { readonly name: string; readonly value: string }[];
	}[];
	/** Lines src/data explains: other activation events, host channels, evaluation, Azure KMS, Notification Reason. */
	readonly dataNotes: readonly DataNote[];
}

export interface CodeReport {
	readonly code: string;
	/** The code to act on: event 12288's first field behind a 0xC004F074, else the first failure shown. */
	readonly primary: boolean;
	/** True when the project has an entry or a rule for it. */
	readonly known: boolean;
	/** For 0xC004F074 with a 12288 event: the code the host really answered. */
	readonly explainedBy: string | null;
	readonly hits: readonly {
		readonly paste: number;
		readonly from: number;
		readonly to: number;
		readonly form: CodeForm;
	}[];
}

export type MachineSummary = Omit<MachineSituation, 'events'>;

export interface Note {
	readonly id: 'count_vs_thresholds';
	readonly count: number;
	readonly client: number;
	readonly server: number;
	readonly paste: number;
}

export interface Diagnosis {
	readonly status: 'healthy' | 'problem' | 'not_recognised';
	readonly primaryCode: string | null;
	readonly codes: readonly CodeReport[];
	readonly causes: readonly Cause[];
	readonly machines: readonly MachineSummary[];
	readonly countCheck: Judgement['countCheck'];
	readonly notes: readonly Note[];
	readonly missing: readonly MissingId[];
	readonly pastes: readonly PasteSummary[];
	/** Pastes beyond MAX_PASTES, not read. */
	readonly skippedPastes: number;
	/** Work done, counted in lines and characters (what the property test bounds). */
	readonly work: { readonly chars: number; readonly lines: number; readonly passes: number };
}

const startsRecord = (text: string): boolean =>
	startsSlmgrField(text) || startsEventRecord(text) || startsNetworkRecord(text);

/** Parser passes over each paste's lines: normalize, codes, slmgr, events, network, data notes. */
const PASSES = 6;

function kindsOf(
	summary: Omit<PasteSummary, 'kinds'>,
	slmgr: ReturnType<typeof parseSlmgr>,
	network: ReturnType<typeof parseNetwork>,
	codes: readonly CodeHit[]
): PasteKind[] {
	const kinds: PasteKind[] = [];
	const has = (...f: SlmgrField[]): boolean => summary.fields.some((x) => f.includes(x.field));
	if (slmgr.products.length > 0)
		kinds.push(
			has('serviceVersion', 'activationId', 'extendedPid', 'installationId', 'applicationId')
				? 'slmgr_dlv'
				: 'slmgr_dli'
		);
	if (
		has(
			'xprVolume',
			'xprPermanent',
			'xprInitialGrace',
			'xprAdditionalGrace',
			'xprNonGenuine',
			'xprExtendedGrace',
			'xprNotification'
		)
	)
		kinds.push('slmgr_xpr');
	if (slmgr.activations.length > 0 || slmgr.errors.length > 0) kinds.push('slmgr_ato');
	if (summary.fields.some((f) => f.field === 'errorText')) kinds.push('ospp');
	if (summary.events.length > 0 || summary.dataNotes.some((n) => n.kind === 'event'))
		kinds.push('event');
	if (network.nslookup !== null) kinds.push('nslookup');
	if (network.tnc !== null) kinds.push('test_netconnection');
	if (kinds.length === 0 && codes.length > 0) kinds.push('error_code');
	return kinds;
}

/** Hit lines kept per code in the report. */
const MAX_HITS = 20;

function codeReports(
	hits: readonly CodeHit[],
	judgement: Judgement,
	machines: readonly MachineSituation[]
): CodeReport[] {
	const byCode = new Map<string, CodeHit[]>();
	for (const h of hits) {
		const list = byCode.get(h.code) ?? [];
		if (list.length < MAX_HITS) list.push(h);
		byCode.set(h.code, list);
	}
	const order = [...byCode.keys()];
	const real = judgement.realCause?.cause ?? null;
	const failing =
		machines.find((m) => m.lastResult !== null && /^0x/.test(m.lastResult.result))?.lastResult
			?.result ?? null;
	const reason =
		machines.find((m) => m.notificationReason !== null)?.notificationReason?.value ?? null;
	const primary = real ?? reason ?? failing ?? order[0] ?? null;
	if (primary !== null && !order.includes(primary)) order.unshift(primary);
	const sorted = primary === null ? order : [primary, ...order.filter((c) => c !== primary)];
	return sorted.map((code) => ({
		code,
		primary: code === primary,
		known: isKnownCode(code),
		explainedBy: code === judgement.realCause?.reported ? judgement.realCause.cause : null,
		hits: (byCode.get(code) ?? []).map((h) => ({
			paste: h.paste,
			from: h.line,
			to: h.to,
			form: h.form,
		})),
	}));
}

function healthy(m: MachineSituation): boolean {
	return m.licenseStatus?.value === 1 || m.lastResult?.result === 'success';
}

export function diagnose(texts: readonly string[]): Diagnosis {
	const list = Array.isArray(texts) ? texts : [];
	const read = list.slice(0, MAX_PASTES).map((t) => (typeof t === 'string' ? t : ''));
	const pastes: PasteSummary[] = [];
	const facts: {
		paste: number;
		situation: MachineSituation;
		network: ReturnType<typeof parseNetwork>;
		codes: CodeHit[];
		dataNotes: DataNote[];
	}[] = [];
	let chars = 0;
	let lineCount = 0;
	read.forEach((text, paste) => {
		const normalized = normalizePaste(text, startsRecord);
		chars += Math.min(text.length, MAX_PASTE_CHARS);
		lineCount += normalized.lines.length;
		const codes = findCodes(normalized.lines, paste);
		const slmgr = parseSlmgr(normalized.lines);
		const events = parseEvents(normalized.lines);
		const network = parseNetwork(normalized.lines);
		const situation = situationOf(paste, slmgr, events, network);
		const reason = situation.notificationReason;
		const dataNotes = findDataNotes(
			normalized.lines,
			reason === null ? null : { value: reason.value, from: reason.ref.from, to: reason.ref.to }
		);
		const base = {
			paste,
			role: situation.role,
			lines: normalized.lines.length,
			chars: normalized.chars,
			truncated: normalized.truncated,
			fields: slmgr.hits.map((h) => ({ field: h.field, value: h.value, from: h.from, to: h.to })),
			srv: network.nslookup?.records ?? [],
			dnsFailure: network.nslookup?.failure ?? null,
			tnc: network.tnc,
			events: chronological(events).map((e) => ({
				id: e.id,
				form: e.form,
				hresult: e.hresult,
				from: e.from,
				to: e.to,
				fields: [...e.fields].map(([name, value]) => ({ name, value })),
			})),
			dataNotes,
		};
		pastes.push({ ...base, kinds: kindsOf(base, slmgr, network, codes) });
		facts.push({ paste, situation, network, codes, dataNotes });
	});
	const judgement = judge(facts);
	const machines = facts.map((f) => f.situation);
	const hits = facts.flatMap((f) => f.codes);
	const codes = codeReports(hits, judgement, machines);
	const recognised = pastes.some((p) => p.kinds.length > 0);
	const notes: Note[] = [];
	if (judgement.countCheck === null) {
		for (const m of machines) {
			const count = m.host?.count?.value;
			if (count !== undefined)
				notes.push({
					id: 'count_vs_thresholds',
					count,
					client: THRESHOLDS.client,
					server: THRESHOLDS.server,
					paste: m.paste,
				});
		}
	}
	const status: Diagnosis['status'] =
		judgement.causes.length > 0
			? 'problem'
			: recognised && machines.some(healthy)
				? 'healthy'
				: 'not_recognised';
	const missing = [...judgement.missing];
	if (status === 'not_recognised' && !missing.includes('client_dlv')) missing.push('client_dlv');
	return {
		status,
		primaryCode: codes.find((c) => c.primary)?.code ?? null,
		codes,
		causes: judgement.causes,
		machines: machines.map(({ events: _events, ...rest }) => rest),
		countCheck: judgement.countCheck,
		notes,
		missing,
		pastes,
		skippedPastes: Math.max(0, list.length - MAX_PASTES),
		work: { chars, lines: lineCount, passes: PASSES },
	};
}
