import {
	CHANNEL_PATTERNS,
	LICENSE_STATUS_VALUES,
	THRESHOLDS,
	type Channel,
} from '../../data/diagnosis.ts';
import { codesInLine } from './codes.ts';
import type { KmsEvent } from './events.ts';
import type { NetworkParse } from './network.ts';
import { squash } from './normalize.ts';
import type { Activation, FieldHit, ProductBlock, SlmgrParse } from './slmgr.ts';

/**
 * What one paste says about its machine, read off the parsed fields: the channel, the license
 * state and time left, which KMS host it used and how it found it, the last result, and (on a
 * host) the count. Every fact keeps the lines it came from, so a finding can show its evidence.
 */

export interface Ref {
	readonly paste: number;
	readonly from: number;
	readonly to: number;
}

export interface Fact<T> {
	readonly value: T;
	readonly ref: Ref;
}

export type LicenseStatus = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type HostVia = 'dns' | 'skms' | 'event' | 'nslookup';

export interface HostFacts {
	readonly count: Fact<number> | null;
	readonly port: Fact<number> | null;
	readonly dnsPublishing: Fact<boolean> | null;
	readonly failedRequests: Fact<number> | null;
	readonly totalRequests: Fact<number> | null;
}

export interface LastResult {
	/** 'success', 'failed' (no code shown) or the code. */
	readonly result: string;
	readonly source: 'ato' | 'error' | 'event12288' | 'event12289' | 'event12290';
	readonly ref: Ref;
}

export interface MachineSituation {
	readonly paste: number;
	readonly role: 'client' | 'host' | 'unknown';
	readonly product: Fact<string> | null;
	readonly channel: Fact<Channel> | null;
	readonly licenseStatus: Fact<LicenseStatus> | null;
	/** Minutes left: the grace period, or (licensed) the volume activation's validity. */
	readonly minutesLeft: Fact<number> | null;
	readonly notificationReason: Fact<string> | null;
	readonly kmsHost: Fact<{
		readonly name: string;
		readonly port: number | null;
		readonly via: HostVia;
	}> | null;
	readonly dnsDiscoveryFailed: Ref | null;
	readonly lookupDomain: Fact<string> | null;
	readonly activationInterval: Fact<number> | null;
	readonly renewalInterval: Fact<number> | null;
	readonly cmid: Fact<string> | null;
	readonly adObject: Fact<string> | null;
	readonly host: HostFacts | null;
	readonly lastResult: LastResult | null;
	/** The first field of the newest failing 12288 (or 12290): the host's real answer. */
	readonly eventCause: Fact<string> | null;
	/** Minimum count the product needs: N-Policy from an event, or the product's kind. */
	readonly threshold: (Fact<number> & { readonly from: 'nPolicy' | 'product' }) | null;
	/** The count the host reported in the client's 12289. */
	readonly reportedCount: Fact<number> | null;
	readonly events: readonly KmsEvent[];
	readonly permanent: Ref | null;
}

function ref(paste: number, h: { from: number; to: number }): Ref {
	return { paste, from: h.from, to: h.to };
}

function intIn(text: string): number | null {
	const m = /\d{1,9}/.exec(text);
	return m === null ? null : Number(m[0]);
}

const STATUS_TEXTS = LICENSE_STATUS_VALUES.flatMap((v) =>
	v.texts.map((t) => ({ status: v.status, key: squash(t) }))
).sort((a, b) => b.key.length - a.key.length);

export function licenseStatusOf(value: string): LicenseStatus | null {
	const v = squash(value);
	for (const s of STATUS_TEXTS) if (v.startsWith(s.key)) return s.status;
	return null;
}

export function channelOf(description: string | null, keyChannel: string | null): Channel | null {
	for (const p of CHANNEL_PATTERNS) {
		if (description !== null && p.description.test(description)) return p.channel;
	}
	for (const p of CHANNEL_PATTERNS) {
		if (keyChannel !== null && p.keyChannel?.test(keyChannel.trim())) return p.channel;
	}
	return null;
}

/** "host:1688", "[fe80::1]:1688" or a bare name; "KMS name not available" is no host. */
export function hostPort(value: string): { name: string; port: number | null } | null {
	const v = value.trim();
	if (v === '' || /not available|取得できません|使用できません/i.test(v)) return null;
	const v6 = /^\[([^\]]{1,100})\]:(\d{1,5})$/.exec(v);
	if (v6 !== null) return { name: (v6[1] as string).toLowerCase(), port: Number(v6[2]) };
	const m = /^([^\s:]{1,255}):(\d{1,5})$/.exec(v);
	if (m !== null) return { name: (m[1] as string).toLowerCase(), port: Number(m[2]) };
	return /^[^\s]{1,255}$/.test(v) ? { name: v.toLowerCase(), port: null } : null;
}

