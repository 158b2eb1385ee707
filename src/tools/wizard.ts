import {
	TROUBLE_START,
	TROUBLESHOOTING,
	findTroubleNode,
	type TroubleNode,
} from '../data/troubleshooting.ts';

/** Only ids made of these characters can come from the URL; anything else is ignored. */
const STEP_ID = /^[a-z0-9-]{1,40}$/;

/** Reads `?step=` from a query string; unknown or malformed ids fall back to the start. */
export function stepFromSearch(search: string): string {
	let value: string | null = null;
	try {
		value = new URLSearchParams(search).get('step');
	} catch {
		value = null;
	}
	if (value === null || !STEP_ID.test(value) || findTroubleNode(value) === undefined)
		return TROUBLE_START;
	return value;
}

/** The shortest chain of node ids from the start to `id` (inclusive), or just the start. */
export function pathTo(id: string): string[] {
	if (findTroubleNode(id) === undefined) return [TROUBLE_START];
	const previous = new Map<string, string | null>([[TROUBLE_START, null]]);
	const queue = [TROUBLE_START];
	while (queue.length > 0) {
		const current = queue.shift() as string;
		if (current === id) break;
		for (const option of findTroubleNode(current)?.options ?? []) {
			if (!previous.has(option.next)) {
				previous.set(option.next, current);
				queue.push(option.next);
			}
		}
	}
	if (!previous.has(id)) return [TROUBLE_START];
	const path: string[] = [];
	for (let at: string | null = id; at !== null; at = previous.get(at) ?? null) path.unshift(at);
	return path;
}

/** Every path from the start to a leaf (the tree is small: a few dozen paths). */
export function allPaths(): string[][] {
	const paths: string[][] = [];
	const walk = (node: TroubleNode, path: string[]): void => {
		if (path.includes(node.id)) throw new Error(`Cycle in the troubleshooting tree at ${node.id}`);
		const here = [...path, node.id];
		if (node.options.length === 0) {
			paths.push(here);
			return;
		}
		for (const option of node.options) {
			const next = findTroubleNode(option.next);
			if (next === undefined) throw new Error(`${node.id} points to missing node ${option.next}`);
			walk(next, here);
		}
	};
	const start = findTroubleNode(TROUBLE_START);
	if (start !== undefined) walk(start, []);
	return paths;
}

/** Nodes in the order a depth-first walk first meets them (used for the no-JS rendering). */
export function nodesInOrder(): TroubleNode[] {
	const seen = new Set<string>();
	const order: TroubleNode[] = [];
	const visit = (id: string): void => {
		if (seen.has(id)) return;
		seen.add(id);
		const node = findTroubleNode(id);
		if (node === undefined) return;
		order.push(node);
		for (const option of node.options) visit(option.next);
	};
	visit(TROUBLE_START);
	return order;
}

export { TROUBLESHOOTING, TROUBLE_START };
