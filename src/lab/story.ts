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
	/** What the step's text claims about the state it reaches (tests check each one). */
	expect?: StepClaim[];
}

/**
 * One fact a step's text states about the state the step reaches; checked against the rebuilt
 * state of every step of every preset (tests/lab/stories.test.ts).
 */
export type StepClaim =
	| { host: string; count: number }
	| { machine: string; status: LicenseStatus }
	| { machine: string; result: ResultCode }
	| { licensed: number }
	| { machines: number }
	| { day: number };

/** The state as the narration reads it (filled by the session from the engine). */
export interface StoryView {
	/** Whole days since the start (the start is day 0). */
	day: number;
	licensed: number;
	machines: number;
	count(host: string): number | undefined;
	status(machine: string): LicenseStatus | undefined;
	result(machine: string): ResultCode | undefined;
}

/**
 * Step text names the numbers that come from the state instead of typing them:
 * `{count:KMS01}`, `{licensed}`, `{machines}`, `{day}`.
 */
const PLACEHOLDER = /\{([a-z]+)(?::([A-Za-z0-9-]+))?\}/g;

function placeholderValue(
	view: StoryView,
	name: string,
	arg: string | undefined
): number | undefined {
	if (name === 'count' && arg !== undefined) return view.count(arg);
	if (arg !== undefined) return undefined;
	if (name === 'day') return view.day;
	if (name === 'licensed') return view.licensed;
	if (name === 'machines') return view.machines;
	return undefined;
}

/** The step's text with its numbers read from the state. */
export function stepText(text: string, view: StoryView): string {
	return text.replace(PLACEHOLDER, (whole, name: string, arg: string | undefined) => {
		const value = placeholderValue(view, name, arg);
		return value === undefined ? whole : String(value);
	});
}

/** Placeholders in a text that name nothing the view knows (for validation; empty = all fine). */
export function unknownPlaceholders(text: string): string[] {
	const known = /^(count:[A-Za-z0-9-]+|day|licensed|machines)$/;
	const bad: string[] = [];
	for (const m of text.matchAll(/\{([^}]*)\}/g)) if (!known.test(m[1] ?? '')) bad.push(m[0]);
	return bad;
}

/** Whether a claim holds in the state. */
export function claimHolds(view: StoryView, claim: StepClaim): boolean {
	if ('host' in claim) return view.count(claim.host) === claim.count;
	if ('machine' in claim)
		return 'status' in claim
			? view.status(claim.machine) === claim.status
			: view.result(claim.machine) === claim.result;
	if ('licensed' in claim) return view.licensed === claim.licensed;
	if ('machines' in claim) return view.machines === claim.machines;
	return view.day === claim.day;
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

function checkWhole(path: string, v: unknown, min: number, errors: string[]): void {
	if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > 100_000)
		errors.push(`${path}: expected a whole number from ${min}, got ${show(v)}`);
}

function checkClaims(path: string, v: unknown, errors: string[]): void {
	if (!Array.isArray(v) || v.length === 0 || v.length > 10) {
		errors.push(`${path}: expected a list of 1 to 10 claims, got ${show(v)}`);
		return;
	}
	v.forEach((claim, i) => {
		const p = `${path}[${i}]`;
		if (!isObject(claim)) {
			errors.push(
				`${p}: expected a claim like { "host": "KMS01", "count": 0 }, got ${show(claim)}`
			);
			return;
		}
		if ('host' in claim) {
			// The same shape as a host target, but a claim may state a count of 0.
			if (typeof claim['host'] !== 'string' || !NAME.test(claim['host']))
				errors.push(`${p}.host: expected a host name like "KMS01", got ${show(claim['host'])}`);
			checkWhole(`${p}.count`, claim['count'], 0, errors);
			checkKeys(p, claim, ['host', 'count'], errors);
		} else if ('machine' in claim) checkTarget(p, claim, errors);
		else if ('licensed' in claim || 'machines' in claim || 'day' in claim) {
			const key = 'licensed' in claim ? 'licensed' : 'machines' in claim ? 'machines' : 'day';
			checkWhole(`${p}.${key}`, claim[key], 0, errors);
			checkKeys(p, claim, [key], errors);
		} else errors.push(`${p}: expected one of "host", "machine", "licensed", "machines" or "day"`);
	});
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
			if (isObject(step['text']))
				for (const lang of ['ja', 'en'] as const) {
					const text = step['text'][lang];
					if (typeof text === 'string')
						for (const bad of unknownPlaceholders(text))
							errors.push(
								`${p}.text.${lang}: unknown placeholder ${bad}; allowed: {count:HOST}, {day}, {licensed}, {machines}`
							);
				}
			if (step['expect'] !== undefined) checkClaims(`${p}.expect`, step['expect'], errors);
			if (step['until'] !== undefined) checkTarget(`${p}.until`, step['until'], errors);
			if (
				step['select'] !== undefined &&
				(typeof step['select'] !== 'string' || !NAME.test(step['select']))
			)
				errors.push(`${p}.select: expected a computer name, got ${show(step['select'])}`);
			checkKeys(p, step, ['text', 'until', 'select', 'expect'], errors);
		});
	checkKeys('$', data, ['id', 'watch', 'steps'], errors);
	return errors.length > 0 ? { ok: false, errors } : { ok: true, story: data as unknown as Story };
}
