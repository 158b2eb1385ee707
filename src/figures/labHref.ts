/**
 * The "open in the lab" address of a figure's state: the simulator page with the preset in the
 * query and the simulated minute in the fragment, the shape `labAddress` (src/lab/location.ts)
 * writes and `parseLabAddress` reads. Kept dependency-free so the figures' islands can build it
 * as the reader moves the control; tests/figures/labHref.test.ts holds it to labAddress.
 */
export function figureLabHref(simulatorPath: string, scenario: string, minute: number): string {
	const search = new URLSearchParams({ scenario });
	const hash = new URLSearchParams({ t: String(Math.round(minute)) });
	return `${simulatorPath}?${search.toString()}#${hash.toString()}`;
}
