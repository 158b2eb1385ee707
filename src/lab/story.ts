import type { Localized } from '../data/types.ts';
import { parseDuration } from '../engine/time.ts';
import { RESULT_CODES, type LicenseStatus, type ResultCode } from '../engine/types.ts';

/**
 * A scenario's story (content/scenarios/stories/<preset-id>.json): what to watch, and guided
 * steps in the manner of the Raft visualization. Each step has text and the point in simulated
 * time, or the engine event, that *Next* runs the simulation to.
 */
export type StepTarget =
	/** Run to this simulated time (a duration from the start, like "25d"). */
	| { at: string }
	/** Run until this machine shows this license status (0–6). */
	| { machine: string; status: LicenseStatus }
	/** Run until this machine's next activation attempt gives this result code. */
	| { machine: string; result: ResultCode }
	/** Run until this host's current count is at least this. */
	| { host: string; count: number }
	/** Run until at least this many machines are Licensed. */
	| { licensed: number };

export interface StoryStep {
	text: Localized;
	/** Where *Next* runs to; omitted = the step only explains the current state. */
	until?: StepTarget;
	/** Machine or host to select in the inspector when the step is reached. */
	select?: string;
}

export interface Story {
	id: string;
	/** "What to watch": a short narrative shown above the steps. */
	watch: Localized;
	steps: StoryStep[];
}

export type StoryResult = { ok: true; story: Story } | { ok: false; errors: string[] };

const NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,14}$/;
const ID = /^[a-z0-9-]{1,40}$/;
const MAX_TEXT = 2000;

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
	const text = v === undefined ? 'nothing' : JSON.stringify(v);
	return text === undefined ? String(v) : text.length > 50 ? `${text.slice(0, 47)}...` : text;
}

function checkLocalized(path: string, v: unknown, errors: string[]): void {
	if (!isObject(v)) {
		errors.push(`${path}: expected { "ja": "…", "en": "…" }, got ${show(v)}`);
		return;
	}
	for (const lang of ['ja', 'en'] as const) {
		const text = v[lang];
		if (typeof text !== 'string' || text.trim() === '')
			errors.push(`${path}.${lang}: expected non-empty text, got ${show(text)}`);
		else if (text.length > MAX_TEXT)
			errors.push(`${path}.${lang}: at most ${MAX_TEXT} characters, got ${text.length}`);
	}
	for (const k of Object.keys(v))
		if (k !== 'ja' && k !== 'en') errors.push(`${path}.${k}: unknown field; allowed: ja, en`);
}

function checkKeys(
	path: string,
	v: Record<string, unknown>,
	allowed: readonly string[],
	errors: string[]
): void {
	for (const k of Object.keys(v))
		if (!allowed.includes(k))
			errors.push(`${path}.${k}: unknown field; allowed: ${allowed.join(', ')}`);
}

function checkTarget(path: string, v: unknown, errors: string[]): void {
	if (!isObject(v)) {
		errors.push(
			`${path}: expected a target like { "at": "25d" } or { "machine": "PC001", "status": 1 }, got ${show(v)}`
		);
		return;
	}
	if ('at' in v) {
		const at = v['at'];
		const minutes = typeof at === 'string' ? parseDuration(at) : undefined;
		if (minutes === undefined || minutes < 0)
			errors.push(`${path}.at: expected a duration like "25d", "36h" or "90m", got ${show(at)}`);
		checkKeys(path, v, ['at'], errors);
	} else if ('machine' in v) {
		if (typeof v['machine'] !== 'string' || !NAME.test(v['machine']))
			errors.push(
				`${path}.machine: expected a computer name like "PC001", got ${show(v['machine'])}`
			);
		if ('status' in v) {
			const s = v['status'];
			if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > 6)
				errors.push(`${path}.status: expected a license status from 0 to 6, got ${show(s)}`);
			checkKeys(path, v, ['machine', 'status'], errors);
		} else if ('result' in v) {
			if (!(RESULT_CODES as readonly unknown[]).includes(v['result']))
				errors.push(
					`${path}.result: expected a result code the engine produces, like "0xC004F038", got ${show(v['result'])}`
				);
			checkKeys(path, v, ['machine', 'result'], errors);
		} else errors.push(`${path}: a machine target needs "status" or "result"`);
	} else if ('host' in v) {
		if (typeof v['host'] !== 'string' || !NAME.test(v['host']))
			errors.push(`${path}.host: expected a host name like "KMS01", got ${show(v['host'])}`);
		const c = v['count'];
		if (typeof c !== 'number' || !Number.isInteger(c) || c < 1 || c > 50)
			errors.push(`${path}.count: expected a count from 1 to 50, got ${show(c)}`);
		checkKeys(path, v, ['host', 'count'], errors);
	} else if ('licensed' in v) {
		const n = v['licensed'];
		if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
			errors.push(
				`${path}.licensed: expected a whole number of machines, at least 1, got ${show(n)}`
			);
		checkKeys(path, v, ['licensed'], errors);
	} else
		errors.push(`${path}: expected one of "at", "machine", "host" or "licensed", got ${show(v)}`);
}

/** Validates untrusted story JSON; errors name the JSON path. Never throws. */
export function validateStory(data: unknown, expectedId?: string): StoryResult {
	const errors: string[] = [];
	if (!isObject(data))
		return {
			ok: false,
			errors: [`$: expected a story object with "id", "watch" and "steps", got ${show(data)}`],
		};
	if (typeof data['id'] !== 'string' || !ID.test(data['id']))
		errors.push(`id: expected a preset id like "threshold", got ${show(data['id'])}`);
	else if (expectedId !== undefined && data['id'] !== expectedId)
		errors.push(`id: expected "${expectedId}" (the file name), got ${show(data['id'])}`);
	checkLocalized('watch', data['watch'], errors);
	const steps = data['steps'];
	if (!Array.isArray(steps) || steps.length === 0)
		errors.push(`steps: expected a non-empty array of steps, got ${show(steps)}`);
	else if (steps.length > 30) errors.push(`steps: at most 30 steps, got ${steps.length}`);
	else
		steps.forEach((step, i) => {
			const p = `steps[${i}]`;
			if (!isObject(step)) {
				errors.push(`${p}: expected { "text": {…}, "until": {…} }, got ${show(step)}`);
				return;
			}
			checkLocalized(`${p}.text`, step['text'], errors);
			if (step['until'] !== undefined) checkTarget(`${p}.until`, step['until'], errors);
			if (
				step['select'] !== undefined &&
				(typeof step['select'] !== 'string' || !NAME.test(step['select']))
			)
				errors.push(`${p}.select: expected a computer name, got ${show(step['select'])}`);
			checkKeys(p, step, ['text', 'until', 'select'], errors);
		});
	checkKeys('$', data, ['id', 'watch', 'steps'], errors);
	return errors.length > 0 ? { ok: false, errors } : { ok: true, story: data as unknown as Story };
}
