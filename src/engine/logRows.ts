import { simulatedActId } from './random.ts';
import {
	SUCCESS,
	type ActivationMethod,
	type LicenseStatus,
	type LogEntry,
	type Minutes,
	type NoteKind,
	type ResultCode,
	type SimNote,
} from './types.ts';

/**
 * How the event log stores its rows: the column layout of a chunk, and how a row becomes the entries
 * it stands for. Split from eventLog.ts, which keeps the rows in order and drops old ones.
 */

// Row kinds.
export const ENTRY = 0; // a LogEntry object (12293, 12294, entries loaded from a snapshot)
export const UNANSWERED = 1; // a request no host answered: 12288 only
export const ANSWERED = 2; // a request a host answered: 12288, 12290, 12289
export const NOTE = 3; // a simulator note (numbers: time, from, to; strings: computer, kind, result, method, detail)

// Column layout of one request row (notes use the first columns of each).
export const NUMS = 10; // time, port, clientTime, vm, licensingStatus, timeToExpiration, nPolicy, count, activationInterval, renewalInterval
export const STRS = 7; // client, host, hresult, target, cmid, product id (its Activation ID is worked out when read), SRV zone looked up before the request
/** A note's `from`/`to` when it has none. */
export const NO_STATUS = -1;

/** Rows per chunk (a power of two: a row's chunk and offset are a shift and a mask). */
export const CHUNK_SHIFT = 12;
export const CHUNK_ROWS = 1 << CHUNK_SHIFT;
export const CHUNK_MASK = CHUNK_ROWS - 1;

/** A block of rows. */
export interface Chunk {
	kinds: Uint8Array;
	/** NUMS numbers per row. */
	nums: Float64Array;
	/** STRS strings per row. */
	strs: (string | undefined)[];
	/** ENTRY rows: the entry. */
	objects: (LogEntry | undefined)[];
	/** Entries built for a row, kept for the next read. */
	built: (LogEntry[] | undefined)[];
	/** Whether `objects` or `built` hold anything (to clear when the chunk is recycled). */
	dirty: boolean;
}

export function newChunk(): Chunk {
	return {
		kinds: new Uint8Array(CHUNK_ROWS),
		nums: new Float64Array(CHUNK_ROWS * NUMS),
		strs: new Array<string | undefined>(CHUNK_ROWS * STRS).fill(undefined),
		objects: new Array<LogEntry | undefined>(CHUNK_ROWS).fill(undefined),
		built: new Array<LogEntry[] | undefined>(CHUNK_ROWS).fill(undefined),
		dirty: false,
	};
}

/** The time of row `i` of a chunk. */
export function rowTimeAt(chunk: Chunk, i: number): Minutes {
	return chunk.kinds[i] === ENTRY
		? (chunk.objects[i] as LogEntry).time
		: (chunk.nums[i * NUMS] as number);
}

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

/** The note row `i` of a chunk stands for (fields in the order notes have always had). */
function noteAt({ nums, strs }: Chunk, i: number): SimNote {
	const n = i * NUMS;
	const k = i * STRS;
	const note: SimNote = {
		id: 'note',
		time: nums[n] as number,
		computer: strs[k] as string,
		kind: strs[k + 1] as NoteKind,
	};
	const from = nums[n + 1] as number;
	const to = nums[n + 2] as number;
	const result = strs[k + 2] as ResultCode | undefined;
	const method = strs[k + 3] as ActivationMethod | undefined;
	const detail = strs[k + 4];
	if (from !== NO_STATUS) note.from = from as LicenseStatus;
	if (to !== NO_STATUS) note.to = to as LicenseStatus;
	if (method !== undefined) note.method = method;
	if (result !== undefined) note.result = result;
	if (detail !== undefined) note.detail = detail;
	return note;
}

/** The entries of request or note row `i` of a chunk, built on first read and kept in the chunk. */
export function rowEntriesAt(chunk: Chunk, i: number): readonly LogEntry[] {
	const kind = chunk.kinds[i];
	const cached = chunk.built[i];
	if (cached !== undefined) return cached;
	if (kind === NOTE) {
		const note = [noteAt(chunk, i)];
		chunk.built[i] = note;
		chunk.dirty = true;
		return note;
	}
	const n = i * NUMS;
	const k = i * STRS;
	const { nums, strs } = chunk;
	const time = nums[n] as number;
	const clientTime = nums[n + 2] as number;
	const vm = nums[n + 3] as 0 | 1;
	const licensingStatus = nums[n + 4] as LicenseStatus;
	const timeToExpiration = nums[n + 5] as number;
	const nPolicy = nums[n + 6] as number;
	const client = strs[k] as string;
	const hresult = strs[k + 2] as ResultCode;
	const cmid = strs[k + 4] as string;
	const actId = simulatedActId(strs[k + 5] as string);
	const out: LogEntry[] = [
		{
			id: 12288,
			time,
			computer: client,
			hresult,
			statusFlags: 0,
			server: `${strs[k + 3]}:${nums[n + 1]}`,
			cmid,
			clientTime,
			vm,
			licensingStatus,
			timeToExpiration,
			actId,
			nPolicy,
		},
	];
	if (kind === ANSWERED) {
		out.push(
			{
				id: 12290,
				time,
				computer: strs[k + 1] as string,
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
				count: nums[n + 7] as number,
				activationInterval: nums[n + 8] as number,
				renewalInterval: nums[n + 9] as number,
				clientTime,
			}
		);
	}
	chunk.built[i] = out;
	chunk.dirty = true;
	return out;
}
