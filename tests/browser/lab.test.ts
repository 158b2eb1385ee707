import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
	expectNoAxeViolations,
	launchBrowser,
	newPage,
	openLab as openLabIn,
	openLabTab,
	trackProblems,
	type PageOptions,
} from './support.ts';

/**
 * The Activation Lab in Chromium, in both languages: guided presets driven through the UI, the
 * terminal, link sharing, hostile input, keyboard-only use, narrow screens and axe.
 */
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const LOCALES = [
	{
		locale: 'ja',
		prefix: '',
		next: /^(始める|次へ)$/,
		countLabel: '現在の数: ',
		title: '管理者: コマンド プロンプト — ',
	},
	{
		locale: 'en',
		prefix: '/en',
		next: /^(Start|Next)$/,
		countLabel: 'Current count: ',
		title: 'Administrator: Command Prompt — ',
	},
] as const;

const openLab = (path: string, options: PageOptions = {}): Promise<Page> =>
	openLabIn(browser, path, options);

async function licensed(page: Page): Promise<number> {
	return Number(await page.getAttribute('[data-lab-licensed]', 'data-lab-licensed'));
}

async function clickNext(page: Page, next: RegExp): Promise<void> {
	await page.locator('[data-lab="narration"]').getByRole('button', { name: next }).click();
}

