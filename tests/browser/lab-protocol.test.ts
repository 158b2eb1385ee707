import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolationsInBothThemes, launchBrowser, newPage, openLab } from './support.ts';
import { thousandMachinesPath } from '../../scripts/lab-perf.ts';

/**
 * Issue 14's "show the protocol": after a contact the SRV lookup, the TCP 1688 request and the
 * answer travel along the network picture's links; they freeze when play pauses; 1,000 machines
 * are drawn as a few pulses with counts; reduced motion gets a still highlight; a message opens
 * field by field, each field linked to the page that explains it.
 */
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const LOCALES = [
	{ prefix: '', play: '再生', pause: '一時停止', plusDay: '+1 日', cmid: 'CMID' },
	{ prefix: '/en', play: 'Play', pause: 'Pause', plusDay: '+1 day', cmid: 'CMID' },
] as const;

async function open(
	path: string,
	options: { reducedMotion?: 'reduce' | 'no-preference' } = {}
): Promise<Page> {
	const page = await openLab(browser, path, options);
	// The layer loads after hydration.
	await page.waitForSelector('svg.lab-proto', { state: 'attached', timeout: 20_000 });
	return page;
}

/** Where each drawn message is now. */
async function positions(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('[data-flight],[data-pulse]')].map(
			(e) =>
				`${e.getAttribute('data-flight') ?? e.getAttribute('data-pulse')}@${e.getAttribute('transform')}`
		)
	);
}

