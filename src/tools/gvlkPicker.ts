import { PRODUCTS, findProduct, type Product } from '../data/products.ts';
import { CSVLK_GROUPS, groupActivates, type CsvlkGroup } from '../data/hostKeys.ts';

/** Editions that Microsoft's host-key lists do not name (see UNLISTED_EDITIONS_NOTE). */
const UNLISTED = /(pro-education|enterprise-g|iot-)/;

export interface GvlkChoice {
	readonly product: Product;
	/** The exact commands to run on the client. */
	readonly commands: readonly string[];
	/** Host key groups whose KMS host activates this edition. */
	readonly hostGroups: readonly CsvlkGroup[];
	/** True when the host-key coverage of this edition is KMS Lab's assumption. */
	readonly coverageUnconfirmed: boolean;
}

export const DEFAULT_PRODUCT_ID = 'win11-enterprise';

/** The products grouped by version for the select box, in the data's order. */
export function productsByVersion(): { version: string; products: Product[] }[] {
	const groups: { version: string; products: Product[] }[] = [];
	for (const product of PRODUCTS) {
		let group = groups.find((g) => g.version === product.version);
		if (group === undefined) {
			group = { version: product.version, products: [] };
			groups.push(group);
		}
		group.products.push(product);
	}
	return groups;
}

/** Everything the picker shows for one product id; unknown ids fall back to the default. */
export function pickGvlk(productId: string): GvlkChoice {
	const product =
		// Needed: the rule misreads the type of a `??` fallback and its autofix breaks tsc.
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
		findProduct(productId) ?? findProduct(DEFAULT_PRODUCT_ID) ?? (PRODUCTS[0] as Product);
	return {
		product,
		commands: [`slmgr /ipk ${product.gvlk}`, 'slmgr /ato'],
		hostGroups: CSVLK_GROUPS.filter((group) => groupActivates(group.id, product)),
		coverageUnconfirmed: UNLISTED.test(product.id),
	};
}
