import { findProduct } from '../../data/products.ts';
import type { BadKeyReason, EngineError, LimitName } from '../../engine/index.ts';

/**
 * The wording of the engine's results in one language, as templates with `{name}` placeholders:
 * plain strings, so a page can hand its own language to an island as a prop and a prompt can load
 * only its own. Every error code, limit and key reason has one, or the type check fails.
 */
export interface ResultWords {
	/** BCP 47 tag for numbers ("1,000,000" / "1,000,000"). */
	readonly numberLocale: string;
	readonly errors: { readonly [C in EngineError['code']]: string };
	/** What each limit bounds, with `{max}`. */
	readonly limits: { readonly [L in LimitName]: string };
	/** A limit whose value says nothing to a reader (the events a run would need): `{limit}` alone. */
	readonly limitAlone: string;
	readonly badKey: { readonly [R in BadKeyReason]: string } & {
		readonly wrongEditionGvlk: string;
		readonly wrongEditionRetail: string;
	};
	readonly targets: {
		readonly [T in Extract<EngineError, { code: 'unknown_target' }>['expected']]: string;
	};
	readonly fields: {
		readonly [F in Extract<EngineError, { code: 'out_of_range' }>['field']]: string;
	};
}

/** A value from input, shown safely: quoted, with control characters escaped. */
export function quote(text: string): string {
	return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text).replace(
		/[\u007f-\u009f\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		Object.hasOwn(values, key) ? String(values[key]) : whole
	);
}

/** The sentence for an engine error, in the words given. */
export function describeWith(words: ResultWords, error: EngineError): string {
	const n = (v: number): string => v.toLocaleString(words.numberLocale);
	const t = words.errors[error.code];
	switch (error.code) {
		case 'invalid_action':
			return fill(t, { count: error.issues.length });
		case 'unknown_target':
			return fill(t, { name: quote(error.name), target: words.targets[error.expected] });
		case 'name_taken':
			return fill(t, { name: quote(error.name) });
		case 'out_of_range':
			return fill(t, {
				field: words.fields[error.field],
				min: n(error.min),
				max: n(error.max),
				value: error.value,
			});
		case 'bad_offset':
			return fill(t, { value: quote(error.value) });
		case 'bad_key': {
			const lang = words.numberLocale.startsWith('ja') ? 'ja' : 'en';
			const product =
				(error.product === undefined ? undefined : findProduct(error.product)?.name[lang]) ??
				error.product ??
				'';
			if (error.reason === 'wrong_edition' && error.keyKind === 'gvlk')
				return fill(words.badKey.wrongEditionGvlk, { product });
			if (error.reason === 'wrong_edition' && error.keyKind === 'retail')
				return words.badKey.wrongEditionRetail;
			return words.badKey[error.reason];
		}
		case 'no_srv_record':
			return fill(t, { zone: quote(error.zone) });
		case 'object_name_too_long':
			return fill(t, { max: error.max });
		case 'limit':
			if (error.limit === 'maxEvents')
				return fill(words.limitAlone, {
					limit: fill(words.limits.maxEvents, { max: n(error.max) }),
				});
			return fill(t, {
				limit: fill(words.limits[error.limit], {
					max: n(error.max),
					days: n(Math.floor(error.max / 1440)),
				}),
				value: n(error.value),
			});
		case 'internal':
			return fill(t, { action: error.action, detail: error.detail.slice(0, 200) });
		default:
			return t;
	}
}