/** The panels beside the picture are tabs: the terminal, the log and the faults each have one. */
describe.each(LOCALES)('lab ($locale)', ({ locale, prefix, next, countLabel, title: title_ }) => {
	test('threshold: driven through the UI until 25 machines are activated', async () => {
		const page = await openLab(`${prefix}/simulator/?scenario=threshold`);
		const problems = trackProblems(page);
		const seen: number[] = [];
		for (let i = 0; i < 10 && (await licensed(page)) < 25; i++) {
			await clickNext(page, next);
			seen.push(await licensed(page));
		}
		expect(await licensed(page)).toBeGreaterThanOrEqual(25);
		// Nobody was activated while the count was below 25.
		expect(seen.slice(0, 3)).toEqual([0, 0, 0]);
		const count = Number(
			await page.locator('[data-lab-count]').first().getAttribute('data-lab-count')
		);
		expect(count).toBeGreaterThanOrEqual(25);
		expect(page.url()).toContain('scenario=threshold');
		expect(page.url()).toMatch(/step=\d/);
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('laptop-away: Licensed, Additional grace, Notification, then reactivation', async () => {
		const page = await openLab(`${prefix}/simulator/?scenario=laptop-away`);
		const statuses: number[] = [];
		for (let i = 0; i < 5; i++) {
			await clickNext(page, next);
			await page.locator('[data-machine="PC026"]').first().click();
			statuses.push(
				Number(await page.getAttribute('.lab-inspector [data-lab-status]', 'data-lab-status'))
			);
		}
		expect(statuses).toEqual([1, 1, 3, 5, 1]);
		await page.context().close();
	});

	test('slmgr /dlv typed on the host shows the current count', async () => {
		const page = await openLab(`${prefix}/simulator/?scenario=threshold&step=5`);
		await page.locator('[data-machine="KMS01"]').first().click();
		const panelCount = Number(
			await page.locator('[data-lab-count]').first().getAttribute('data-lab-count')
		);
		await openLabTab(page, 'terminal');
		const input = page.locator('[data-lab-terminal-input]');
		await input.fill('slmgr /dlv');
		await input.press('Enter');
		const screen = page.locator('[data-lab-screen]');
		await expect
			.poll(async () => (await screen.textContent()) ?? '', { timeout: 10_000 })
			.toContain(countLabel);
		const text = (await screen.textContent()) ?? '';
		const match = new RegExp(`${countLabel}(\\d+)`).exec(text);
		expect(match, text.slice(0, 400)).not.toBeNull();
		expect(Number(match?.[1])).toBe(panelCount);
		expect(panelCount).toBeGreaterThanOrEqual(25);
		await page.context().close();
	});

	test('a shared link rebuilds the same run', async () => {
		const page = await openLab(`${prefix}/simulator/?scenario=firewall`);
		await page
			.locator('.lab-time')
			.getByRole('button', { name: locale === 'ja' ? '+1 日' : '+1 day', exact: true })
			.click();
		await page.locator('[data-machine="KMS01"]').first().click();
		await openLabTab(page, 'faults');
		await page
			.locator('.lab-faults')
			.getByRole('button', {
				name: locale === 'ja' ? 'ファイアウォール規則を有効にする' : 'Enable the firewall rule',
			})
			.click();
		await page
			.locator('.lab-time')
			.getByRole('button', { name: locale === 'ja' ? '+7 日' : '+7 days', exact: true })
			.click();
		await expect.poll(() => page.url()).toContain('log=');
		const url = page.url();
		const now = await page.getAttribute('[data-lab-now]', 'data-lab-now');
		const total = await page.getAttribute('[data-lab-total]', 'data-lab-total');
		const done = await licensed(page);
		expect(done).toBe(30);
		await page.context().close();

		const other = await newPage(browser);
		await other.goto(url, { waitUntil: 'load' });
		await other.waitForSelector('[data-lab-ready]');
		expect(await other.getAttribute('[data-lab-now]', 'data-lab-now')).toBe(now);
		expect(await other.getAttribute('[data-lab-total]', 'data-lab-total')).toBe(total);
		expect(await licensed(other)).toBe(done);
		expect(await other.locator('[role="alert"]').count()).toBe(0);
		await other.context().close();
	});

	test('corrupted saved state falls back to the default scenario with a notice', async () => {
		const page = await newPage(browser);
		await page.addInitScript(() => {
			window.localStorage.setItem(
				'kms-lab:lab:v1',
				'{"version":1,"location":{"scenario":"threshold","step":1,"t":5,"log":[[0,{"type":"addMachines","prefix":"PC","count":99999,"product":"win11-enterprise"}]]}}'
			);
		});
		const problems = trackProblems(page);
		await page.goto(`${inject('baseURL')}${prefix}/simulator/`, { waitUntil: 'load' });
		await page.waitForSelector('[data-lab-ready]');
		expect(await page.locator('.lab-notice[role="alert"]').count()).toBe(1);
		expect(await page.getAttribute('[data-lab-ready]', 'data-lab-scenario')).toBe('threshold');
		expect(await page.getAttribute('[data-lab-now]', 'data-lab-now')).toBe('0');
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('each machine keeps its own prompt: transcript, history and window title', async () => {
		const page = await openLab(`${prefix}/simulator/?scenario=threshold&step=5`);
		const input = page.locator('[data-lab-terminal-input]');
		const screen = page.locator('[data-lab-screen]');
		const title = page.locator('[data-lab-terminal-title]');
		await page.locator('[data-machine="PC001"]').first().click();
		await openLabTab(page, 'terminal');
		await expect.poll(async () => await title.textContent()).toBe(`${title_}PC001`);
		await input.fill('hostname');
		await input.press('Enter');
		await expect.poll(async () => (await screen.textContent()) ?? '').toContain('PC001');
		await page.locator('[data-machine="PC002"]').first().click();
		await openLabTab(page, 'terminal');
		await expect.poll(async () => await title.textContent()).toBe(`${title_}PC002`);
		expect((await screen.textContent()) ?? '').not.toContain('hostname');
		await input.fill('ver');
		await input.press('Enter');
		await page.locator('[data-machine="PC001"]').first().click();
		await openLabTab(page, 'terminal');
		const text = (await screen.textContent()) ?? '';
		expect(text).toContain('>hostname');
		expect(text).not.toContain('>ver');
		// Up recalls this machine's own last command, not the other machine's.
		await input.press('ArrowUp');
		expect(await input.inputValue()).toBe('hostname');
		await page.context().close();
	});

	// The limit and the reload do not depend on the language, and 305 round trips take a minute or
	// more: once, in Japanese (the other language's wording of the limit is a unit test's).
	test.skipIf(locale !== 'ja')(
		'305 commands typed at the prompt: the 301st is refused as it is typed, and a reload keeps everything',
		async () => {
			const page = await openLab(`${prefix}/simulator/?scenario=threshold&step=5`);
			const problems = trackProblems(page);
			await page.locator('[data-machine="PC001"]').first().click();
			await openLabTab(page, 'terminal');
			const input = page.locator('[data-lab-terminal-input]');
			const screen = page.locator('[data-lab-screen]');
			// Type each command and wait for its prompt line, as a reader would.
			const typed = async (n: number) => {
				await input.fill(`slmgr /ato & echo done ${n}`);
				await input.press('Enter');
				await expect
					.poll(async () => (await screen.textContent()) ?? '', { timeout: 10_000 })
					.toContain(`done ${n}\n`);
			};
			for (let i = 1; i <= 300; i++) await typed(i);
			expect((await screen.textContent()) ?? '').not.toContain('[KMS Lab]');
			await typed(301);
			const limitText = (await screen.textContent()) ?? '';
			expect(limitText.slice(limitText.lastIndexOf('echo done 301'))).toMatch(
				/\[KMS Lab\][^\n]*300/
			);
			for (let i = 302; i <= 305; i++) await typed(i);
			const before = { url: page.url(), licensed: await licensed(page) };
			expect(before.url).toContain('log=');
			await page.reload({ waitUntil: 'load' });
			await page.waitForSelector('[data-lab-ready]', { timeout: 20_000 });
			// Nothing lost and no notice: the saved run comes back whole.
			expect(await page.locator('.lab-notice').count()).toBe(0);
			expect(page.url()).toBe(before.url);
			expect(await licensed(page)).toBe(before.licensed);
			const saved = await page.evaluate(
				() =>
					JSON.parse(localStorage.getItem('kms-lab:lab:v1') ?? 'null') as {
						location: { log: unknown[] };
					} | null
			);
			expect(saved?.location.log).toHaveLength(300);
			expect(problems.consoleErrors).toEqual([]);
			await page.context().close();
		},
		240_000
	);

	test('a hostile link is ignored safely, visibly, and never runs', async () => {
		const page = await newPage(browser);
		const problems = trackProblems(page);
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		const hostileLog = Buffer.from(
			JSON.stringify([
				[
					0,
					{
						type: 'addMachines',
						prefix: '<img src=x onerror=alert(1)>',
						count: 5,
						product: 'win11-enterprise',
					},
				],
			])
		).toString('base64url');
		const started = Date.now();
		await page.goto(
			`${inject('baseURL')}${prefix}/simulator/?scenario=%3Cscript%3Ealert(1)%3C/script%3E&step=9999&t=1e99&log=${hostileLog}`,
			{ waitUntil: 'load' }
		);
		await page.waitForSelector('[data-lab-ready]');
		expect(Date.now() - started).toBeLessThan(15_000);
		expect(await page.locator('.lab-notice[role="alert"]').count()).toBe(1);
		expect(await page.getAttribute('[data-lab-ready]', 'data-lab-scenario')).toBe('threshold');
		expect(await page.locator('.lab img, .lab script').count()).toBe(0);
		const noticeText = (await page.locator('.lab-notice').textContent()) ?? '';
		expect(noticeText).toContain('scenario');
		// A log with a huge horizon or count is refused too.
		const huge = Buffer.from(
			JSON.stringify([[99_999_999, { type: 'restart', target: 'PC001' }]])
		).toString('base64url');
		await page.goto(`${inject('baseURL')}${prefix}/simulator/?scenario=firewall&t=1&log=${huge}`, {
			waitUntil: 'load',
		});
		await page.waitForSelector('[data-lab-ready]');
		expect(await page.getAttribute('[data-lab-ready]', 'data-lab-scenario')).toBe('firewall');
		expect(await page.locator('.lab-notice[role="alert"]').count()).toBe(1);
		expect(dialogs).toBe(0);
		expect(problems.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('a scenario run with the keyboard only', async () => {
		const page = await openLab(`${prefix}/simulator/?scenario=server-threshold`);
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		// Shortcuts: N runs to the next guided step.
		for (let i = 0; i < 3; i++) await page.keyboard.press('n');
		expect(await licensed(page)).toBe(5);
		expect(await page.locator('.lab-step-count').textContent()).toContain('3');
		// P goes back, R resets.
		await page.keyboard.press('p');
		expect(await licensed(page)).toBe(0);
		await page.keyboard.press('r');
		expect(await page.getAttribute('[data-lab-now]', 'data-lab-now')).toBe('0');
		// Tab to the Next button and press Enter.
		const nextButton = page.locator('[data-lab-next]');
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await nextButton.evaluate((el) => el === document.activeElement)) break;
		}
		expect(await nextButton.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.locator('.lab-step-count').textContent()).toContain('1');
		// → steps to the next event, 3 jumps 30 days.
		const before = Number(await page.getAttribute('[data-lab-now]', 'data-lab-now'));
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('3');
		expect(Number(await page.getAttribute('[data-lab-now]', 'data-lab-now'))).toBe(
			before + 30 * 1440
		);
		// Keys typed in the terminal never reach the shortcuts.
		await openLabTab(page, 'terminal');
		const input = page.locator('[data-lab-terminal-input]');
		await input.focus();
		const now = await page.getAttribute('[data-lab-now]', 'data-lab-now');
		await page.keyboard.type('n 3 r');
		await page.keyboard.press('Space');
		expect(await page.getAttribute('[data-lab-now]', 'data-lab-now')).toBe(now);
		expect(await input.inputValue()).toBe('n 3 r ');
		// Space plays and pauses.
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('Space');
		expect(await page.getAttribute('[data-lab-play]', 'aria-pressed')).toBe('true');
		await page.keyboard.press('Space');
		expect(await page.getAttribute('[data-lab-play]', 'aria-pressed')).toBe('false');
		await page.context().close();
	});

	test('works at 320 px without horizontal scrolling, and axe finds nothing there', async () => {
		const page = await openLab(`${prefix}/simulator/?scenario=threshold&step=2`, {
			viewport: { width: 320, height: 800 },
		});
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const small = await page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLElement>(
					'.lab button, .lab select, .lab input[type="text"]'
				),
			]
				.filter((el) => el.offsetParent !== null)
				.filter((el) => el.getBoundingClientRect().height < 44)
				.map((el) => el.textContent?.trim() || el.tagName)
		);
		expect(small).toEqual([]);
		// The bottom sheet hides the picker's label from sight; the select must keep it as its name.
		await expectNoAxeViolations(page);
		await page.context().close();
	});

	describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
		test('no violations on the lab page with a machine selected', async () => {
			const page = await openLab(`${prefix}/simulator/?scenario=laptop-away&step=3`, {
				colorScheme,
			});
			await page.locator('[data-machine="PC026"]').first().click();
			await expectNoAxeViolations(page);
			await page.context().close();
		});
	});
});