/** The product the paste is about: the one with a key in use, Windows before Office, else the first. */
function mainProduct(products: readonly ProductBlock[]): ProductBlock | undefined {
	const inUse = products.filter(
		(p) =>
			!p.hits.some((h) => h.field === 'licenseNotInUse') &&
			p.hits.some((h) => h.field === 'partialProductKey' || h.field === 'licenseStatus')
	);
	const pool = inUse.length > 0 ? inUse : products;
	const named = (p: ProductBlock): string =>
		p.hits.find((h) => h.field === 'name' || h.field === 'description')?.value ?? '';
	return pool.find((p) => /windows/i.test(named(p)) && !/office/i.test(named(p))) ?? pool[0];
}

function thresholdFor(product: string | null): number | null {
	if (product === null) return null;
	if (/office/i.test(product)) return THRESHOLDS.office;
	if (/server/i.test(product)) return THRESHOLDS.server;
	return /windows/i.test(product) ? THRESHOLDS.client : null;
}

function lastOf<T>(items: readonly T[], keep: (t: T) => boolean): T | undefined {
	for (let i = items.length - 1; i >= 0; i--) if (keep(items[i] as T)) return items[i];
	return undefined;
}

export function situationOf(
	paste: number,
	slmgr: SlmgrParse,
	events: readonly KmsEvent[],
	_network: NetworkParse
): MachineSituation {
	const product = mainProduct(slmgr.products);
	const hits: readonly FieldHit[] = product?.hits ?? [];
	// Fields that slmgr prints once per paste (an /xpr or /ato after a /dlv) count too.
	const all = slmgr.hits;
	const one = (field: FieldHit['field'], from: readonly FieldHit[] = hits): FieldHit | undefined =>
		from.find((h) => h.field === field) ??
		(from === hits ? all.find((h) => h.field === field) : undefined);
	const fact = <T>(h: FieldHit | undefined, value: T | null): Fact<T> | null =>
		h === undefined || value === null ? null : { value, ref: ref(paste, h) };

	const name = one('name');
	const description = one('description');
	const keyChannel = one('productKeyChannel');
	const ad = one('adBlock');
	let channel = channelOf(description?.value ?? null, keyChannel?.value ?? null);
	if (ad !== undefined && (channel === 'kmsClient' || channel === null)) channel = 'adba';
	const channelHit = ad ?? description ?? keyChannel;
	const statusHit = one('licenseStatus');
	const status = statusHit === undefined ? null : licenseStatusOf(statusHit.value);
	const minutesHit = one('volumeExpiration') ?? one('timeRemaining');
	const reasonHit = one('notificationReason');
	const reason = reasonHit === undefined ? null : (codesInLine(reasonHit.value)[0]?.code ?? null);

	const registered = one('registeredKmsName');
	const fromDns = one('kmsFromDns');
	const registeredHost = registered === undefined ? null : hostPort(registered.value);
	const dnsHost = fromDns === undefined ? null : hostPort(fromDns.value);
	const ordered = chronological(events);
	const request = lastOf(ordered, (e) => e.id === 12288 && e.fields.has('server'));
	const eventHost = request === undefined ? null : hostPort(request.fields.get('server') as string);
	let kmsHost: MachineSituation['kmsHost'] = null;
	if (registeredHost !== null && registered !== undefined)
		kmsHost = { value: { ...registeredHost, via: 'skms' }, ref: ref(paste, registered) };
	else if (dnsHost !== null && fromDns !== undefined)
		kmsHost = { value: { ...dnsHost, via: 'dns' }, ref: ref(paste, fromDns) };
	else if (eventHost !== null && request !== undefined)
		kmsHost = { value: { ...eventHost, via: 'event' }, ref: ref(paste, request) };
	const discovery = one('dnsAutoDiscovery');

	const hostBlock = one('kmsHostBlock');
	const isHost =
		hostBlock !== undefined ||
		channel === 'kmsHost' ||
		events.some((e) => e.id === 12290 || e.id === 12293 || e.id === 12294);
	const intFact = (field: FieldHit['field']): Fact<number> | null => {
		const h = one(field);
		return fact(h, h === undefined ? null : intIn(h.value));
	};
	const publishOn = one('dnsPublishingOn');
	const publishOff = one('dnsPublishingOff');
	const host: HostFacts | null = isHost
		? {
				count: intFact('currentCount'),
				port: intFact('listeningPort'),
				dnsPublishing:
					publishOff !== undefined
						? { value: false, ref: ref(paste, publishOff) }
						: publishOn !== undefined
							? { value: true, ref: ref(paste, publishOn) }
							: null,
				failedRequests: intFact('failedRequests'),
				totalRequests: intFact('totalRequests'),
			}
		: null;

	const lastResult = resultOf(paste, slmgr.activations, slmgr.errors, ordered);
	const failing = lastOf(
		ordered,
		(e) => (e.id === 12288 || e.id === 12290) && isFailure(e.hresult)
	);
	const response = lastOf(ordered, (e) => e.id === 12289 && e.fields.has('count'));
	const policyEvent = lastOf(
		ordered,
		(e) => (e.id === 12288 || e.id === 12290) && e.fields.has('nPolicy')
	);
	const policy =
		policyEvent === undefined ? null : intIn(policyEvent.fields.get('nPolicy') as string);
	const byProduct = thresholdFor(name?.value ?? description?.value ?? null);
	const threshold: MachineSituation['threshold'] =
		policy !== null && policyEvent !== undefined
			? { value: policy, from: 'nPolicy', ref: ref(paste, policyEvent) }
			: byProduct !== null && (name ?? description) !== undefined
				? { value: byProduct, from: 'product', ref: ref(paste, (name ?? description) as FieldHit) }
				: null;
	const isClient =
		!isHost &&
		(channel === 'kmsClient' ||
			channel === 'adba' ||
			events.some((e) => e.id === 12288 || e.id === 12289) ||
			slmgr.activations.length > 0 ||
			kmsHost !== null);
	const permanent = one('xprPermanent');

	return {
		paste,
		role: isHost ? 'host' : isClient ? 'client' : 'unknown',
		product: fact(name, name?.value ?? null),
		channel:
			channelHit === undefined || channel === null
				? null
				: { value: channel, ref: ref(paste, channelHit) },
		licenseStatus: fact(statusHit, status),
		minutesLeft: fact(minutesHit, minutesHit === undefined ? null : intIn(minutesHit.value)),
		notificationReason: fact(reasonHit, reason),
		kmsHost,
		dnsDiscoveryFailed:
			discovery !== undefined && hostPort(discovery.value) === null ? ref(paste, discovery) : null,
		lookupDomain: fact(one('lookupDomain'), one('lookupDomain')?.value || null),
		activationInterval: intFact('activationInterval'),
		renewalInterval: intFact('renewalInterval'),
		cmid: fact(one('cmid'), one('cmid')?.value || null),
		adObject: fact(one('aoName'), one('aoName')?.value || null),
		host,
		lastResult,
		eventCause:
			failing === undefined || !isFailure(failing.hresult)
				? null
				: { value: failing.hresult, ref: ref(paste, failing) },
		threshold,
		reportedCount:
			response === undefined
				? null
				: fact(
						{ from: response.from, to: response.to, field: 'currentCount', value: '', lang: 'en' },
						intIn(response.fields.get('count') as string)
					),
		events,
		permanent: permanent === undefined ? null : ref(paste, permanent),
	};
}

