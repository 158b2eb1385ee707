/**
 * Checks from the issue "Fidelity to Windows" on the guide text of both locales and on the UI
 * strings: where 12293/12294 are logged, the second-KMS-host DNS permission fix, the
 * 0xC004F074/0xC004F06C split, the host /dlv sample, one statement of the CSVLK limits and of the
 * duplicate-CMID fix, Japanese 「4 時間を超える」, US spelling and the error page's promise.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, root } from './guideText.ts';
import { en as enStrings, enGuides } from '../../../src/i18n/en.ts';
import { ja as jaStrings } from '../../../src/i18n/ja.ts';

/** Every .mdx file under content/docs for one locale (English lives under en/). */
function docs(locale: 'ja' | 'en'): { file: string; text: string }[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return locale === 'ja' && path === join(root, 'en') ? [] : walk(path);
			return entry.name.endsWith('.mdx') ? [path] : [];
		});
	const files = walk(locale === 'en' ? join(root, 'en') : root);
	expect(files.length).toBeGreaterThan(15);
	return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** Text with fenced code blocks removed (prose only). */
const prose = (text: string) => text.replace(/```[\s\S]*?```/g, '');

/** The fenced block that contains `marker`. */
function codeBlockWith(text: string, marker: string): string {
	const block = [...text.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((b) => b.includes(marker));
	if (block === undefined) throw new Error(`no code block with "${marker}"`);
	return block;
}

describe('events 12293 and 12294: the KMS host\'s Application log', () => {
	it('never sends 12293 to the Key Management Service log, in prose or in a query', () => {
		for (const locale of ['ja', 'en'] as const) {
			for (const { file, text } of docs(locale)) {
				expect(text, file).not.toMatch(/LogName = 'Key Management Service'; Id = [^}]*1229[34]/);
				expect(text, file).not.toMatch(/Key Management Service log for event 12293|Key Management Service ログにイベント 12293/);
			}
		}
	});

	it('says Application log wherever the host set-up, status and troubleshooting guides place 12293', () => {
		const ja = { 'kms-host-setup': /\*\*Windows ログ > アプリケーション\*\* \(ソース Security-SPP\) に、DNS への発行の失敗を示すイベント 12293/, 'checking-status': /\| 12293 \| KMS ホストの Windows ログ > アプリケーション/, troubleshooting: /12293 \(と成功を示す 12294\) が記録されるのは Key Management Service ログではなく、KMS ホストの Windows ログ > アプリケーション/ };
		const en = { 'kms-host-setup': /\*\*Windows Logs > Application\*\* \(source Security-SPP\) for event 12293/, 'checking-status': /\| 12293 \| KMS host: Windows Logs > Application/, troubleshooting: /12293 \(and 12294, its success counterpart\) are not in the Key Management Service log but in the host's Windows Logs > Application/ };
		for (const [slug, pattern] of Object.entries(ja)) expect(read('ja', slug)).toMatch(pattern);
		for (const [slug, pattern] of Object.entries(en)) expect(read('en', slug)).toMatch(pattern);
		expect(read('ja', 'checking-status')).toMatch(/\| 12294 \| KMS ホストの Windows ログ > アプリケーション/);
		expect(read('en', 'checking-status')).toMatch(/\| 12294 \| KMS host: Windows Logs > Application/);
	});

	it('explains the second-KMS-host problem (12293 with 0x80072338) and its fix in the DNS guidance', () => {
		for (const slug of ['kms-host-setup', 'troubleshooting', 'checking-status']) {
			expect(read('ja', slug), slug).toContain('0x80072338');
			expect(read('en', slug), slug).toContain('0x80072338');
		}
		for (const slug of ['kms-host-setup', 'troubleshooting']) {
			expect(read('ja', slug)).toMatch(/コンピューター アカウント.*フル コントロール/);
			expect(read('en', slug)).toMatch(/computer account.*Full Control/);
			expect(read('ja', slug)).toContain('Restart-Service sppsvc');
			expect(read('en', slug)).toContain('Restart-Service sppsvc');
		}
	});
});

describe('0xC004F074 and 0xC004F06C', () => {
	it('never says clock skew makes slmgr show 0xC004F06C: slmgr /ato shows 0xC004F074', () => {
		for (const slug of ['troubleshooting', 'checking-status', 'how-kms-works']) {
			expect(read('ja', slug), slug).toMatch(/slmgr \/ato`? (に|には|が)?表示されるのは \[?0xC004F074|`slmgr \/ato` には \[0xC004F074/);
			expect(read('en', slug), slug).toMatch(/`slmgr \/ato`( on the client)?( then)? shows \[?0xC004F074/);
		}
		expect(read('en', 'troubleshooting')).not.toMatch(/clients get \[0xC004F06C\]/);
		expect(read('en', 'checking-status')).not.toMatch(/more than 4 hours apart you get \[0xC004F06C\]/);
	});
});

describe('the KMS host /dlv sample', () => {
	it('has "Remaining SKU rearm count" and no "Configured Activation Type" (printed for KMS clients only)', () => {
		for (const locale of ['ja', 'en'] as const) {
			const block = codeBlockWith(read(locale, 'checking-status'), 'Key Management Service is enabled on this machine');
			expect(block).not.toContain('Configured Activation Type');
			expect(block).toContain('Remaining SKU rearm count:');
			expect(block).toContain('Remaining Windows rearm count:');
			// The client sample keeps the line.
			expect(codeBlockWith(read(locale, 'checking-status'), 'Key Management Service client information')).toContain('Configured Activation Type: All');
		}
	});
});

describe('one statement of each fact', () => {
	it('states the CSVLK limits as 6 hosts and 9 reactivations, never "10 times / 6 computers"', () => {
		for (const locale of ['ja', 'en'] as const) {
			for (const { file, text } of docs(locale)) {
				expect(text, file).not.toMatch(/10 ?回|10 times|10 activations/);
			}
		}
		expect(read('ja', 'kms-host-setup')).toMatch(/\*\*合計 6 台\*\*/);
		expect(read('ja', 'kms-host-setup')).toMatch(/最大 \*\*9 回\*\*/);
		expect(read('en', 'kms-host-setup')).toMatch(/\*\*6 hosts\*\* in total/);
		expect(read('en', 'kms-host-setup')).toMatch(/up to \*\*9 times\*\*/);
	});

	it('gives one fix for duplicate CMIDs: rebuild the base image (no /rearm workaround)', () => {
		expect(read('ja', 'kms-client-setup')).toMatch(/解決策は、ベース イメージの作り直しです/);
		expect(read('en', 'kms-client-setup')).toMatch(/the fix is to rebuild the base image/);
		for (const locale of ['ja', 'en'] as const) {
			expect(read(locale, 'kms-client-setup')).not.toMatch(/^slmgr \/rearm$/m);
			expect(read(locale, 'kms-client-setup')).not.toMatch(/回避策|workaround/);
		}
	});
});

describe('wording', () => {
	it('writes "more than 4 hours" as 4 時間を超える in Japanese, never 4 時間以上', () => {
		for (const { file, text } of docs('ja')) {
			expect(text, file).not.toMatch(/4 ?時間以上/);
			expect(text, file).not.toMatch(/4 ?時間より/);
		}
		for (const value of Object.values(jaStrings)) expect(value).not.toMatch(/4 ?時間(以上|より)/);
		expect(read('ja', 'troubleshooting')).toContain('4 時間を超えてずれている');
	});

	it('uses the US spelling "license" in English text and UI strings', () => {
		for (const { file, text } of docs('en')) expect(prose(text), file).not.toMatch(/licenc/i);
		for (const [key, value] of Object.entries({ ...enStrings, ...enGuides })) expect(value, key).not.toMatch(/licenc/i);
		expect(read('en', 'kms-client-setup')).toContain('Volume licenses for Windows client are upgrade licenses.');
	});

	it('the error page no longer promises "no guessed fixes": it says readings are labelled', () => {
		const en = read('en', 'error-codes');
		const ja = read('ja', 'error-codes');
		expect(en).not.toContain('We do not print guessed fixes');
		expect(ja).not.toContain('推測による対処方法は載せていません');
		expect(en).toMatch(/always labelled "Our reading"/);
		expect(ja).toMatch(/必ず「当サイトの解釈」と明記/);
		expect(enStrings['tools.lookup.disputed']).toMatch(/our reading/);
		expect(jaStrings['tools.lookup.disputed']).toMatch(/当サイトの解釈/);
	});
});
