import { expect, test } from 'vitest';
import { figureLabHref } from '../../src/figures/labHref.ts';
import { labAddress, parseLabAddress } from '../../src/lab/location.ts';

test('a figure link is the lab’s own address for that scenario and minute', () => {
	const location = { scenario: 'laptop-away', step: 0, t: 14400, log: [] };
	const { search, hash } = labAddress(location, false);
	expect(figureLabHref('/en/simulator/', 'laptop-away', 14400)).toBe(
		`/en/simulator/?${search}#${hash}`
	);
	const url = new URL(figureLabHref('/simulator/', 'threshold', 1439.6), 'http://x');
	const parsed = parseLabAddress(url.search, url.hash, ['threshold'], 'threshold');
	expect(parsed?.location).toEqual({ scenario: 'threshold', step: 0, t: 1440, log: [] });
	expect(parsed?.problems).toEqual([]);
});