/** When the event's client time says it happened (minutes since 1970), else its place in the paste. */
function eventTime(e: KmsEvent): number {
	const t = /^(\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{1,2}):(\d{2})/.exec(
		e.fields.get('clientTime') ?? ''
	);
	if (t === null) return e.to / 1e6;
	return (
		Date.UTC(Number(t[1]), Number(t[2]) - 1, Number(t[3]), Number(t[4]), Number(t[5])) / 60_000
	);
}

/** Events newest last: lists come newest first (/rd:true, Get-WinEvent) or oldest first (XML). */
export function chronological(events: readonly KmsEvent[]): KmsEvent[] {
	return events
		.map((e) => ({ e, t: eventTime(e) }))
		.sort((a, b) => a.t - b.t || a.e.id - b.e.id)
		.map((x) => x.e);
}

function isFailure(code: string | null): code is string {
	return code !== null && code !== '0x00000000';
}

/** The newest result the paste shows: an /ato first (the reader just ran it), then the events (oldest first), then an error line. */
function resultOf(
	paste: number,
	activations: readonly Activation[],
	errors: SlmgrParse['errors'],
	events: readonly KmsEvent[]
): LastResult | null {
	const ato = lastOf(activations, (a) => a.result !== null);
	if (ato !== undefined)
		return { result: ato.result as string, source: 'ato', ref: ref(paste, ato) };
	const newest = lastOf(
		events,
		(e) =>
			(e.id === 12289 && e.fields.has('activated')) ||
			((e.id === 12288 || e.id === 12290) && isFailure(e.hresult))
	);
	if (newest !== undefined) {
		if (newest.id === 12289) {
			const ok = newest.fields.get('activated') === '1' && !isFailure(newest.hresult);
			return {
				result: ok ? 'success' : isFailure(newest.hresult) ? newest.hresult : 'failed',
				source: 'event12289',
				ref: ref(paste, newest),
			};
		}
		return {
			result: newest.hresult as string,
			source: newest.id === 12288 ? 'event12288' : 'event12290',
			ref: ref(paste, newest),
		};
	}
	const error = errors.at(-1);
	return error === undefined
		? null
		: { result: error.code ?? 'failed', source: 'error', ref: ref(paste, error) };
}
