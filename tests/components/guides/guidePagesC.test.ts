/**
 * Checks on the text of guides 12–15 (both locales) that a build does not catch: sidebar order,
 * descriptions, Sources in the reader's language, command examples, locale-correct links, the
 * misconceptions the FAQ must correct, and anchors the link validator cannot see (glossary terms
 * linked from other pages, slmgr option rows rendered by a component).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonGuideChecks, h2s, read, root, type Locale } from './guideText.ts';
import { SLMGR_OPTIONS } from '../../../src/data/slmgrOptions.ts';

const PAGES = [
	{ slug: 'slmgr-reference', order: 12 },
	{ slug: 'office', order: 13 },
	{ slug: 'faq', order: 14 },
	{ slug: 'glossary', order: 15 },
] as const;

/** Every .mdx file under content/docs, so links from other helpers' pages are checked too. */
function allDocs(dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return allDocs(path);
		return entry.name.endsWith('.mdx') || entry.name.endsWith('.md') ? [path] : [];
	});
}

function glossaryIds(locale: Locale): string[] {
	return [...read(locale, 'glossary').matchAll(/<dt id="([^"]+)">/g)].map((m) => m[1] ?? '');
}

describe('guides 12–15', () => {
	for (const page of PAGES) {
		for (const locale of ['ja', 'en'] as const) {
			const text = read(locale, page.slug);
			const name = `${locale}/${page.slug}`;

			commonGuideChecks(text, locale, name, {
				order: page.order,
				minTitleLength: 2,
				minSources: 3,
			});

			it(`${name}: never presents an emulator or bypass tool`, () => {
				expect(text).not.toMatch(/vlmcsd|kms_?vl_?all|py-kms|KMSAuto|KMSpico/i);
			});
		}

		it(`${page.slug}: has the same number of sections in both languages`, () => {
			expect(h2s(read('ja', page.slug)).length).toBe(h2s(read('en', page.slug)).length);
		});
	}
});

describe('glossary', () => {
	it('has the same terms, with unique lower-case anchors, in both languages', () => {
		const ja = glossaryIds('ja');
		const en = glossaryIds('en');
		expect(ja.length).toBeGreaterThanOrEqual(30);
		expect(new Set(ja).size).toBe(ja.length);
		for (const id of ja) expect(id).toMatch(/^[a-z0-9-]+$/);
		expect(en).toEqual(ja);
	});

	it('shows the other language beside each term', () => {
		for (const locale of ['ja', 'en'] as const) {
			const other = locale === 'ja' ? 'en' : 'ja';
			const terms = [...read(locale, 'glossary').matchAll(/<dt id="[^"]+">(.*?)<\/dt>/g)].map(
				(m) => m[1] ?? ''
			);
			for (const term of terms) expect(term).toContain(`<span lang="${other}">`);
		}
	});

	it('has every term that any page links to', () => {
		const ids = new Set(glossaryIds('ja'));
		const linked = allDocs().flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/\/guides\/glossary\/#([^)\s"'`]+)/g)].map((m) => ({
				file,
				id: m[1] ?? '',
			}))
		);
		expect(linked.length).toBeGreaterThan(0);
		for (const { file, id } of linked) expect(ids.has(id), `${file} links #${id}`).toBe(true);
	});
});

