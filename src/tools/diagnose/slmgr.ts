import { ACTIVATING_LINE, SLMGR_LABELS, type SlmgrField } from '../../data/diagnosis.ts';
import { codesInLine } from './codes.ts';
import { squash, type Line } from './normalize.ts';

/**
 * The fields of `slmgr /dli`, `/dlv`, `/dlv all`, `/xpr` and `/ato` (and the same facts from
 * ospp.vbs), in English or Japanese, found by their labels. Labels come from src/data/diagnosis.ts
 * and are looked up in maps, so each line costs the same whatever the number of labels.
 */

export type LabelLang = 'en' | 'ja' | 'other';

export interface FieldHit {
	readonly field: SlmgrField;
	/** The text after the label, trimmed; empty for whole-line labels. */
	readonly value: string;
	readonly from: number;
	readonly to: number;
	readonly lang: LabelLang;
}

/** One product's block (a `/dlv all` lists several). */
export interface ProductBlock {
	readonly hits: readonly FieldHit[];
	readonly from: number;
	readonly to: number;
}

/** `slmgr /ato`: the product it tried and how it ended. */
export interface Activation {
	readonly product: string | null;
	readonly activationId: string | null;
	readonly from: number;
	readonly to: number;
	/** 'success', a code (`0x…`), 'failed' with no code, or null when the paste ends before the result. */
	readonly result: string | null;
}

export interface SlmgrParse {
	readonly hits: readonly FieldHit[];
	readonly products: readonly ProductBlock[];
	readonly activations: readonly Activation[];
	/** Error lines (`Error: 0x…`, `ERROR CODE:`) outside an activation. */
	readonly errors: readonly {
		readonly code: string | null;
		readonly from: number;
		readonly to: number;
	}[];
}

type Form = 'value' | 'line' | 'prefix';

interface LabelEntry {
	readonly field: SlmgrField;
	readonly lang: LabelLang;
}

const VALUE_LABELS = new Map<string, LabelEntry>();
const LINE_LABELS = new Map<string, LabelEntry>();
const PREFIX_LABELS: { key: string; entry: LabelEntry }[] = [];

function formOf(label: string): Form {
	if (label.endsWith(':')) return 'value';
	if (label.endsWith('…')) return 'prefix';
	return 'line';
}

function lineKey(text: string): string {
	return squash(text).replace(/[.。]+$/, '');
}

for (const rule of SLMGR_LABELS) {
	const add = (label: string, lang: LabelLang): void => {
		const entry: LabelEntry = { field: rule.field, lang };
		const form = formOf(label);
		if (form === 'value') {
			const key = squash(label.slice(0, -1));
			if (!VALUE_LABELS.has(key)) VALUE_LABELS.set(key, entry);
		} else if (form === 'prefix') PREFIX_LABELS.push({ key: squash(label.slice(0, -1)), entry });
		else if (!LINE_LABELS.has(lineKey(label))) LINE_LABELS.set(lineKey(label), entry);
	};
	for (const l of rule.en) add(l, 'en');
	for (const l of rule.ja) add(l, 'ja');
	for (const l of rule.other ?? []) add(l, 'other');
}

/** Whole-line and prefix labels are short; a longer line is not worth squashing. */
const MAX_LABEL_LINE = 200;
const PREFIX_FIRST: ReadonlySet<string> = new Set(PREFIX_LABELS.map((p) => p.key.slice(0, 3)));

/** The text of `t` after its first `n` non-space characters (what follows a squashed prefix). */
function afterNonSpace(t: string, n: number): string {
	let seen = 0;
	let i = 0;
	while (i < t.length && seen < n) {
		if (!/\s/.test(t[i] as string)) seen++;
		i++;
	}
	return t.slice(i).trim();
}

/** The slmgr field a line holds, or undefined. */
export function matchLabel(
	text: string
): { field: SlmgrField; value: string; lang: LabelLang } | undefined {
	const t = text.trim();
	if (t === '' || t.length > 400) return undefined;
	const colon = t.indexOf(':');
	if (colon > 0 && colon <= 80) {
		const entry = VALUE_LABELS.get(squash(t.slice(0, colon)));
		if (entry !== undefined)
			return { field: entry.field, value: t.slice(colon + 1).trim(), lang: entry.lang };
	}
	if (t.length > MAX_LABEL_LINE) return undefined;
	const sq = squash(t);
	const whole = LINE_LABELS.get(sq.replace(/[.。]+$/, ''));
	if (whole !== undefined) return { field: whole.field, value: '', lang: whole.lang };
	if (!PREFIX_FIRST.has(sq.slice(0, 3))) return undefined;
	for (const p of PREFIX_LABELS) {
		if (sq.startsWith(p.key))
			return { field: p.entry.field, value: afterNonSpace(t, p.key.length), lang: p.entry.lang };
	}
	return undefined;
}

