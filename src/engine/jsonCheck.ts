import { PRODUCTS } from '../data/products.ts';
import { CSVLK_GROUPS, HOST_OS_NAMES } from '../data/hostKeys.ts';
import type { ExpectedKind, Issue } from './issues.ts';
import { STRING_LIMITS } from './limits.ts';

/**
 * What the hand-written validators (scenarioSchema.ts, snapshotSchema.ts) share: the string rules,
 * field tables and the issue list. Input is untrusted JSON, so a user-supplied key is only ever
 * looked up with `Object.hasOwn` or in a `Map`, and a value only ever read from an own property:
 * "constructor", "toString" or "__proto__" is an unknown field like any other word.
 */

export const PRODUCT_IDS: ReadonlySet<string> = new Set(PRODUCTS.map((p) => p.id));
export const GROUP_IDS: ReadonlySet<string> = new Set<string>(CSVLK_GROUPS.map((g) => g.id));
export const HOST_OS_IDS: ReadonlySet<string> = new Set(Object.keys(HOST_OS_NAMES));

// ---------------------------------------------------------------- showing values safely

/** Characters a terminal or a page could act on: C0, DEL, C1, bidi controls, line separators, BOM, lone surrogates. */
const UNSAFE =
	/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|\p{Cs}/gu;

/** Writes every unsafe character as `\uXXXX`, so text from the input cannot drive a terminal. */
export function escapeControls(text: string): string {
	return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first `max` code points of `text`, with "…" if it had more (never splits a surrogate pair). */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	let out = '';
	let n = 0;
	for (const c of text) {
		if (n++ === max) return `${out}…`;
		out += c;
	}
	return out;
}

/** A string in double quotes, escaped and clipped, for a message. */
export function quote(text: string, max = 60): string {
	return escapeControls(JSON.stringify(clip(text, max)));
}

/** A short, escaped JSON rendering of a value for an issue's `got` (never throws, even on cycles or BigInt). */
export function show(value: unknown): string {
	if (typeof value === 'string') return quote(value);
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		// Cycles, BigInt, throwing getters.
		text =
			typeof value === 'bigint'
				? `${value}n`
				: Array.isArray(value)
					? '[object Array]'
					: '[object Object]';
	}
	return clip(escapeControls(text), 60);
}

// ---------------------------------------------------------------- own properties and paths

export function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An own property's value (undefined if the key is missing or only inherited). */
export function own(obj: object, key: string): unknown {
	return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;

/** `path.key`, or `path["key"]` (escaped, clipped) for a key that is not a plain word. */
export function keyPath(path: string, key: string): string {
	if (PLAIN_KEY.test(key)) return path === '' ? key : `${path}.${key}`;
	return `${path}[${quote(key)}]`;
}

/** `inner` as seen from inside `outer` (`$` is the root). */
export function joinPath(outer: string, inner: string): string {
	if (inner === '$') return outer;
	return inner.startsWith('[') ? `${outer}${inner}` : `${outer}.${inner}`;
}

// ---------------------------------------------------------------- the issue list

/** Stop collecting after this many issues: badly damaged input would otherwise list thousands. */
export const MAX_ISSUES = 200;

export function report(issues: Issue[], issue: Issue): void {
	if (issues.length < MAX_ISSUES) issues.push(issue);
	else if (issues.length === MAX_ISSUES)
		issues.push({ path: '$', code: 'too_many_issues', max: MAX_ISSUES });
}

export function reportExpected(
	issues: Issue[],
	path: string,
	expected: ExpectedKind,
	v: unknown,
	nullable = false
): void {
	report(
		issues,
		nullable
			? { path, code: 'expected', expected, got: show(v), nullable: true }
			: { path, code: 'expected', expected, got: show(v) }
	);
}

// ---------------------------------------------------------------- string rules (STRING_LIMITS)

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /\p{Cs}/u;

/** Code points in `s`, counting no further than `stop + 1`. */
function codePoints(s: string, stop: number): number {
	let n = 0;
	for (const _ of s) if (++n > stop) break;
	return n;
}

/** A string of `min`–`max` characters (code points) with no control character and no lone surrogate. */
export function isCleanString(v: unknown, min: number, max: number): v is string {
	// A code point takes at most two UTF-16 units: anything longer is too long without counting.
	if (typeof v !== 'string' || v.length > max * 2 || v.length < min) return false;
	const n = codePoints(v, max);
	return n >= min && n <= max && !CONTROL.test(v) && !LONE_SURROGATE.test(v);
}

export const isText = (v: unknown): v is string => isCleanString(v, 1, STRING_LIMITS.text);

/** No whitespace, control, format character or lone surrogate anywhere. */
const TOKEN_CHARS = /^[^\s\p{Cc}\p{Cf}\p{Cs}]+$/u;

export const isToken = (v: unknown): v is string =>
	isCleanString(v, 1, STRING_LIMITS.token) && TOKEN_CHARS.test(v);

const COMPUTER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,14}$/;