describe.each(LOCALES)('lab protocol ($prefix)', ({ prefix, play, pause, plusDay }) => {
	test('a contact sends the SRV query, then the request and the answer along the links', async () => {
		const page = await open(`${prefix}/simulator/?scenario=threshold`);
		// Watched in the page, frame by frame: the legs in the order they fly, and the answer's marks.
		const watching = page.evaluate(
			() =>
				new Promise<{
					legs: string[];
					outcome: string | null;
					text: string | null;
					mode: string | null;
				}>((done) => {
					const legs: string[] = [];
					let mode: string | null = null;
					let outcome: string | null = null;
					let text: string | null = null;
					const started = performance.now();
					const look = () => {
						const flight = document.querySelector('[data-flight]');
						const leg = flight?.getAttribute('data-flight');
						if (leg && legs.at(-1) !== leg) legs.push(leg);
						if (leg)
							mode =
								document.querySelector('svg.lab-proto')?.getAttribute('data-proto-mode') ?? null;
						if (leg === 'response') {
							outcome = flight!.getAttribute('data-outcome');
							text = flight!.textContent;
						}
						if (performance.now() - started > 5_000 || (legs.length > 0 && !flight))
							return done({ legs, outcome, text, mode });
						requestAnimationFrame(look);
					};
					requestAnimationFrame(look);
				})
		);
		await page.locator('[data-lab-next]').click();
		const seen = await watching;
		expect(seen.legs).toEqual(['query', 'answer', 'request', 'response']);
		// The first client's first answer is a count of 1: a failure (0xC004F038), so a ✕ ring.
		expect(seen.outcome).toBe('fail');
		expect(seen.text).toContain('✕ 1/25');
		expect(seen.mode).toBe('flights');
		await page.context().close();
	});

	test('messages move while time runs and freeze where they are when play pauses', async () => {
		const page = await open(`${prefix}/simulator/?scenario=threshold`);
		// The slowest speed (an hour a second): PC001 retries two hours after its first try.
		await page.selectOption('.lab-time select', { index: 0 });
		await page.locator('[data-lab-next]').click();
		await page.waitForSelector('[data-flight]', { timeout: 2_000 });
		await page.waitForFunction(() => document.querySelector('[data-flight]') === null, null, {
			timeout: 5_000,
		});
		const button = page.locator('[data-lab-play]');
		await button.click();
		// In the page, frame by frame (a message lives under a second): once a message flies, note
		// where it is, note it again a few frames on, then press pause at once.
		const seen = await page.evaluate(
			() =>
				new Promise<{ a: string[]; b: string[] }>((done, fail) => {
					const where = () =>
						[...document.querySelectorAll('[data-flight]')].map(
							(e) => `${e.getAttribute('data-flight')}@${e.getAttribute('transform')}`
						);
					let a: string[] = [];
					let frames = 0;
					const started = performance.now();
					const look = () => {
						if (performance.now() - started > 10_000) return fail(new Error('no message flew'));
						const now = where();
						if (a.length === 0) a = now;
						else if (++frames === 4) {
							(document.querySelector('[data-lab-play]') as HTMLButtonElement).click();
							return done({ a, b: now });
						}
						requestAnimationFrame(look);
					};
					requestAnimationFrame(look);
				})
		);
		expect(seen.b.length).toBeGreaterThan(0);
		expect(seen.b).not.toEqual(seen.a);
		await expect.poll(() => button.textContent()).toContain(play);
		const frozen = await positions(page);
		expect(frozen.length).toBeGreaterThan(0);
		await page.waitForTimeout(400);
		expect(await positions(page)).toEqual(frozen);
		// Playing again moves them on.
		await button.click();
		await expect.poll(() => button.textContent()).toContain(pause);
		await page.waitForTimeout(100);
		expect(await positions(page)).not.toEqual(frozen);
		await page.context().close();
	});

	test('1,000 machines are summarised as one pulse per link with its count', async () => {
		const page = await open(
			prefix === '' ? thousandMachinesPath().replace(/^\/en/, '') : thousandMachinesPath()
		);
		await page.locator('.lab-time').getByRole('button', { name: plusDay, exact: true }).click();
		// Read in the frame a host's pulse shows (a pulse lasts a fraction of a second).
		const drawn = await (
			await page.waitForFunction(
				() => {
					if (document.querySelector('[data-pulse="0"]') === null) return null;
					return {
						mode: document.querySelector('svg.lab-proto')?.getAttribute('data-proto-mode'),
						flights: document.querySelectorAll('[data-flight]').length,
						pulses: [...document.querySelectorAll('[data-pulse]')].map((e) => ({
							link: e.getAttribute('data-pulse'),
							count: Number(e.getAttribute('data-count')),
							text: e.textContent,
						})),
						elements: document.querySelectorAll('svg.lab-proto *').length,
					};
				},
				null,
				{ timeout: 20_000, polling: 'raf' }
			)
		).jsonValue();
		expect(drawn!.mode).toBe('pulses');
		expect(drawn!.flights).toBe(0);
		// A few elements, whatever the number of machines: no per-machine drawing.
		expect(drawn!.elements).toBeLessThan(60);
		const host = drawn!.pulses.find((p) => p.link === '0');
		expect(host!.count).toBeGreaterThan(6);
		expect(host!.text).toContain(`×${host!.count}`);
		await page.context().close();
	});

	test('under reduced motion a still highlight replaces the motion', async () => {
		const page = await open(`${prefix}/simulator/?scenario=threshold`, { reducedMotion: 'reduce' });
		await page.locator('[data-lab-next]').click();
		await page.waitForSelector('[data-proto-static]', { timeout: 2_000 });
		const still = await page.evaluate(() => ({
			mode: document.querySelector('svg.lab-proto')?.getAttribute('data-proto-mode'),
			links: [...document.querySelectorAll('[data-proto-static]')].map((e) =>
				e.getAttribute('data-proto-static')
			),
			text: document.querySelector('[data-proto-static="0"]')?.textContent,
			moving: document.querySelectorAll('[data-flight],[data-pulse]').length,
			animations: document.getAnimations().length,
		}));
		expect(still).toMatchObject({ mode: 'static', moving: 0, animations: 0 });
		expect(still.links).toEqual(['dns', '0']);
		expect(still.text).toContain('✕1');
		const html = await page.locator('svg.lab-proto').innerHTML();
		await page.waitForTimeout(300);
		expect(await page.locator('svg.lab-proto').innerHTML()).toBe(html);
		await page.context().close();
	});

	test('a message opens field by field, each linked to its explanation, by keyboard too', async () => {
		const page = await open(`${prefix}/simulator/?scenario=threshold`);
		await page.locator('[data-lab-next]').click();
		const chip = page.locator('.lab-proto-chip').first();
		await chip.focus();
		await page.keyboard.press('Enter');
		const detail = page.locator('[data-message-detail]');
		await detail.waitFor();
		const fields = await detail.evaluate((d) =>
			[...d.querySelectorAll('[data-field]')].map((f) => ({
				field: f.getAttribute('data-field'),
				href: f.querySelector('a')?.getAttribute('href') ?? '',
				value: f.querySelector('code')?.textContent ?? '',
			}))
		);
		expect(fields.map((f) => f.field)).toEqual([
			'lookup',
			'host',
			'cmid',
			'nPolicy',
			'count',
			'result',
		]);
		const value = (field: string) => fields.find((f) => f.field === field)?.value;
		expect(value('lookup')).toMatch(/^_vlmcs\._tcp\./);
		expect(value('host')).toMatch(/:1688 \(TCP\)$/);
		expect(value('nPolicy')).toBe('25');
		expect(value('count')).toBe('1');
		expect(value('result')).toContain('0xC004F038');
		expect(fields.find((f) => f.field === 'result')?.href).toBe(
			`${prefix}/guides/error-codes/#0xc004f038`
		);
		for (const f of fields) expect(f.href.startsWith(`${prefix}/guides/`)).toBe(true);
		// Every link lands on a page that has the anchor.
		for (const href of new Set(fields.map((f) => f.href))) {
			const target = await newPage(browser);
			await target.goto(inject('baseURL') + href, { waitUntil: 'load' });
			const id = decodeURIComponent(new URL(href, 'http://x').hash.slice(1));
			expect(await target.evaluate((i) => document.getElementById(i) !== null, id), href).toBe(
				true
			);
			await target.context().close();
		}
		// Escape closes it.
		await detail.locator('h3').focus();
		await page.keyboard.press('Escape');
		await expect.poll(() => detail.count()).toBe(0);
		await page.context().close();
	});

	test('axe: no violations with a message open, in both themes', async () => {
		const page = await open(`${prefix}/simulator/?scenario=threshold`);
		await page.locator('[data-lab-next]').click();
		await page.locator('.lab-proto-chip').first().click();
		await page.locator('[data-message-detail]').waitFor();
		await expectNoAxeViolationsInBothThemes(page);
		// The chip is a 44 px touch target.
		const box = await page.locator('.lab-proto-chip').first().boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(44);
		await page.context().close();
	});
});
