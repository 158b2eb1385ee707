import { validateAction } from '../engine/index.ts';
import type { Action, RecordedAction } from '../engine/index.ts';
import { LAB_LIMITS } from './limits.ts';

/**
 * The reader's actions as a compact, URL-safe text: base64url of the JSON array
 * `[[atMinutes, action], …]`. Decoding treats the text as hostile: it is length-bounded,
 * parsed (never evaluated), and every action is checked by the engine's own validator plus the
 * lab's size limits. A bad log is dropped whole, with the reason, so a shared link never
 * half-applies.
 */

export type DecodeResult = { ok: true; log: RecordedAction[] } | { ok: false; error: string };

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
export function checkRecordedAction(value: unknown, index: number, previousAt: number): { ok: true; entry: RecordedAction } | { ok: false; error: string } {
	if (!Array.isArray(value) || value.length !== 2) return { ok: false, error: `log[${index}]: expected [minutes, action]` };
	const [at, action] = value as [unknown, unknown];
	if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at > LAB_LIMITS.maxMinutes) {
		return { ok: false, error: `log[${index}][0]: expected a whole number of minutes from 0 to ${LAB_LIMITS.maxMinutes}` };
	}
	if (at < previousAt) return { ok: false, error: `log[${index}][0]: actions must be in time order` };
	const errors: string[] = [];
	validateAction(`log[${index}][1]`, action, errors);
	if (errors.length > 0) return { ok: false, error: errors[0] as string };
	const checked = action as Action;
	if (checked.type === 'addMachines' && (checked.count ?? 1) > LAB_LIMITS.maxAddCount) {
		return { ok: false, error: `log[${index}][1].count: at most ${LAB_LIMITS.maxAddCount} machines at once` };
	}
	return { ok: true, entry: { at, action: checked } };
}

/** Checks an already parsed log (from a URL or from storage). */
export function checkReplayLog(value: unknown): DecodeResult {
	if (!Array.isArray(value)) return { ok: false, error: 'log: expected an array' };
	if (value.length > LAB_LIMITS.maxActions) return { ok: false, error: `log: at most ${LAB_LIMITS.maxActions} actions` };
	const log: RecordedAction[] = [];
	let previousAt = 0;
	let added = 0;
	for (let i = 0; i < value.length; i++) {
		const checked = checkRecordedAction(value[i], i, previousAt);
		if (!checked.ok) return checked;
		if (checked.entry.action.type === 'addMachines') added += checked.entry.action.count ?? 1;
		if (added > LAB_LIMITS.maxMachines) return { ok: false, error: `log: adds more than ${LAB_LIMITS.maxMachines} machines` };
		previousAt = checked.entry.at;
		log.push(checked.entry);
	}
	return { ok: true, log };
}

export function decodeReplayLog(text: string): DecodeResult {
	if (text === '') return { ok: true, log: [] };
	if (text.length > LAB_LIMITS.maxEncodedLog) return { ok: false, error: `log: longer than ${LAB_LIMITS.maxEncodedLog} characters` };
	const json = fromBase64Url(text);
	if (json === undefined) return { ok: false, error: 'log: not valid base64url text' };
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { ok: false, error: 'log: not valid JSON' };
	}
	if (!Array.isArray(data)) return { ok: false, error: 'log: expected an array' };
	return checkReplayLog(data);
}
