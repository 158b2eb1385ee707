import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
	expectNoAxeViolationsInBothThemes,
	gotoLab,
	launchBrowser,
	openLab,
	openLabTab,
	tabTo,
	type PageOptions,
} from './support.ts';

/**
 * The lab's chart as a control (issue 14, item 7), in Chromium and both languages: a click, a drag,
 * a tap or the slider's keys move time through the lab's own move; steps and the reader's actions
 * are marked; the values under the pointer or at the slider are written out.
 */
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const DAY = 1440;
/** The chart's plot margins in CSS px (TimelineChart.tsx draws 1 SVG unit per px). */
const PLOT = { l: 40, r: 12 };

const LOCALES = [
	{
		prefix: '',
		day: (n: number) => `${n} 日目`,
		notRun: 'まだシミュレーションしていません',
		count: 'KMS01 の現在の数: ',
		action: '自分の操作 (',
		refused: '時間を進められませんでした',
		enableRule: 'ファイアウォール規則を有効にする',
		backTo: /ステップ 2 に戻る|ステップ 2/,
	},
	{
		prefix: '/en',
		day: (n: number) => `day ${n}`,
		notRun: 'not simulated yet',
		count: 'KMS01 count ',
		action: 'Your action, ',
		refused: 'Time was not moved',
		enableRule: 'Enable the firewall rule',
		backTo: /step 2/i,
	},
] as const;

async function openChart(path: string, options: PageOptions = {}): Promise<Page> {
	const page = await openLab(browser, path, options);
	await openLabTab(page, 'chart');
	await page.locator('[data-lab-chart-slider]').waitFor();
	return page;
}

async function now(page: Page): Promise<number> {
	return Number(await page.getAttribute('[data-lab-now]', 'data-lab-now'));
}

async function waitForNowChange(page: Page, before: number): Promise<number> {
	await page.waitForFunction(
		(b) => document.querySelector('[data-lab-now]')?.getAttribute('data-lab-now') !== String(b),
		before,
		{ timeout: 20_000 }
	);
	return now(page);
}

/** Where on screen the chart draws simulated minute `t`, and how many minutes one px is. */
async function pointAt(page: Page, t: number) {
	const area = (await page.locator('[data-lab-chart]').boundingBox())!;
	const plot = (await page.locator('[data-lab-chart-slider]').boundingBox())!;
	const max = Number(await page.getAttribute('[data-lab-chart-slider]', 'aria-valuemax'));
	const span = area.width - PLOT.l - PLOT.r;
	return {
		x: area.x + PLOT.l + (span * t) / max,
		y: plot.y + plot.height / 4,
		minutesPerPx: max / span,
	};
}

/** Within one px of the pointer, plus the rounding to the hour. */
function near(actual: number, expected: number, minutesPerPx: number) {
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(minutesPerPx + 60);
}

