import type { Line } from './normalize.ts';

/**
 * `nslookup -type=srv _vlmcs._tcp` (or -type=all) and `Test-NetConnection <host> -Port 1688`,
 * as Windows prints them in English or Japanese, including the variants seen in Microsoft's
 * articles ("port = 1688 svr hostname = …" on one line, a column layout with a trailing "|").
 */

export interface SrvRecord {
	readonly name: string;
	readonly target: string | null;
	readonly port: number | null;
	readonly priority: number | null;
	readonly weight: number | null;
	readonly from: number;
	readonly to: number;
}

export interface NslookupResult {
	readonly records: readonly SrvRecord[];
	/** `*** … can't find _vlmcs._tcp…: Non-existent domain` and the like. */
	readonly failure: {
		readonly reason: 'nxdomain' | 'timeout' | 'other';
		readonly text: string;
		readonly from: number;
		readonly to: number;
	} | null;
	readonly server: string | null;
	/** Addresses printed for the targets ("kms01.contoso.com internet address = 10.0.0.10"). */
	readonly addresses: ReadonlyMap<string, string>;
	readonly from: number;
	readonly to: number;
}

export interface TncResult {
	readonly computer: string | null;
	readonly remoteAddress: string | null;
	readonly port: number | null;
	readonly tcpSucceeded: boolean | null;
	readonly nameResolutionFailed: boolean;
	readonly from: number;
	readonly to: number;
}

export interface NetworkParse {
	readonly nslookup: NslookupResult | null;
	readonly tnc: TncResult | null;
}

const SRV_HEAD = /^\s*(_vlmcs\._tcp\S*)\s+SRV service location:?/i;
const SRV_PART = /\b(priority|weight|port|svr hostname)\s*=\s*([^\s|]+)/gi;
const INTERNET = /^\s*(\S+)\s+internet address\s*=\s*(\S+)/i;
const CANT_FIND = /^\s*\*\*\*.{0,200}?(?:can't find|を見つけられません).{0,300}?:\s*(.+?)\s*$/i;
const TIMED_OUT =
	/^\s*(?:DNS request timed out|DNS 要求がタイムアウトしました|\*\*\* Request to .{1,200} timed-out|\*\*\* .{1,200}への要求がタイムアウトしました)/i;
const SERVER = /^\s*(?:Server|サーバー)\s*:\s*(\S+)/i;
const TNC_FIELD =
	/^\s*(ComputerName|RemoteAddress|RemotePort|TcpTestSucceeded|PingSucceeded)\s*:\s*(.*?)\s*$/i;
const TNC_WARN_TCP = /^\s*(?:WARNING|警告)\s*:\s*TCP connect to/i;
const TNC_WARN_NAME = /^\s*(?:WARNING|警告)\s*:\s*Name resolution of (\S+) failed/i;

export function startsNetworkRecord(text: string): boolean {
	return (
		SRV_HEAD.test(text) ||
		/^\s*(?:priority|weight|port|svr hostname)\s*=/i.test(text) ||
		INTERNET.test(text) ||
		TNC_FIELD.test(text) ||
		CANT_FIND.test(text) ||
		TIMED_OUT.test(text) ||
		SERVER.test(text)
	);
}

function num(v: string | undefined): number | null {
	return v !== undefined && /^\d{1,6}$/.test(v) ? Number(v) : null;
}

export function parseNetwork(lines: readonly Line[]): NetworkParse {
	const records: {
		name: string;
		target: string | null;
		port: number | null;
		priority: number | null;
		weight: number | null;
		from: number;
		to: number;
	}[] = [];
	const addresses = new Map<string, string>();
	let failure: NslookupResult['failure'] = null;
	let server: string | null = null;
	let nsFrom = 0;
	let nsTo = 0;
	let current: (typeof records)[number] | undefined;
	const tnc = {
		computer: null as string | null,
		remoteAddress: null as string | null,
		port: null as number | null,
		tcpSucceeded: null as boolean | null,
		nameResolutionFailed: false,
		from: 0,
		to: 0,
		seen: false,
	};
	const touchNs = (line: Line): void => {
		if (nsFrom === 0) nsFrom = line.from;
		nsTo = line.to;
	};
	const touchTnc = (line: Line): void => {
		if (!tnc.seen) tnc.from = line.from;
		tnc.seen = true;
		tnc.to = line.to;
	};
	for (const line of lines) {
		const text = line.text;
		const head = SRV_HEAD.exec(text);
		if (head !== null) {
			current = {
				name: (head[1] as string).toLowerCase(),
				target: null,
				port: null,
				priority: null,
				weight: null,
				from: line.from,
				to: line.to,
			};
			records.push(current);
			touchNs(line);
		}
		// A record's fields follow its head; any other line ends it.
		if (current !== undefined && head === null && !text.includes('=')) current = undefined;
		if (current !== undefined) {
			for (const m of text.matchAll(SRV_PART)) {
				const key = (m[1] as string).toLowerCase();
				const value = m[2] as string;
				if (key === 'svr hostname') current.target = value.toLowerCase();
				else if (key === 'port') current.port = num(value);
				else if (key === 'priority') current.priority = num(value);
				else current.weight = num(value);
				current.to = line.to;
				touchNs(line);
			}
		}
		const inet = INTERNET.exec(text);
		if (inet !== null) {
			addresses.set((inet[1] as string).toLowerCase(), inet[2] as string);
			touchNs(line);
			continue;
		}
		const cant = CANT_FIND.exec(text);
		if (cant !== null) {
			const reason = /non-existent domain/i.test(cant[1] as string)
				? 'nxdomain'
				: /time/i.test(cant[1] as string)
					? 'timeout'
					: 'other';
			failure = { reason, text: (cant[1] as string).slice(0, 200), from: line.from, to: line.to };
			touchNs(line);
			continue;
		}
		if (TIMED_OUT.test(text)) {
			failure ??= {
				reason: 'timeout',
				text: text.trim().slice(0, 200),
				from: line.from,
				to: line.to,
			};
			touchNs(line);
			continue;
		}
		const srv = SERVER.exec(text);
		if (srv !== null && records.length === 0) server = srv[1] as string;
		const field = TNC_FIELD.exec(text);
		if (field !== null) {
			const key = (field[1] as string).toLowerCase();
			const value = field[2] as string;
			if (key === 'computername') tnc.computer = value;
			else if (key === 'remoteaddress') tnc.remoteAddress = value;
			else if (key === 'remoteport') tnc.port = num(value);
			else if (key === 'tcptestsucceeded')
				tnc.tcpSucceeded = /^true$/i.test(value) ? true : /^false$/i.test(value) ? false : null;
			touchTnc(line);
			continue;
		}
		if (TNC_WARN_TCP.test(text)) {
			tnc.tcpSucceeded ??= false;
			touchTnc(line);
		}
		const name = TNC_WARN_NAME.exec(text);
		if (name !== null) {
			tnc.nameResolutionFailed = true;
			tnc.computer ??= name[1] as string;
			touchTnc(line);
		}
	}
	const nslookup: NslookupResult | null =
		records.length > 0 || failure !== null
			? { records, failure, server, addresses, from: nsFrom, to: nsTo }
			: null;
	const tncResult: TncResult | null = tnc.seen
		? {
				computer: tnc.computer,
				remoteAddress: tnc.remoteAddress,
				port: tnc.port,
				tcpSucceeded: tnc.tcpSucceeded,
				nameResolutionFailed: tnc.nameResolutionFailed,
				from: tnc.from,
				to: tnc.to,
			}
		: null;
	return { nslookup, tnc: tncResult };
}
