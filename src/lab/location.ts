import type { RecordedAction } from '../engine/core.ts';
import type { Issue } from '../engine/issues.ts';
import { show } from '../engine/jsonCheck.ts';
import { LAB_LIMITS, LAB_STORAGE } from '../engine/limits.ts';
import { checkReplayLog, decodeReplayLog, encodeReplayLog } from './replayLog.ts';

/**
 * Where the reader is in the lab: the scenario, the guided step, and (when the reader did
 * something of their own) the replay log and the simulated time. This is all the URL and the
 * saved state carry; the lab rebuilds the simulation from it deterministically.
 */
export interface LabLocation {
	scenario: string;
	/** Guided step reached, 0 = before the first step. */
	step: number;
	/** Simulated minute; null = the time the guided step leads to. */
	t: number | null;
	log: RecordedAction[];
}

export interface ParsedLocation {
	location: LabLocation;
	/** Why part of the input was ignored (empty when everything was accepted). */
	problems: Issue[];
}

const SCENARIO_ID = /^[a-z0-9-]{1,40}$/;
const MAX_STEP = 99;
/** Longest query string read: the longest log a link may carry, and room for the other parameters. */
const MAX_SEARCH = LAB_STORAGE.maxEncodedLog + 1000;

function cleanScenario(
	value: unknown,
	known: readonly string[],
	fallback: string,
	problems: Issue[]
): string {
	if (typeof value === 'string' && SCENARIO_ID.test(value) && known.includes(value)) return value;
	problems.push({ path: 'scenario', code: 'expected', expected: 'scenario', got: show(value) });
	return fallback;
}

function cleanStep(value: unknown, problems: Issue[]): number {
	const n =
		typeof value === 'string' && /^\d{1,3}$/.test(value)
			? Number(value)
			: typeof value === 'number'
				? value
				: NaN;
	if (Number.isInteger(n) && n >= 0 && n <= MAX_STEP) return n;
	problems.push({ path: 'step', code: 'expected', expected: 'count', got: show(value) });
	return 0;
}

function cleanTime(value: unknown, problems: Issue[]): number | null {
	const n =
		typeof value === 'string' && /^\d{1,8}$/.test(value)
			? Number(value)
			: typeof value === 'number'
				? value
				: NaN;
	if (Number.isInteger(n) && n > LAB_LIMITS.maxMinutes)
		problems.push({
			path: 't',
			code: 'limit',
			limit: 'maxMinutes',
			max: LAB_LIMITS.maxMinutes,
			value: n,
		});
	else if (Number.isInteger(n) && n >= 0) return n;
	else problems.push({ path: 't', code: 'expected', expected: 'count', got: show(value) });
	return null;
}

/** Reads `?scenario=…&step=…&t=…&log=…`. Never throws; anything bad is dropped and named. */
export function parseLabSearch(
	search: string,
	known: readonly string[],
	fallback: string
): ParsedLocation | null {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search.length > MAX_SEARCH ? '' : search);
	} catch {
		return null;
	}
	if (search.length > MAX_SEARCH)
		return {
			location: { scenario: fallback, step: 0, t: null, log: [] },
			problems: [
				{
					path: 'log',
					code: 'limit',
					limit: 'maxActionLogBytes',
					max: LAB_LIMITS.maxActionLogBytes,
					value: Math.floor((search.length * 3) / 4),
				},
			],
		};
	const keys = ['scenario', 'step', 't', 'log'];
	if (!keys.some((k) => params.has(k))) return null;
	const problems: Issue[] = [];
	const scenario = params.has('scenario')
		? cleanScenario(params.get('scenario'), known, fallback, problems)
		: fallback;
	const step = params.has('step') ? cleanStep(params.get('step'), problems) : 0;
	let t = params.has('t') ? cleanTime(params.get('t'), problems) : null;
	let log: RecordedAction[] = [];
	if (params.has('log')) {
		const decoded = decodeReplayLog(params.get('log') ?? '');
		if (decoded.ok) log = decoded.log;
		else {
			problems.push(decoded.issue);
			t = null;
		}
	}
	if (problems.some((p) => p.path === 'scenario'))
		return { location: { scenario, step: 0, t: null, log: [] }, problems };
	return { location: { scenario, step, t, log }, problems };
}

/** The query string for a location (without the leading "?"). */
export function labSearch(location: LabLocation, atStep: boolean): string {
	const params = new URLSearchParams();
	params.set('scenario', location.scenario);
	if (location.step > 0) params.set('step', String(location.step));
	if (!atStep) {
		if (location.t !== null) params.set('t', String(Math.round(location.t)));
		const log = encodeReplayLog(location.log);
		if (log !== '') params.set('log', log);
	}
	return params.toString();
}

/** Checks a location read back from storage (already JSON-parsed). */
export function checkStoredLocation(value: unknown, known: readonly string[]): LabLocation | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const v = value as Record<string, unknown>;
	const problems: Issue[] = [];
	if (
		typeof v['scenario'] !== 'string' ||
		!SCENARIO_ID.test(v['scenario']) ||
		!known.includes(v['scenario'])
	)
		return null;
	const step = cleanStep(v['step'], problems);
	const t = v['t'] === null ? null : cleanTime(v['t'], problems);
	const log = checkReplayLog(v['log']);
	if (problems.length > 0 || !log.ok) return null;
	return { scenario: v['scenario'], step, t, log: log.log };
}

/**
 * Where a location goes in the page's address: the scenario and the step in the query, the time and
 * the reader's actions in the fragment. A fragment never reaches the server, so a long log cannot
 * meet a static host's limit on request lines (8 KB on common defaults).
 */
export function labAddress(
	location: LabLocation,
	atStep: boolean
): { search: string; hash: string } {
	const search = new URLSearchParams();
	const hash = new URLSearchParams();
	for (const [key, value] of new URLSearchParams(labSearch(location, atStep)))
		(key === 'scenario' || key === 'step' ? search : hash).set(key, value);
	return { search: search.toString(), hash: hash.toString() };
}

/** Reads a location from the query and the fragment (older links carry everything in the query). */
export function parseLabAddress(
	search: string,
	hash: string,
	known: readonly string[],
	fallback: string
): ParsedLocation | null {
	return parseLabSearch(`${search.replace(/^\?/, '')}&${hash.replace(/^#/, '')}`, known, fallback);
}