describe.each(LOCALES)('lab chart ($prefix)', (l) => {
	test('a click moves time there, forward and back; off a guided step the narration says so', async () => {
		const page = await openChart(`${l.prefix}/simulator/?scenario=threshold&step=2`);
		const start = await now(page);
		expect(await page.getAttribute('[data-lab="narration"]', 'data-state')).toBe('on-script');
		const ahead = await pointAt(page, 20 * DAY);
		await page.mouse.click(ahead.x, ahead.y);
		const forward = await waitForNowChange(page, start);
		near(forward, 20 * DAY, ahead.minutesPerPx);
		expect(await page.getAttribute('[data-lab="narration"]', 'data-state')).toBe('off-script');
		expect(await page.locator('[data-lab-step-text]').count()).toBe(0);
		const back = await pointAt(page, 3 * DAY);
		await page.mouse.click(back.x, back.y);
		const backward = await waitForNowChange(page, forward);
		near(backward, 3 * DAY, back.minutesPerPx);
		// The slider reports the new time in days; the URL carries it (off script).
		expect(await page.getAttribute('[data-lab-chart-slider]', 'aria-valuetext')).toBe(
			l.day(Math.floor(backward / DAY))
		);
		await expect.poll(() => page.url()).toContain(`t=${backward}`);
		// Back to the step rebuilds it.
		await page.locator('[data-lab-back-to-step]').click();
		await page.waitForSelector('[data-lab="narration"][data-state="on-script"]');
		expect(await now(page)).toBe(start);
		await page.context().close();
	});

	test('a drag moves a cursor and the values, and time only on release', async () => {
		const page = await openChart(`${l.prefix}/simulator/?scenario=threshold`);
		const start = await now(page);
		const from = await pointAt(page, 2 * DAY);
		const to = await pointAt(page, 12 * DAY);
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(to.x, to.y, { steps: 12 });
		// Nothing ran yet: the cursor and the values show where time would go.
		expect(await now(page)).toBe(start);
		expect(await page.locator('.lab-chart-cursor').count()).toBe(2);
		expect(await page.locator('[data-lab-chart-values]').textContent()).toContain(l.notRun);
		expect(await page.locator('.lab-chart-tip').textContent()).toContain(l.notRun);
		await page.mouse.up();
		const moved = await waitForNowChange(page, start);
		near(moved, 12 * DAY, to.minutesPerPx);
		expect(await page.locator('.lab-chart-cursor').count()).toBe(0);
		await page.context().close();
	});

	test('the slider works from the keyboard: a day, a week, Home and End', async () => {
		const page = await openChart(`${l.prefix}/simulator/?scenario=threshold`);
		await page.locator('[data-lab-tab="chart"]').focus();
		await tabTo(page, '[data-lab-chart-slider]');
		const slider = page.locator('[data-lab-chart-slider]');
		const max = Number(await slider.getAttribute('aria-valuemax'));
		await page.keyboard.press('ArrowRight');
		expect(await waitForNowChange(page, 0)).toBe(DAY);
		expect(await slider.getAttribute('aria-valuetext')).toBe(l.day(1));
		await page.keyboard.press('PageUp');
		expect(await waitForNowChange(page, DAY)).toBe(8 * DAY);
		await page.keyboard.press('ArrowLeft');
		expect(await waitForNowChange(page, 8 * DAY)).toBe(7 * DAY);
		// The values at the slider's time are written under the chart.
		const values = (await page.locator('[data-lab-chart-values]').textContent()) ?? '';
		expect(values.startsWith(l.day(7))).toBe(true);
		expect(values).toContain(l.count);
		// Presses in a row move the cursor at once and time once, when the keys rest.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await slider.getAttribute('aria-valuetext')).toBe(l.day(9));
		expect(await waitForNowChange(page, 7 * DAY)).toBe(9 * DAY);
		// Escape drops a cursor the keys moved before time follows it.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Escape');
		expect(await slider.getAttribute('aria-valuetext')).toBe(l.day(9));
		await page.waitForTimeout(800);
		expect(await now(page)).toBe(9 * DAY);
		await page.keyboard.press('End');
		expect(await waitForNowChange(page, 9 * DAY)).toBe(max);
		await page.keyboard.press('Home');
		expect(await waitForNowChange(page, max)).toBe(0);
		// Keys held on the slider are its own, never the lab's shortcuts ("3" = +30 days).
		await page.keyboard.press('3');
		expect(await now(page)).toBe(0);
		await page.context().close();
	});

	test('markers show every guided step and the reader’s action, each named', async () => {
		const page = await openChart(`${l.prefix}/simulator/?scenario=firewall`);
		const steps = Number(await page.getAttribute('[data-lab="narration"]', 'data-steps'));
		await page.waitForSelector('[data-lab-mark="step"]');
		const shown = await page
			.locator('[data-lab-mark="step"]')
			.evaluateAll((marks) => marks.flatMap((m) => m.getAttribute('data-steps')!.split(' ')));
		expect(shown).toEqual(Array.from({ length: steps }, (_, i) => String(i + 1)));
		expect(await page.locator('[data-lab-mark="action"]').count()).toBe(0);
		// An action of the reader's, one day in.
		await page.locator('[data-lab-chart-slider]').focus();
		await page.keyboard.press('ArrowRight');
		await waitForNowChange(page, 0);
		await page.locator('[data-machine="KMS01"]').first().click();
		await openLabTab(page, 'faults');
		await page.locator('.lab-faults').getByRole('button', { name: l.enableRule }).click();
		await openLabTab(page, 'chart');
		const action = page.locator('[data-lab-mark="action"]');
		await action.waitFor();
		expect(await action.getAttribute('role')).toBe('img');
		expect(await action.getAttribute('aria-label')).toContain(`${l.action}${l.day(1)}`);
		expect(await action.locator('path').count()).toBe(1);
		expect(await action.locator('circle').count()).toBe(0);
		expect(
			await page.getByRole('img', { name: (await action.getAttribute('aria-label'))! }).count()
		).toBe(1);
		await expectNoAxeViolationsInBothThemes(page);
		await page.context().close();
	});

	test('hovering shows the values under the pointer without moving time', async () => {
		const page = await openChart(`${l.prefix}/simulator/?scenario=threshold&step=6`);
		const end = await now(page);
		const at = await pointAt(page, 26 * DAY);
		await page.mouse.move(at.x, at.y);
		const tip = page.locator('.lab-chart-tip');
		await tip.waitFor();
		const day = Math.floor(
			Number(await page.getAttribute('[data-lab-chart-values]', 'data-t')) / DAY
		);
		expect(Math.abs(day - 26)).toBeLessThanOrEqual(1);
		const text = (await tip.textContent()) ?? '';
		expect(text).toContain(l.day(day));
		expect(text).toMatch(new RegExp(`${l.count}\\d+`));
		expect(await page.locator('[data-lab-chart-values]').textContent()).toContain(l.day(day));
		expect(await now(page)).toBe(end);
		await page.mouse.move(5, 5);
		await tip.waitFor({ state: 'detached' });
		await page.context().close();
	});

	test('a move past the lab’s budget is refused with the time controls’ notice, nothing half-applied', async () => {
		// 1,930 machines renewing every 15 minutes: the event budget runs out within a few days.
		const log = Buffer.from(
			JSON.stringify([
				[0, { type: 'addMachines', prefix: 'LT', count: 1000, product: 'win11-enterprise' }],
				[0, { type: 'addMachines', prefix: 'VM', count: 900, product: 'win11-enterprise' }],
				[0, { type: 'setRenewalInterval', host: 'KMS01', minutes: 15 }],
			])
		).toString('base64url');
		const page = await openChart(`${l.prefix}/simulator/?scenario=threshold&t=0&log=${log}`);
		const licensed = await page.getAttribute('[data-lab-licensed]', 'data-lab-licensed');
		const far = await pointAt(page, 30 * DAY);
		await page.mouse.click(far.x, far.y);
		const notice = page.locator('[data-lab-notice]').filter({ hasText: l.refused });
		await notice.waitFor({ timeout: 60_000 });
		expect(await now(page)).toBe(0);
		expect(await page.getAttribute('[data-lab-licensed]', 'data-lab-licensed')).toBe(licensed);
		await page.context().close();
	}, 90_000);

	test('picking an event in the log moves time back to it the same way and selects its computer', async () => {
		const page = await openChart(`${l.prefix}/simulator/?scenario=threshold&step=6`);
		const before = await now(page);
		await openLabTab(page, 'log');
		await page.locator('.lab-log select').first().selectOption('PC001');
		const oldest = page.locator('.lab-log .lab-entry').last();
		const head = (await oldest.locator('.lab-entry-head').textContent()) ?? '';
		await oldest.click();
		const moved = await waitForNowChange(page, before);
		expect(moved).toBeLessThan(before);
		// The clock shows the event's date and time; its computer is selected.
		const date = (head.split(' · ')[0] ?? '').replace(/^✕ /, '');
		expect(date).not.toBe('');
		expect(await page.locator('.lab-clock time').textContent()).toContain(date);
		expect(await page.locator('[data-machine="PC001"][aria-pressed="true"]').count()).toBe(1);
		expect(await page.getAttribute('[data-lab="narration"]', 'data-state')).toBe('off-script');
		await page.context().close();
	});

	test('at 320 px a tap moves time and the chart fits without scrolling sideways', async () => {
		const context = await browser.newContext({
			viewport: { width: 320, height: 800 },
			hasTouch: true,
			isMobile: true,
		});
		const page = await context.newPage();
		await gotoLab(page, `${l.prefix}/simulator/?scenario=threshold`);
		await page.locator('[data-lab-tab="chart"]').tap();
		await page.locator('[data-lab-chart-slider]').waitFor();
		await page.locator('[data-lab-chart]').scrollIntoViewIfNeeded();
		const box = (await page.locator('[data-lab-chart]').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(320);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
		// Tick labels are drawn at their own size, not shrunk with the picture.
		const tickHeight = await page
			.locator('.lab-chart-svg .lab-axis text')
			.first()
			.evaluate((t) => t.getBoundingClientRect().height);
		expect(tickHeight).toBeGreaterThanOrEqual(10);
		const at = await pointAt(page, 10 * DAY);
		await page.touchscreen.tap(at.x, at.y);
		near(await waitForNowChange(page, 0), 10 * DAY, at.minutesPerPx);
		await context.close();
	});
});
