import type { Product } from '../../data/products.ts';
import type { Locale } from '../../i18n/index.ts';

/** The three tables of Microsoft's GVLK page that KMS Lab reproduces (GVLK_SOURCE in src/data/sources.ts). */
export type GvlkSectionId = 'server' | 'client' | 'ltsc';

/** One row: a key and every edition that uses it, in data order. */
export interface GvlkRow {
	readonly gvlk: string;
	readonly editions: readonly string[];
}

export interface GvlkSection {
	readonly id: GvlkSectionId;
	readonly rows: readonly GvlkRow[];
}

const SECTION_ORDER: readonly GvlkSectionId[] = ['server', 'client', 'ltsc'];

/** Windows 10 and 11 GA editions share one table (and one key per edition) on Microsoft's page. */
export function sectionOf(product: Product): GvlkSectionId {
	if (product.family === 'server') return 'server';
	return product.line === 'win11' || product.line === 'win10' ? 'client' : 'ltsc';
}

/**
 * Groups products into the table sections and merges editions that share a key into one row
 * (Windows 11 Pro and Windows 10 Pro, or LTSC 2019/2021/2024), so each key appears once per
 * table and is copied from one place. Rows keep the order in which keys first appear in the
 * data; empty sections are left out.
 */
export function gvlkSections(products: readonly Product[], locale: Locale): readonly GvlkSection[] {
	const bySection = new Map<GvlkSectionId, Map<string, string[]>>();
	for (const product of products) {
		const section = sectionOf(product);
		let rows = bySection.get(section);
		if (rows === undefined) {
			rows = new Map();
			bySection.set(section, rows);
		}
		const editions = rows.get(product.gvlk);
		if (editions === undefined) rows.set(product.gvlk, [product.name[locale]]);
		else editions.push(product.name[locale]);
	}
	const sections: GvlkSection[] = [];
	for (const id of SECTION_ORDER) {
		const rows = bySection.get(id);
		if (rows === undefined) continue;
		sections.push({ id, rows: [...rows].map(([gvlk, editions]) => ({ gvlk, editions })) });
	}
	return sections;
}