/** True for a line that opens an slmgr field (so a wrapped line is never glued onto it). */
export function startsSlmgrField(text: string): boolean {
	return matchLabel(text) !== undefined || activatingLine(text) !== undefined;
}

function activatingLine(text: string): { product: string; activationId: string } | undefined {
	const t = text.trim();
	// Both forms end with the Activation ID in parentheses: no ")" means no need to try them.
	if (!t.includes(') ') || t.length > 320) return undefined;
	const m = ACTIVATING_LINE.en.exec(t) ?? ACTIVATING_LINE.ja.exec(t);
	return m === null
		? undefined
		: { product: (m[1] as string).trim(), activationId: (m[2] as string).toLowerCase() };
}

/** Fields that only a real slmgr product block has: a lone "Name:" (nslookup prints one) is not a product. */
const PRODUCT_EVIDENCE: ReadonlySet<SlmgrField> = new Set([
	'description',
	'licenseStatus',
	'partialProductKey',
	'licenseNotInUse',
	'activationId',
	'productKeyChannel',
]);

function errorCode(value: string): string | null {
	return codesInLine(value)[0]?.code ?? null;
}

export function parseSlmgr(lines: readonly Line[]): SlmgrParse {
	const hits: FieldHit[] = [];
	const products: ProductBlock[] = [];
	const activations: Activation[] = [];
	const errors: { code: string | null; from: number; to: number }[] = [];
	let block: FieldHit[] = [];
	let attempt:
		| {
				product: string;
				activationId: string;
				from: number;
				to: number;
				result: Activation['result'];
		  }
		| undefined;

	const closeBlock = (): void => {
		if (block.some((h) => PRODUCT_EVIDENCE.has(h.field)))
			products.push({
				hits: block,
				from: (block[0] as FieldHit).from,
				to: (block.at(-1) as FieldHit).to,
			});
		block = [];
	};
	const closeAttempt = (): void => {
		if (attempt !== undefined)
			activations.push({
				product: attempt.product,
				activationId: attempt.activationId,
				from: attempt.from,
				to: attempt.to,
				result: attempt.result,
			});
		attempt = undefined;
	};

	for (const line of lines) {
		if (line.command !== undefined) {
			closeAttempt();
			closeBlock();
			continue;
		}
		const act = activatingLine(line.text);
		if (act !== undefined) {
			closeAttempt();
			attempt = { ...act, from: line.from, to: line.to, result: null };
			continue;
		}
		const m = matchLabel(line.text);
		if (m === undefined) continue;
		// Japanese /xpr reuses the /dlv label "ボリューム ライセンス認証の有効期限" with a date instead of minutes.
		const field: SlmgrField =
			m.field === 'volumeExpiration' && !/minute|分/i.test(m.value) ? 'xprVolume' : m.field;
		if ((field === 'description' || field === 'name' || field === 'error') && m.value === '')
			continue;
		const hit: FieldHit = { field, value: m.value, from: line.from, to: line.to, lang: m.lang };
		hits.push(hit);
		if (field === 'activated' || field === 'activationFailed' || field === 'error') {
			const result =
				field === 'activated'
					? 'success'
					: field === 'error'
						? (errorCode(m.value) ?? 'failed')
						: 'failed';
			if (attempt !== undefined && attempt.result === null) {
				attempt.result = result;
				attempt.to = line.to;
				closeAttempt();
			} else if (field !== 'activated')
				errors.push({
					code: field === 'error' ? errorCode(m.value) : null,
					from: line.from,
					to: line.to,
				});
			continue;
		}
		if (
			field === 'serviceVersion' ||
			(field === 'name' && block.some((h) => h.field === 'name' || h.field === 'description'))
		)
			closeBlock();
		block.push(hit);
	}
	closeAttempt();
	closeBlock();
	return { hits, products, activations, errors };
}
