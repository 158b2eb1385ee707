import { findProduct } from '../../data/products.ts';
import type { BadKeyReason, EngineError, LimitName } from '../../engine/index.ts';

/**
 * The wording of the engine's results in one language: a sentence for each error code, as a
 * function of that variant, so a new code without words fails the type check.
 */
export type ErrorWords = { readonly [C in EngineError['code']]: (error: Extract<EngineError, { code: C }>) => string };

export interface ResultCatalogue {
	readonly errors: ErrorWords;
	/** What each limit bounds, for "at most N …" sentences. */
	readonly limits: { readonly [L in LimitName]: (max: number) => string };
	readonly badKey: { readonly [R in BadKeyReason]: string };
	/** "machine", "KMS host"… for unknown_target. */
	readonly targets: { readonly [T in Extract<EngineError, { code: 'unknown_target' }>['expected']]: string };
	readonly fields: { readonly [F in Extract<EngineError, { code: 'out_of_range' }>['field']]: string };
}

/** A product's name from the data, or its id when unknown. */
export function productName(id: string | undefined, lang: 'ja' | 'en'): string {
	return (id === undefined ? undefined : findProduct(id)?.name[lang]) ?? id ?? '';
}

/** A value from input, shown safely: quoted, with control characters escaped. */
export function quote(text: string): string {
	return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