export const isComputerName = (v: unknown): v is string =>
	typeof v === 'string' && v.length <= STRING_LIMITS.computerName && COMPUTER_NAME.test(v);

const PREFIX = /^[A-Za-z][A-Za-z0-9-]{0,8}$/;

/**
 * Names of Object.prototype's members (and "prototype"): refused where a string becomes a key,
 * like a prefix in the world's next-number table.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'toLocaleString',
	'valueOf',
	'hasOwnProperty',
	'isPrototypeOf',
	'propertyIsEnumerable',
	'__defineGetter__',
	'__defineSetter__',
	'__lookupGetter__',
	'__lookupSetter__',
]);

export const isPrefix = (v: unknown): v is string =>
	typeof v === 'string' &&
	v.length <= STRING_LIMITS.prefix &&
	PREFIX.test(v) &&
	!RESERVED_KEYS.has(v);

const DNS_NAME = new RegExp(
	`^[A-Za-z0-9-]{1,${STRING_LIMITS.domainLabel}}(?:\\.[A-Za-z0-9-]{1,${STRING_LIMITS.domainLabel}})*$`
);

/** A DNS name of at most `max` characters (a host's FQDN may run a computer name past 253). */
export function isDnsName(v: unknown, max: number = STRING_LIMITS.domain): v is string {
	return typeof v === 'string' && v.length <= max && DNS_NAME.test(v);
}

export const isCount = (v: unknown): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000;
/** Any integer, negative too. */
export const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

export const isWholeNumber = (v: unknown): v is number =>
	typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

// ---------------------------------------------------------------- field tables

/** A value test with the kind it reports. */
export interface Leaf {
	readonly kind: ExpectedKind;
	readonly test: (v: unknown) => boolean;
	readonly nullable?: true;
}

/** A field's check: a leaf, or a function that checks (and reports) a nested value. */
export type Check = Leaf | ((path: string, v: unknown, issues: Issue[]) => void);

export interface Field {
	readonly check: Check;
	readonly required: boolean;
}

/** The fields an object may have, and a check run once they are sound (cross-field rules). */
export interface FieldTable {
	readonly fields: ReadonlyMap<string, Field>;
	readonly allowed: readonly string[];
	readonly refine?: (path: string, value: Record<string, unknown>, issues: Issue[]) => void;
}

export const leaf = (kind: ExpectedKind, test: (v: unknown) => boolean): Leaf => ({ kind, test });

/** The leaf, or null. Groups and domains have their own "or null" kinds. */
export function orNull(check: Leaf): Leaf {
	const test = (v: unknown): boolean => v === null || check.test(v);
	if (check.kind === 'group') return { kind: 'groupOrNull', test };
	if (check.kind === 'domain') return { kind: 'domainOrNull', test };
	return { kind: check.kind, test, nullable: true };
}

export const required = (check: Check): Field => ({ check, required: true });
export const optional = (check: Check): Field => ({ check, required: false });

