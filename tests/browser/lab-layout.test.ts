import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gotoLab, launchBrowser, newPage, openLabTab } from './support.ts';
import { PRESET_ORDER } from '../../src/lab/presets.ts';

/**
 * The simulator is one screen: for every preset and every guided step, at a laptop's and a phone's
 * size, in both languages, the narration and the network picture lie wholly inside the window
 * without scrolling. On the laptop the step's text is not cut either, with the tallest tab (the
 * chart) open beside it; on the phone the bottom sheet may scroll its text.
 */
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const VIEWPORTS = [
	{ name: 'laptop', width: 1280, height: 800 },
	{ name: 'phone', width: 390, height: 844 },
] as const;

interface Placement {
	scrollY: number;
	overflowX: number;
	boxes: { name: string; top: number; bottom: number; left: number; right: number }[];
	innerHeight: number;
	innerWidth: number;
	step: string | null;
	steps: string | null;
	/** How much of the step's text is scrolled out of its box (px). */
	textHidden: number;
}

async function placement(page: Page): Promise<Placement> {
	return page.evaluate(() => {
		const box = (name: string) => {
			const r = document.querySelector(`[data-lab="${name}"]`)!.getBoundingClientRect();
			return { name, top: r.top, bottom: r.bottom, left: r.left, right: r.right };
		};
		const narration = document.querySelector('[data-lab="narration"]');
		return {
			scrollY: window.scrollY,
			overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			boxes: [box('narration'), box('network')],
			innerHeight: window.innerHeight,
			innerWidth: window.innerWidth,
			step: narration?.getAttribute('data-step') ?? null,
			steps: narration?.getAttribute('data-steps') ?? null,
			textHidden: (() => {
				const body = narration?.querySelector('.lab-step-body');
				return body ? body.scrollHeight - body.clientHeight : 0;
			})(),
		};
	});
}

function expectInside(p: Placement, where: string, wholeText: boolean): void {
	if (wholeText)
		expect(p.textHidden, `${where}: the step's text is not cut`).toBeLessThanOrEqual(1);
	expect(p.scrollY, `${where}: the page did not scroll`).toBe(0);
	expect(p.overflowX, `${where}: no sideways scrolling`).toBeLessThanOrEqual(0);
	for (const b of p.boxes) {
		expect(b.top, `${where}: ${b.name} top`).toBeGreaterThanOrEqual(0);
		expect(b.bottom, `${where}: ${b.name} bottom`).toBeLessThanOrEqual(p.innerHeight + 0.5);
		expect(b.left, `${where}: ${b.name} left`).toBeGreaterThanOrEqual(0);
		expect(b.right, `${where}: ${b.name} right`).toBeLessThanOrEqual(p.innerWidth + 0.5);
		expect(b.bottom - b.top, `${where}: ${b.name} has a height`).toBeGreaterThan(40);
	}
}

describe.each([
	{ locale: 'ja', prefix: '' },
	{ locale: 'en', prefix: '/en' },
])('lab layout ($locale)', ({ prefix }) => {
	describe.each(VIEWPORTS)('$name', (viewport) => {
		test.each([...PRESET_ORDER])(
			'%s: every step keeps the narration and the picture in view',
			async (id) => {
				const page = await newPage(browser, {
					viewport: { width: viewport.width, height: viewport.height },
				});
				await gotoLab(page, `${prefix}/simulator/?scenario=${id}`);
				const wide = viewport.name === 'laptop';
				if (wide) await openLabTab(page, 'chart');
				let p = await placement(page);
				expectInside(p, `${id} step 0`, wide);
				const steps = Number(p.steps);
				expect(steps).toBeGreaterThan(0);
				for (let k = 1; k <= steps; k++) {
					await page.locator('[data-lab-next]').click();
					await page.waitForSelector(`[data-lab="narration"][data-step="${k}"]`);
					p = await placement(page);
					expectInside(p, `${id} step ${k}`, wide);
				}
				await page.context().close();
			}
		);
	});
});
