import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import CopyButton from '../../../src/components/guides/CopyButton.astro';
import { copyFromButton, type CopyButtonElement } from '../../../src/components/guides/copy.ts';

async function render(props: Record<string, unknown>) {
	const container = await AstroContainer.create();
	const html = await container.renderToString(CopyButton, { props });
	return fromHtml(html, { fragment: true });
}

describe('CopyButton markup', () => {
	it('is a real button with a visible Japanese label and a polite status region', async () => {
		const tree = await render({
			text: 'W269N-WFGWX-YVC9B-4J6C9-T83GX',
			locale: 'ja',
			context: 'Windows 11 Pro',
		});
		const button = select('button', tree);
		expect(button).toBeDefined();
		expect(button?.properties.type).toBe('button');
		expect(button?.properties.dataCopyText).toBe('W269N-WFGWX-YVC9B-4J6C9-T83GX');
		expect(button?.properties.dataCopiedLabel).toBe('コピーしました');
		// The visible label comes first, so the accessible name contains it (WCAG 2.5.3).
		const name = toString(button!).replace(/\s+/g, ' ').trim();
		expect(name).toBe('コピー Windows 11 Pro');
		const status = select('[role="status"]', tree);
		expect(status?.properties.ariaLive).toBe('polite');
		expect(toString(status!)).toBe('');
	});

	it('uses the English strings for locale en', async () => {
		const tree = await render({ text: 'x', locale: 'en' });
		const button = select('button', tree);
		expect(toString(button!).trim()).toBe('Copy');
		expect(button?.properties.dataCopiedLabel).toBe('Copied');
		expect(button?.properties.dataFailedLabel).toMatch(/copy it by hand/);
	});

	it('starts hidden so readers without the Clipboard API never get a dead button', async () => {
		const tree = await render({ text: 'x', locale: 'en' });
		expect(select('button', tree)?.properties.hidden).toBe(true);
		expect(selectAll('button', tree)).toHaveLength(1);
	});
});

function fakeButton(
	dataset: Record<string, string>
): CopyButtonElement & { status: { textContent: string | null } } {
	const status = { textContent: '' as string | null };
	return { dataset, hidden: true, nextElementSibling: status, status };
}

describe('copyFromButton', () => {
	const labels = { copiedLabel: 'Copied', failedLabel: 'Could not copy' };

	it('writes the exact text and announces success', async () => {
		const written: string[] = [];
		const button = fakeButton({ copyText: 'NPPR9-FWDCX-D2C8J-H872K-2YT43', ...labels });
		const ok = await copyFromButton(button, {
			writeText: (text) => {
				written.push(text);
				return Promise.resolve();
			},
		});
		expect(ok).toBe(true);
		expect(written).toEqual(['NPPR9-FWDCX-D2C8J-H872K-2YT43']);
		expect(button.status.textContent).toBe('Copied');
	});

	it('announces failure instead of throwing when the clipboard refuses', async () => {
		const button = fakeButton({ copyText: 'abc', ...labels });
		const ok = await copyFromButton(button, {
			writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
		});
		expect(ok).toBe(false);
		expect(button.status.textContent).toBe('Could not copy');
	});

	it('announces failure when there is no clipboard or nothing to copy', async () => {
		const noClipboard = fakeButton({ copyText: 'abc', ...labels });
		expect(await copyFromButton(noClipboard, undefined)).toBe(false);
		expect(noClipboard.status.textContent).toBe('Could not copy');

		let calls = 0;
		const empty = fakeButton({ ...labels });
		expect(
			await copyFromButton(empty, {
				writeText: () => {
					calls++;
					return Promise.resolve();
				},
			})
		).toBe(false);
		expect(calls).toBe(0);
	});
});
