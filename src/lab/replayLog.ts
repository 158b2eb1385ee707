// Engine modules by path, not through engine/index.ts: the island then carries only what it uses.
import { show } from '../engine/jsonCheck.ts';
import { LAB_LIMITS, LAB_STORAGE } from '../engine/limits.ts';
import { validateAction } from '../engine/scenarioSchema.ts';
import { actionLogBytes } from '../engine/snapshot.ts';
import type { Action, Issue, RecordedAction } from '../engine/index.ts';

/**
 * The reader's actions as a compact, URL-safe text: base64url of the JSON array
 * `[[atMinutes, action], …]`. Decoding treats the text as hostile: it is length-bounded,
 * parsed (never evaluated), and every action is checked by the engine's own validator plus the
 * limits the engine's dispatch applies (src/engine/limits.ts). A bad log is dropped whole, with
 * the reason as an issue, so a shared link never half-applies.
 */

export type DecodeResult = { ok: true; log: RecordedAction[] } | { ok: false; issue: Issue };

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

export function encodeReplayLog(log: readonly RecordedAction[]): string {
	if (log.length === 0) return '';
	return toBase64Url(JSON.stringify(log.map((r) => [r.at, r.action])));
}

/** Checks one recorded action against the engine's validator and the lab's limits. */
export function checkRecordedAction(
	value: unknown,
	index: number,
	previousAt: number
): { ok: true; entry: RecordedAction } | { ok: false; issue: Issue } {
	if (!Array.isArray(value) || value.length !== 2)
		return {
			ok: false,
			issue: {
				path: `log[${index}]`,
				code: 'expected',
				expected: 'recordedAction',
				got: show(value),
			},
		};
	const [at, action] = value as [unknown, unknown];
	if (typeof at !== 'number' || !Number.isInteger(at) || at < 0)
		return {
			ok: false,
			issue: { path: `log[${index}][0]`, code: 'expected', expected: 'count', got: show(at) },
		};
	if (at > LAB_LIMITS.maxMinutes)
		return {
			ok: false,
			issue: {
				path: `log[${index}][0]`,
				code: 'limit',
				limit: 'maxMinutes',
				max: LAB_LIMITS.maxMinutes,
				value: at,
			},
		};
	if (at < previousAt)
		return {
			ok: false,
			issue: { path: `log[${index}][0]`, code: 'conflict', rule: 'not_in_time_order' },
		};
	const issues: Issue[] = [];
	validateAction(`log[${index}][1]`, action, issues);
	if (issues.length > 0) return { ok: false, issue: issues[0] as Issue };
	const checked = action as Action;
	if (checked.type === 'addMachines' && (checked.count ?? 1) > LAB_LIMITS.maxAddCount) {
		return {
			ok: false,
			issue: {
				path: `log[${index}][1].count`,
				code: 'limit',
				limit: 'maxAddCount',
				max: LAB_LIMITS.maxAddCount,
				value: checked.count ?? 1,
			},
		};
	}
	return { ok: true, entry: { at, action: checked } };
}

/** Checks an already parsed log (from a URL or from storage) against the limits the engine's dispatch applies. */
export function checkReplayLog(value: unknown): DecodeResult {
	if (!Array.isArray(value))
		return {
			ok: false,
			issue: { path: 'log', code: 'expected', expected: 'array', got: show(value) },
		};
	if (value.length > LAB_LIMITS.maxActions)
		return {
			ok: false,
			issue: {
				path: 'log',
				code: 'limit',
				limit: 'maxActions',
				max: LAB_LIMITS.maxActions,
				value: value.length,
			},
		};
	const log: RecordedAction[] = [];
	let previousAt = 0;
	let added = 0;
	for (let i = 0; i < value.length; i++) {
		const checked = checkRecordedAction(value[i], i, previousAt);
		if (!checked.ok) return checked;
		if (checked.entry.action.type === 'addMachines') added += checked.entry.action.count ?? 1;
		if (added > LAB_LIMITS.maxMachines)
			return {
				ok: false,
				issue: {
					path: `log[${i}][1]`,
					code: 'limit',
					limit: 'maxMachines',
					max: LAB_LIMITS.maxMachines,
					value: added,
				},
			};
		previousAt = checked.entry.at;
		log.push(checked.entry);
	}
	const bytes = actionLogBytes(log);
	if (bytes > LAB_LIMITS.maxActionLogBytes)
		return {
			ok: false,
			issue: {
				path: 'log',
				code: 'limit',
				limit: 'maxActionLogBytes',
				max: LAB_LIMITS.maxActionLogBytes,
				value: bytes,
			},
		};
	return { ok: true, log };
}

export function decodeReplayLog(text: string): DecodeResult {
	if (text === '') return { ok: true, log: [] };
	if (text.length > LAB_STORAGE.maxEncodedLog)
		return {
			ok: false,
			issue: {
				path: 'log',
				code: 'limit',
				limit: 'maxActionLogBytes',
				max: LAB_LIMITS.maxActionLogBytes,
				value: Math.floor((text.length * 3) / 4),
			},
		};
	const json = fromBase64Url(text);
	if (json === undefined)
		return {
			ok: false,
			issue: { path: 'log', code: 'expected', expected: 'format', got: show(text) },
		};
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return {
			ok: false,
			issue: { path: 'log', code: 'expected', expected: 'format', got: show(json) },
		};
	}
	return checkReplayLog(data);
}
