import { SUCCESS, type LicenseStatus, type LogEntry, type LogEntryId, type Minutes, type ResultCode } from './types.ts';

/**
 * Entries logged since the start, per event ID (kept even when the log drops old entries).
 * Keys are `e12288`… rather than "12288" because integer-like keys make slow objects.
 */
export interface LogTotals {
	e12288: number;
	e12289: number;
	e12290: number;
	e12293: number;
	note: number;
}

export function emptyTotals(): LogTotals {
	return { e12288: 0, e12289: 0, e12290: 0, e12293: 0, note: 0 };
}

/** The log as a snapshot stores it: plain entries, so saved states do not depend on this file's records. */
export interface SavedLog {
	limit: number;
	entries: LogEntry[];
	dropped: number;
	totals: LogTotals;
}

/**
 * One KMS request as the engine saw it. It stands for the events Windows logs for it: 12288 on
 * the client, and when the host answered, 12290 on the host and 12289 on the client. Storing one
 * record instead of three full entries keeps long runs fast and small; the entries are built when
 * somebody reads them, and kept for the next read.
 */
export class KmsRequestRecord {
	readonly time: Minutes;
	readonly client: string;
	/** The host that answered, or null when the request never got an answer. */
	readonly host: string | null;
	readonly hresult: ResultCode;
	readonly target: string;
	readonly port: number;
	readonly cmid: string;
	readonly clientTime: Minutes;
	readonly vm: 0 | 1;
	readonly licensingStatus: LicenseStatus;
	readonly timeToExpiration: number;
	readonly actId: string;
	readonly nPolicy: number;
	readonly count: number;
	readonly activationInterval: Minutes;
	readonly renewalInterval: Minutes;
	expanded: LogEntry[] | null = null;

	// Positional, not an options object: one allocation per request is the point of this class.
	constructor(
		time: Minutes,
		client: string,
		host: string | null,
		hresult: ResultCode,
		target: string,
		port: number,
		cmid: string,
		clientTime: Minutes,
		vm: 0 | 1,
		licensingStatus: LicenseStatus,
		timeToExpiration: number,
		actId: string,
		nPolicy: number,
		count: number,
		activationInterval: Minutes,
		renewalInterval: Minutes,
	) {
		this.time = time;
		this.client = client;
		this.host = host;
		this.hresult = hresult;
		this.target = target;
		this.port = port;
		this.cmid = cmid;
		this.clientTime = clientTime;
		this.vm = vm;
		this.licensingStatus = licensingStatus;
		this.timeToExpiration = timeToExpiration;
		this.actId = actId;
		this.nPolicy = nPolicy;
		this.count = count;
		this.activationInterval = activationInterval;
		this.renewalInterval = renewalInterval;
	}

	get size(): number {
		return this.host === null ? 1 : 3;
	}

	entries(): LogEntry[] {
		if (this.expanded !== null) return this.expanded;
		const { time, client, hresult, cmid, clientTime, vm, licensingStatus, timeToExpiration, actId, nPolicy } = this;
		const server = `${this.target}:${this.port}`;
		const out: LogEntry[] = [
			{
				id: 12288,
				time,
				computer: client,
				hresult,
				statusFlags: 0,
				server,
				cmid,
				clientTime,
				vm,
				licensingStatus,
				timeToExpiration,
				actId,
				nPolicy,
			},
		];
		if (this.host !== null) {
			out.push(
				{
					id: 12290,
					time,
					computer: this.host,
					hresult,
					nPolicy,
					clientName: client,
					cmid,
					clientTime,
					vm,
					licensingStatus,
					timeToExpiration,
					actId,
				},
				{
					id: 12289,
					time,
					computer: client,
					hresult,
					statusFlags: 0,
					activated: hresult === SUCCESS ? 1 : 0,
					count: this.count,
					activationInterval: this.activationInterval,
					renewalInterval: this.renewalInterval,
					clientTime,
				},
			);
		}
		this.expanded = out;
		return out;
	}
}

type LogRecord = LogEntry | KmsRequestRecord;

function sizeOf(r: LogRecord): number {
	return r instanceof KmsRequestRecord ? r.size : 1;
}

/**
 * The simulation's event log: totals per event ID since the start, and the newest `limit`
 * entries (0 = totals only). Old records are trimmed in batches so long runs stay linear.
 */
export class EventLog {
	readonly limit: number;
	private records: LogRecord[] = [];
	/** Entries the records stand for (a request record is 1 or 3 entries). */
	private held = 0;
	private droppedEntries = 0;
	private totals: LogTotals = emptyTotals();

	constructor(limit: number) {
		this.limit = limit;
	}

	get keepsEntries(): boolean {
		return this.limit > 0;
	}

	count(id: LogEntryId): void {
		const t = this.totals;
		switch (id) {
			case 12288:
				t.e12288++;
				return;
			case 12289:
				t.e12289++;
				return;
			case 12290:
				t.e12290++;
				return;
			case 12293:
				t.e12293++;
				return;
			default:
				t.note++;
		}
	}

	/** Adds an entry (counted separately with `count`). Does nothing when only totals are kept. */
	add(entry: LogEntry): void {
		if (this.limit === 0) return;
		this.records.push(entry);
		this.held++;
		this.trim();
	}

	addRequest(record: KmsRequestRecord): void {
		if (this.limit === 0) return;
		this.records.push(record);
		this.held += record.size;
		this.trim();
	}

	private trim(): void {
		if (this.held <= this.limit + (this.limit >> 2)) return;
		// Drop whole records from the front while at least `limit` entries remain.
		let i = 0;
		let held = this.held;
		for (; i < this.records.length; i++) {
			const size = sizeOf(this.records[i] as LogRecord);
			if (held - size < this.limit) break;
			held -= size;
		}
		this.records.splice(0, i);
		this.droppedEntries += this.held - held;
		this.held = held;
	}

	/** Every entry held (up to a quarter more than `limit`, not yet trimmed), oldest first. */
	private all(): LogEntry[] {
		const out: LogEntry[] = [];
		for (const r of this.records) {
			if (r instanceof KmsRequestRecord) for (const e of r.entries()) out.push(e);
			else out.push(r);
		}
		return out;
	}

	/** The newest `limit` entries, oldest first. */
	entries(): LogEntry[] {
		const all = this.all();
		return all.length > this.limit ? all.slice(all.length - this.limit) : all;
	}

	/** Totals per event ID since the start, and how many entries were dropped by the cap. */
	summary(): { totals: LogTotals; dropped: number } {
		return {
			totals: { ...this.totals },
			dropped: this.droppedEntries + Math.max(0, this.held - this.limit),
		};
	}

	toSaved(): SavedLog {
		return {
			limit: this.limit,
			entries: this.all(),
			dropped: this.droppedEntries,
			totals: { ...this.totals },
		};
	}

	static fromSaved(saved: SavedLog): EventLog {
		const log = new EventLog(saved.limit);
		log.records = [...saved.entries];
		log.held = saved.entries.length;
		log.droppedEntries = saved.dropped;
		log.totals = { ...saved.totals };
		return log;
	}
}
