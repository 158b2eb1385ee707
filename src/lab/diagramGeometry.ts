/**
 * Where things sit in the network picture (NetworkDiagram.tsx) in its viewBox units, shared with the
 * protocol layer that draws messages over it, so both agree on every box and link.
 */
export const DIAGRAM_HEIGHT = 220;
export const DNS_BOX = { x: 20, y: 20, w: 170, h: 70 } as const;
export const HOST_W = 190;
const HOST_GAP = 20;
const HOST_X0 = 220;
/** Top of the machines' bar; links from the boxes run down to just above it. */
export const CLIENTS_Y = 135;
const LINK_BOTTOM = CLIENTS_Y - 5;
const BOX_BOTTOM = DNS_BOX.y + DNS_BOX.h;

export function diagramWidth(hosts: number): number {
	return Math.max(420, HOST_X0 + hosts * (HOST_W + HOST_GAP));
}

export function hostX(i: number): number {
	return HOST_X0 + i * (HOST_W + HOST_GAP);
}

/** A link between the machines and a server: `dns`, or a host's index. */
export type Link = 'dns' | number;

/** A link as a line from the machines' end (x1, y1) to the server's (x2, y2). */
export interface LinkLine {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export function linkLine(link: Link): LinkLine {
	// The DNS link keeps to the right of the box, clear of the machine count written under it.
	const x = link === 'dns' ? DNS_BOX.x + DNS_BOX.w - 25 : hostX(link) + HOST_W / 2;
	return { x1: x, y1: LINK_BOTTOM, x2: x, y2: BOX_BOTTOM };
}

/** The point a fraction `f` of the way along a link, from the machines (0) to the server (1). */
export function pointOn(line: LinkLine, f: number): { x: number; y: number } {
	return { x: line.x1 + (line.x2 - line.x1) * f, y: line.y1 + (line.y2 - line.y1) * f };
}