describe('slmgr reference', () => {
	const groups = ['global', 'advanced', 'client', 'host', 'token', 'adba'];

	it('renders every option group from the shared data instead of typing the options', () => {
		for (const locale of ['ja', 'en'] as const) {
			const text = read(locale, 'slmgr-reference');
			for (const group of groups)
				expect(text).toContain(`<SlmgrOptionTable locale="${locale}" group="${group}" />`);
			// No hand-made table rows of options.
			expect(text).not.toMatch(/^\| `\/[a-z]/m);
		}
		expect(new Set(SLMGR_OPTIONS.map((o) => o.group))).toEqual(new Set(groups));
	});

	it('every link to an option anchor names an option that exists (the link validator cannot see component ids)', () => {
		const anchors = new Set(SLMGR_OPTIONS.map((o) => o.option.slice(1).toLowerCase()));
		const linked = allDocs().flatMap((file) =>
			[
				...readFileSync(file, 'utf8').matchAll(
					/\]\((?:\/en)?\/guides\/slmgr-reference\/#([^)\s]+)\)/g
				),
			].map((m) => ({ file, id: m[1] ?? '' }))
		);
		for (const { file, id } of linked) expect(anchors.has(id), `${file} links #${id}`).toBe(true);
	});

	it('corrects /cpri and /del-obj', () => {
		expect(read('ja', 'slmgr-reference')).toMatch(/\/cpri.*SRV レコードの優先度ではない/);
		expect(read('en', 'slmgr-reference')).toMatch(/\/cpri is not SRV priority/);
		expect(read('ja', 'slmgr-reference')).toMatch(/「\/del-obj」というオプションは存在しません/);
		expect(read('en', 'slmgr-reference')).toMatch(/There is no "\/del-obj"/);
	});
});

describe('FAQ', () => {
	const ja = read('ja', 'faq');
	const en = read('en', 'faq');

	it('answers the questions the popular articles ask', () => {
		for (const heading of [
			'KMS とは何ですか?',
			'ライセンス認証は自動で行われますか?',
			'ライセンス認証されたかどうかは、どう確認しますか?',
			'KMS のカウント (現在の数) はどう確認しますか?',
		]) {
			expect(ja).toContain(`### ${heading}`);
		}
		for (const heading of [
			'What is KMS?',
			'Is activation automatic?',
			'How do I confirm that a computer is activated?',
			'How do I check the KMS count?',
		]) {
			expect(en).toContain(`### ${heading}`);
		}
		// The count is read on the host with /dlv: the answer the AWS-flavoured article got wrong.
		expect(ja).toMatch(/\*\*KMS ホスト\*\*で `slmgr \/dlv`/);
		expect(en).toMatch(/On the \*\*KMS host\*\*, run `slmgr \/dlv`/);
	});

	it('corrects each listed error explicitly in both languages', () => {
		const corrections: Array<[RegExp, RegExp]> = [
			[
				/誤解: 「KMS サーバーがクライアントにプロダクト キーを配る」\n\n\*\*誤りです。\*\*/,
				/Wrong: "The KMS server hands product keys to clients"\n\n\*\*False\.\*\*/,
			],
			[
				/誤解: 「クライアントにも KMS ホストと同じキー.*」\n\n\*\*誤りです。\*\*/,
				/Wrong: "Clients need the same key as the KMS host"\n\n\*\*False\.\*\*/,
			],
			[
				/誤解: 「AWS KMS と関係がある」\n\n\*\*無関係です。\*\*/,
				/Wrong: "This is related to AWS KMS"\n\n\*\*Unrelated\.\*\*/,
			],
			[
				/誤解: 「Windows 10\/11 を KMS ホストにすればサーバーも認証できる」\n\n\*\*誤りです。\*\*/,
				/Wrong: "A KMS host on Windows 10\/11 can activate servers"\n\n\*\*False\.\*\*/,
			],
			[
				/誤解: 「`\/cpri` で SRV レコードの優先度を設定する」\n\n\*\*誤りです。\*\*/,
				/Wrong: "`\/cpri` sets the SRV record priority"\n\n\*\*False\.\*\*/,
			],
			[
				/誤解: 「KMS で一度認証されれば永久に有効」\n\n\*\*誤りです。\*\*/,
				/Wrong: "Once KMS activates a machine, it is activated forever"\n\n\*\*False\.\*\*/,
			],
		];
		for (const [jaPattern, enPattern] of corrections) {
			expect(ja).toMatch(jaPattern);
			expect(en).toMatch(enPattern);
		}
		// Azure's KMS is the real thing, unlike AWS's.
		expect(ja).toMatch(/Azure の KMS.*本物の Windows ライセンス認証用 KMS/);
		expect(en).toMatch(/Azure's KMS.*\*is\* a Windows activation KMS/);
	});
});

describe('Office', () => {
	it('covers ospp.vbs, the Office threshold and grace, and the Volume License Pack', () => {
		for (const locale of ['ja', 'en'] as const) {
			const text = read(locale, 'office');
			for (const option of [
				'/dstatus',
				'/act',
				'/sethst:',
				'/setprt:',
				'/inpkey:',
				'/dinstid',
				'/actcid:',
				'/ddescr:',
			]) {
				expect(text).toContain(option);
			}
			expect(text).toContain('Office Volume License Pack');
			expect(text).toMatch(
				locale === 'ja'
					? /しきい値\]\(\/guides\/glossary\/#threshold\) は \*\*5\*\*/
					: /threshold\]\(\/en\/guides\/glossary\/#threshold\) is \*\*5\*\*/
			);
			expect(text).toMatch(locale === 'ja' ? /\*\*30 日間\*\*/ : /\*\*30 days\*\*/);
		}
	});

	it('does not carry the Office grace length over to Windows as fact', () => {
		expect(read('ja', 'office')).toMatch(
			/現在の Windows の同じ状態 \(追加の猶予期間\) の長さは Microsoft のドキュメントで確認できていない/
		);
		expect(read('en', 'office')).toMatch(
			/on current Windows is not confirmed by Microsoft's documentation/
		);
	});
});