/** A table from a literal written in this code (never from input); bare checks take `byDefault`. */
export function table(
	spec: Readonly<Record<string, Check | Field>>,
	byDefault: 'required' | 'optional',
	refine?: FieldTable['refine']
): FieldTable {
	const fields = new Map<string, Field>();
	for (const [name, f] of Object.entries(spec))
		fields.set(
			name,
			typeof f === 'object' && 'required' in f
				? f
				: { check: f, required: byDefault === 'required' }
		);
	return refine
		? { fields, allowed: [...fields.keys()], refine }
		: { fields, allowed: [...fields.keys()] };
}

export function run(check: Check, path: string, v: unknown, issues: Issue[]): void {
	if (typeof check === 'function') check(path, v, issues);
	else if (!check.test(v)) reportExpected(issues, path, check.kind, v, check.nullable === true);
}

/**
 * Checks an object's own fields against a table; a field not in the table is reported (its name
 * escaped in the path). True if `v` is an object (so the caller may look further).
 */
export function checkFields(
	path: string,
	v: unknown,
	t: FieldTable,
	issues: Issue[],
	kind: ExpectedKind = 'object'
): v is Record<string, unknown> {
	if (!isObject(v)) {
		reportExpected(issues, path, kind, v);
		return false;
	}
	const before = issues.length;
	for (const [name, field] of t.fields) {
		const value = own(v, name);
		if (value === undefined) {
			if (field.required) report(issues, { path: keyPath(path, name), code: 'missing' });
			continue;
		}
		run(field.check, keyPath(path, name), value, issues);
	}
	for (const name of Object.keys(v))
		if (!t.fields.has(name))
			report(issues, { path: keyPath(path, name), code: 'unknown_field', allowed: t.allowed });
	if (t.refine && issues.length === before) t.refine(path, v, issues);
	return true;
}

export function object(t: FieldTable, kind: ExpectedKind = 'object'): Check {
	return (path, v, issues) => {
		checkFields(path, v, t, issues, kind);
	};
}

export function nullableObject(t: FieldTable): Check {
	return (path, v, issues) => {
		if (v === null) return;
		if (!isObject(v)) return reportExpected(issues, path, 'object', v, true);
		checkFields(path, v, t, issues);
	};
}

// ---------------------------------------------------------------- leaves both validators use

export const TEXT = leaf('text', isText);
/** Any string a log entry may carry (a computer name, or empty). */
export const STRING = leaf('string', (v) => isCleanString(v, 0, STRING_LIMITS.text));
export const TIME = leaf('time', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
export const TOKEN = leaf('token', isToken);
export const NAME = leaf('name', isComputerName);
export const DOMAIN = leaf('domain', (v) => isDnsName(v));
export const BOOLEAN = leaf('boolean', (v) => typeof v === 'boolean');
export const COUNT = leaf('count', isCount);
export const INTEGER = leaf('integer', isWholeNumber);
export const PORT = leaf(
	'port',
	(v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535
);
export const ACT_TYPE = leaf('actType', (v) => v === 0 || v === 1 || v === 2);
export const PRODUCT = leaf('product', (v) => typeof v === 'string' && PRODUCT_IDS.has(v));
export const HOST_OS = leaf('hostOs', (v) => typeof v === 'string' && HOST_OS_IDS.has(v));
export const GROUP = leaf('group', (v) => typeof v === 'string' && GROUP_IDS.has(v));
/** Activation object names: slmgr refuses longer ones. */
export const ACTIVATION_OBJECT_NAME = leaf('activationObjectName', (v) => isCleanString(v, 1, 40));

export function arrayOf(item: Check, kind: ExpectedKind = 'array'): Check {
	return (path, v, issues) => {
		if (!Array.isArray(v)) return reportExpected(issues, path, kind, v);
		for (let i = 0; i < v.length; i++) run(item, `${path}[${i}]`, v[i], issues);
	};
}
