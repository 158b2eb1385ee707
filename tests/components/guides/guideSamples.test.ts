/**
 * Command output in the guides comes from the project's own shell (<ShellTranscript>, printed at
 * build time by src/components/guides/transcript.ts), never typed by hand ("Fidelity to Windows",
 * item 6). This reads the MDX under content/docs and checks that:
 * - no fenced code block in a guide holds typed output (slmgr, nslookup, Test-NetConnection, events);
 * - every <ShellTranscript> is a simple literal spec (so this file can read it) that generates in
 *   both languages without an error, and both locales show the same samples;
 * - the numbers and labels the prose quotes next to a sample are the ones the shell prints.
 * The build generates the same samples again and stops on a spec that cannot be generated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { transcript, type TranscriptSpec } from '../../../src/components/guides/transcript.ts';
import { catalogueFor } from '../../../src/shell/messages/all.ts';
import { read, root, type Locale } from './guideText.ts';

const COMPONENT = fileURLToPath(
	new URL('../../../src/components/guides/ShellTranscript.astro', import.meta.url)
);

interface Page {
	locale: Locale;
	/** Path below content/docs/, e.g. "guides/mak.mdx" for both locales. */
	name: string;
	file: string;
	text: string;
}

/** Every .mdx page under content/docs, in both locales (English lives under en/). */
function pages(): Page[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return walk(path);
			return entry.name.endsWith('.mdx') ? [path] : [];
		});
	return walk(root).map((file) => {
		const rel = relative(root, file).split(sep).join('/');
		const locale: Locale = rel.startsWith('en/') ? 'en' : 'ja';
		return {
			locale,
			name: locale === 'en' ? rel.slice(3) : rel,
			file,
			text: readFileSync(file, 'utf8'),
		};
	});
}

const PAGES = pages();
/** The guides (content/docs/guides/ and en/guides/). Tool pages may show what a reader pastes. */
const GUIDES = PAGES.filter((p) => p.name.startsWith('guides/'));

/** Fenced code blocks: the info string and the body. */
function fences(text: string): { info: string; body: string }[] {
	return [...text.matchAll(/^```([^\n]*)\n([\s\S]*?)^```/gm)].map((m) => ({
		info: (m[1] ?? '').trim(),
		body: m[2] ?? '',
	}));
}

/**
 * What only command output contains: slmgr's labels and messages in both display languages, the
 * prompt, nslookup, Test-NetConnection, Get-WinEvent's list view and the events' Info lines.
 */
const OUTPUT_MARKERS: readonly (string | RegExp)[] = [
	// slmgr, English
	'License Status:',
	'Partial Product Key:',
	'Current count:',
	'Volume activation expiration:',
	'Volume activation will expire',
	'permanently activated',
	'Initial grace period ends',
	'Notification mode',
	'Software licensing service version:',
	'Product Key Channel:',
	'Trusted time:',
	'Client Machine ID (CMID):',
	'KMS machine name from DNS:',
	'Key Management Service client information',
	'Key Management Service is enabled on this machine',
	'AD Activation client information',
	'Activation Object name:',
	'Key Management Service machine name set to',
	'Product activated successfully',
	/^Activating Windows/m,
	// slmgr, Japanese
	'ライセンスの状態:',
	'プロダクト キーの一部:',
	'現在の数:',
	'ボリューム ライセンス認証の有効期限',
	'コンピューターのライセンス認証は完了しました',
	'初期猶予期間の終了日時',
	'通知モードです',
	'キー管理サービス クライアント情報',
	'このコンピューターではキー管理サービスが有効です',
	'AD ライセンス認証クライアント情報',
	'キー管理サービスのコンピューター名を',
	// The prompt of a pasted session
	/^C:\\Windows\\system32>/im,
	// nslookup and Test-NetConnection
	'SRV service location:',
	'svr hostname',
	'internet address =',
	"can't find _vlmcs",
	/^TcpTestSucceeded\s*:/m,
	/^RemoteAddress\s*:/m,
	// w32tm /query /status
	'Leap Indicator:',
	'Last Successful Sync Time:',
	// Get-WinEvent's list view, the event messages and the Info lines of 12288/12289 and 12290
	/^TimeCreated\s*:/m,
	'The client has sent an activation request',
	'The client has processed an activation response',
	'An activation request has been processed',
	'クライアントはキー管理サービス コンピューター',
	/^0x[0-9A-F]{8}, 0x[0-9A-F]{8}, /m,
	/^0x[0-9A-F]{8}, ?\d+, ?[A-Za-z][\w.-]*, ?[0-9a-f]{8}-/m,
];

function outputMarkerIn(body: string): string | undefined {
	for (const marker of OUTPUT_MARKERS) {
		if (typeof marker === 'string' ? body.includes(marker) : marker.test(body))
			return String(marker);
	}
	return undefined;
}

interface Sample {
	spec: TranscriptSpec;
	title?: string;
	/** The tag as written, for messages. */
	tag: string;
}

const STRING = /'([^'\\\n]*)'|"([^"\\\n]*)"/g;
const PROPS = {
	scenario: /\bscenario="([^"]*)"/,
	at: /\bat="([^"]*)"/,
	machine: /\bmachine="([^"]*)"/,
	title: /\btitle="([^"]*)"/,
	prompts: /\bprompts=\{(true|false)\}/,
	commands: /\bcommands=\{\[((?:\s*(?:'[^'\\\n]*'|"[^"\\\n]*")\s*,?)*)\]\}/,
};

/**
 * The <ShellTranscript> specs of a page, read with plain patterns: string props in double quotes,
 * `prompts={true|false}` and `commands={['…', "…"]}` with literal strings only. Anything else in a
 * tag (an expression, a spread, an unknown prop) is reported, so the specs stay readable here.
 */
function samples(text: string): { samples: Sample[]; problems: string[] } {
	const found: Sample[] = [];
	const problems: string[] = [];
	for (const match of text.matchAll(/<ShellTranscript\b([\s\S]*?)\/>/g)) {
		const tag = match[0];
		let rest = match[1] ?? '';
		const value = (key: keyof typeof PROPS): string | undefined => {
			const m = PROPS[key].exec(rest);
			if (m === null) return undefined;
			rest = rest.replace(m[0], '');
			return m[1];
		};
		const scenario = value('scenario');
		const at = value('at');
		const machine = value('machine');
		const title = value('title');
		const prompts = value('prompts');
		const list = value('commands');
		if (rest.trim() !== '') problems.push(`${tag}: cannot read ${JSON.stringify(rest.trim())}`);
		if (scenario === undefined || at === undefined || machine === undefined || list === undefined) {
			problems.push(`${tag}: needs scenario, at, machine and commands`);
			continue;
		}
		const commands = [...list.matchAll(STRING)].map((m) => m[1] ?? m[2] ?? '');
		const spec: TranscriptSpec =
			prompts === undefined
				? { scenario, at, machine, commands }
				: { scenario, at, machine, commands, prompts: prompts === 'true' };
		found.push(title === undefined ? { spec, tag } : { spec, title, tag });
	}
	return { samples: found, problems };
}

const key = (s: TranscriptSpec) =>
	JSON.stringify([s.scenario, s.at, s.machine, s.commands, s.prompts ?? true]);

const cache = new Map<string, string>();
function output(spec: TranscriptSpec, lang: Locale): string {
	const k = `${lang}${key(spec)}`;
	if (!cache.has(k)) cache.set(k, transcript(spec, lang));
	return cache.get(k) as string;
}

/** Text the shell can print in one language: every message, usage text and slmgr error text. */
function catalogueText(lang: Locale): string {
	const c = catalogueFor(lang);
	return [...Object.values(c.messages), ...Object.values(c.usage), ...Object.values(c.slmgrErrors)]
		.filter((v) => typeof v === 'string')
		.join('\n');
}

describe('no typed command output in the guides', () => {
	it('finds the guide pages', () => {
		expect(GUIDES.filter((p) => p.locale === 'ja').length).toBeGreaterThanOrEqual(15);
		expect(GUIDES.filter((p) => p.locale === 'en').length).toBeGreaterThanOrEqual(15);
	});

	it.each(GUIDES.map((p) => [`${p.locale}/${p.name}`, p] as const))(
		'%s: no fenced block holds command output (use <ShellTranscript>)',
		(_, page) => {
			for (const { info, body } of fences(page.text)) {
				const marker = outputMarkerIn(body);
				expect(
					marker,
					`${page.file}: a \`\`\`${info} block contains ${marker}:\n${body.slice(0, 300)}`
				).toBeUndefined();
			}
		}
	);

	it('the check would catch a typed sample', () => {
		const typed =
			'```text wrap\nName: Windows(R), Professional edition\nLicense Status: Licensed\n```\n';
		expect(fences(typed).map((f) => outputMarkerIn(f.body))).toEqual(['License Status:']);
		expect(outputMarkerIn('ライセンスの状態: ライセンスされています')).toBeDefined();
		expect(
			outputMarkerIn('0xC004F06C, 0x00000000, kms01.corp.example.com:1688, 7d1e4c2a-90b3')
		).toBeDefined();
		expect(
			outputMarkerIn('0xC004F06C, 5, PC-0123.corp.example.com, 7d1e4c2a-90b3-4f6e')
		).toBeDefined();
		// Commands to type are fine.
		expect(
			outputMarkerIn('cscript //nologo %SystemRoot%\\System32\\slmgr.vbs /dlv\n')
		).toBeUndefined();
		expect(
			outputMarkerIn(
				"Get-WinEvent -FilterHashtable @{ LogName = 'Application'; Id = 12288, 12289 } -MaxEvents 10 |\n\tFormat-List TimeCreated, Id, Message\n"
			)
		).toBeUndefined();
	});
});

describe('<ShellTranscript> samples in the guides', () => {
	const withSamples = PAGES.filter((p) => p.text.includes('<ShellTranscript'));

	it('the guides use generated samples, in both locales', () => {
		const total = withSamples.reduce((n, p) => n + samples(p.text).samples.length, 0);
		expect(total).toBeGreaterThanOrEqual(30);
		for (const slug of ['checking-status', 'troubleshooting', 'kms-client-setup', 'mak', 'adba']) {
			for (const locale of ['ja', 'en'] as const)
				expect(read(locale, slug), `${locale}/${slug}`).toContain('<ShellTranscript ');
		}
	});

	it.each(withSamples.map((p) => [`${p.locale}/${p.name}`, p] as const))(
		'%s: imports the component and writes every spec plainly',
		(_, page) => {
			const path = relative(dirname(page.file), COMPONENT).split(sep).join('/');
			expect(page.text).toContain(`import ShellTranscript from '${path}';`);
			const { samples: found, problems } = samples(page.text);
			expect(problems).toEqual([]);
			expect(found.length).toBe([...page.text.matchAll(/<ShellTranscript\b/g)].length);
		}
	);

	it.each(withSamples.map((p) => [`${p.locale}/${p.name}`, p] as const))(
		'%s: every sample generates in both languages',
		(_, page) => {
			for (const { spec, tag } of samples(page.text).samples) {
				expect(spec.commands.length, tag).toBeGreaterThan(0);
				for (const lang of ['ja', 'en'] as const) {
					let text = '';
					expect(() => (text = output(spec, lang)), `${tag} (${lang})`).not.toThrow();
					expect(text.trim(), `${tag} (${lang})`).not.toBe('');
					expect(text, `${tag} (${lang})`).not.toMatch(
						/internal error|is not recognized as an internal or external command|として認識されていません/
					);
					if (spec.prompts !== false)
						for (const command of spec.commands) expect(text, tag).toContain(`>${command}\n`);
				}
			}
		}
	);

	it('the Japanese and English page of a guide show the same samples, in the same order', () => {
		const names = new Set(withSamples.map((p) => p.name));
		for (const name of names) {
			const of = (locale: Locale) =>
				samples(PAGES.find((p) => p.locale === locale && p.name === name)?.text ?? '').samples.map(
					(s) => key(s.spec)
				);
			expect(of('ja'), name).toEqual(of('en'));
		}
	});
});

/** The page's sample with this spec (it must be there: a changed spec needs its prose checked). */
function sampleOf(
	locale: Locale,
	slug: string,
	scenario: string,
	at: string,
	machine: string,
	command: string
): TranscriptSpec {
	const found = samples(read(locale, slug)).samples.find(
		(s) =>
			s.spec.scenario === scenario &&
			s.spec.at === at &&
			s.spec.machine === machine &&
			s.spec.commands.includes(command)
	);
	if (found === undefined)
		throw new Error(`${locale}/${slug}: no sample ${scenario}@${at}:${machine} "${command}"`);
	return found.spec;
}

describe('the prose says what the samples print', () => {
	it('checking-status: the licensed KMS client has 178 days left and the Pro GVLK ending T83GX', () => {
		for (const locale of ['ja', 'en'] as const) {
			const out = output(
				sampleOf(locale, 'checking-status', 'laptop-away', '2d', 'PC026', 'slmgr /dli'),
				locale
			);
			expect(out).toMatch(locale === 'ja' ? /\(178 日\)/ : /\(178 day\(s\)\)/);
			expect(out).toContain('T83GX');
			expect(out).toContain('Professional edition');
		}
		expect(read('ja', 'checking-status')).toContain('有効期間が残り 178 日');
		expect(read('en', 'checking-status')).toContain('with 178 days of validity left');
	});

	it("checking-status: the rearm counts are flagged as the lab's assumption, as the sample prints", () => {
		for (const locale of ['ja', 'en'] as const) {
			const out = output(
				sampleOf(locale, 'checking-status', 'laptop-away', '2d', 'PC026', 'slmgr /dlv'),
				locale
			);
			expect(out).toMatch(/: 1001\n/);
			expect(out).toContain('[KMS Lab]');
		}
		expect(read('ja', 'checking-status')).toMatch(/例の `1001` はラボの仮定/);
		expect(read('en', 'checking-status')).toMatch(/The `1001` here is the lab's assumption/);
	});

	it('checking-status: the KMS host sample has count 30, "Remaining SKU rearm count" and no "Configured Activation Type" (a client shows it)', () => {
		for (const locale of ['ja', 'en'] as const) {
			const host = output(
				sampleOf(locale, 'checking-status', 'renewal', '100d', 'KMS01', 'slmgr /dlv'),
				locale
			);
			const client = output(
				sampleOf(locale, 'checking-status', 'laptop-away', '2d', 'PC026', 'slmgr /dlv'),
				locale
			);
			if (locale === 'en') {
				expect(host).toContain('Current count: 30\n');
				expect(host).toContain('Remaining SKU rearm count:');
				expect(host).toContain('Remaining Windows rearm count:');
				expect(host).toContain('VOLUME_KMS_WS22');
				expect(host).not.toContain('Configured Activation Type');
				expect(client).toContain('Configured Activation Type: All');
			} else {
				expect(host).toContain('現在の数: 30\n');
				expect(host).toContain('残りの SKU 猶予期限リセット可能回数:');
				expect(host).not.toContain('構成されているライセンス認証の種類');
				expect(client).toContain('構成されているライセンス認証の種類: すべて');
			}
		}
		expect(read('ja', 'checking-status')).toContain('例の `30` は');
		expect(read('ja', 'checking-status')).toContain('`VOLUME_KMS_WS22`');
		expect(read('en', 'checking-status')).toContain('the `30` here');
		expect(read('en', 'checking-status')).toContain('`VOLUME_KMS_WS22` here');
	});

	it('checking-status: the events of the clock-skew client carry the values the numbered lists explain', () => {
		for (const locale of ['ja', 'en'] as const) {
			const request = output(
				sampleOf(
					locale,
					'checking-status',
					'clock-skew',
					'3h',
					'PC026',
					"Get-WinEvent -FilterHashtable @{ LogName = 'Application'; Id = 12288 } -MaxEvents 1 | Format-List TimeCreated, Id, Message"
				),
				locale
			);
			expect(request).toMatch(
				/\n\s*0xC004F06C, 0x00000000, KMS01\.corp\.contoso\.com:1688, [0-9a-f-]{36}, 2026\/01\/05 16:00, 0, 2, 43080, [0-9a-f-]{36}, 25\n/
			);
			const response = output(
				sampleOf(
					locale,
					'checking-status',
					'clock-skew',
					'2d',
					'PC026',
					"Get-WinEvent -FilterHashtable @{ LogName = 'Application'; Id = 12289 } -MaxEvents 1 | Format-List TimeCreated, Id, Message"
				),
				locale
			);
			expect(response).toMatch(/\n\s*0x00000000, 0x00000000, 1, 0, 26, 120, 10080, /);
			const host = output(
				sampleOf(
					locale,
					'checking-status',
					'clock-skew',
					'3h',
					'KMS01',
					"Get-WinEvent -FilterHashtable @{ LogName = 'Key Management Service'; Id = 12290 } -MaxEvents 1 | Format-List TimeCreated, Id, Message"
				),
				locale
			);
			expect(host).toMatch(/TimeCreated\s*: .*11:00:00/);
			expect(host).toMatch(/\n\s*0xC004F06C,25,PC026,[0-9a-f-]{36},2026\/1\/5 16:00,0,2,43080,/);
		}
		for (const locale of ['ja', 'en'] as const) {
			const text = read(locale, 'checking-status');
			expect(text).toContain('`43080`');
			expect(text).toContain('`26`');
			expect(text).toMatch(/11:00/);
			expect(text).toMatch(/16:00/);
		}
	});

	it('checking-status: /xpr prints the states the prose names', () => {
		const expected = {
			en: [
				['mak', '2d', 'PC001', 'The machine is permanently activated.'],
				['threshold', '10d', 'PC001', 'Initial grace period ends'],
				['laptop-away', '222d', 'PC026', 'Windows is in Notification mode'],
			],
			ja: [
				['mak', '2d', 'PC001', 'コンピューターのライセンス認証は完了しました。'],
				['threshold', '10d', 'PC001', '初期猶予期間の終了日時'],
				['laptop-away', '222d', 'PC026', 'Windows は通知モードです'],
			],
		} as const;
		for (const locale of ['ja', 'en'] as const) {
			for (const [scenario, at, machine, text] of expected[locale])
				expect(
					output(sampleOf(locale, 'checking-status', scenario, at, machine, 'slmgr /xpr'), locale)
				).toContain(text);
		}
		expect(read('ja', 'checking-status')).toContain(
			'「コンピューターのライセンス認証は完了しました。」(The machine is permanently activated.)'
		);
		expect(read('ja', 'mak')).toContain(
			'「コンピューターのライセンス認証は完了しました。」(The machine is permanently activated.)'
		);
		expect(read('en', 'mak')).toContain('`The machine is permanently activated.`');
		for (const locale of ['ja', 'en'] as const)
			expect(
				output(sampleOf(locale, 'mak', 'mak', '2d', 'PC001', 'slmgr /xpr'), locale)
			).not.toMatch(/\d{4}/);
	});

	it('adba: the domain member shows the activation object the prose names', () => {
		for (const locale of ['ja', 'en'] as const) {
			const out = output(sampleOf(locale, 'adba', 'adba', '1d', 'PC001', 'slmgr /dlv'), locale);
			expect(out).toContain(
				locale === 'ja' ? 'AD ライセンス認証クライアント情報' : 'AD Activation client information'
			);
			expect(out).toContain('Contoso WS2022 CSVLK');
			expect(out).not.toContain(
				locale === 'ja'
					? 'キー管理サービス クライアント情報'
					: 'Key Management Service client information'
			);
			expect(read(locale, 'adba')).toContain('Contoso WS2022 CSVLK');
		}
	});

	it('troubleshooting: the SRV lookup is found before the record is deleted and not after; TCP 1688 fails until the rule is on', () => {
		for (const locale of ['ja', 'en'] as const) {
			expect(
				output(
					sampleOf(
						locale,
						'troubleshooting',
						'dns-missing',
						'20d',
						'PC001',
						'nslookup -type=srv _vlmcs._tcp'
					),
					locale
				)
			).toMatch(/svr hostname\s+= KMS01\.corp\.contoso\.com/);
			const missing = output(
				sampleOf(
					locale,
					'troubleshooting',
					'dns-missing',
					'40d',
					'PC031',
					'nslookup -type=srv _vlmcs._tcp'
				),
				locale
			);
			expect(missing).toContain('Non-existent domain');
			expect(missing).toContain('0x8007232B');
			expect(
				output(
					sampleOf(
						locale,
						'troubleshooting',
						'firewall',
						'1d',
						'PC001',
						'Test-NetConnection -ComputerName KMS01.corp.contoso.com -Port 1688'
					),
					locale
				)
			).toMatch(/TcpTestSucceeded\s*: False/);
			expect(
				output(
					sampleOf(
						locale,
						'troubleshooting',
						'firewall',
						'3d',
						'PC001',
						'Test-NetConnection -ComputerName KMS01.corp.contoso.com -Port 1688'
					),
					locale
				)
			).toMatch(/TcpTestSucceeded\s*: True/);
			expect(read(locale, 'troubleshooting')).toContain('`Non-existent domain`');
		}
	});

	it('kms-client-setup: /skms confirms the name and port it was given', () => {
		expect(
			output(
				sampleOf(
					'en',
					'kms-client-setup',
					'dns-missing',
					'40d',
					'PC031',
					'slmgr /skms KMS01.corp.contoso.com:1688'
				),
				'en'
			)
		).toContain(
			'Key Management Service machine name set to KMS01.corp.contoso.com:1688 successfully.'
		);
		expect(
			output(
				sampleOf(
					'ja',
					'kms-client-setup',
					'dns-missing',
					'40d',
					'PC031',
					'slmgr /skms KMS01.corp.contoso.com:1688'
				),
				'ja'
			)
		).toContain(
			'キー管理サービスのコンピューター名を KMS01.corp.contoso.com:1688 に正常に設定しました。'
		);
	});

	it('Japanese pages quote the labels the Japanese shell prints, with English labels slmgr prints', () => {
		const ja = catalogueText('ja');
		const en = catalogueText('en');
		const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
		const parts = (label: string) =>
			label
				.split(/ \/ |…/)
				.map((p) => p.trim())
				.filter((p) => p !== '');
		let quoted = 0;
		for (const page of PAGES.filter(
			(p) => p.locale === 'ja' && p.text.includes('<ShellTranscript')
		)) {
			const prose = page.text.replace(/^```[\s\S]*?^```/gm, '');
			// **ラベル** (Label), 「ラベル」(Label) or `ラベル` (Label): a Japanese label and its English original.
			for (const m of prose.matchAll(
				/(?:\*\*([^*\n]+)\*\*|「([^」\n]+)」|`([^`\n]+)`) ?\(([A-Za-z][^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)/g
			)) {
				const label = m[1] ?? m[2] ?? m[3] ?? '';
				const english = (m[4] ?? '').split('、')[0] ?? '';
				if (!JAPANESE.test(label) || JAPANESE.test(english)) continue;
				quoted++;
				for (const part of parts(label))
					expect(
						ja.includes(part),
						`${page.file}: "${part}" is not in the Japanese shell's texts`
					).toBe(true);
				for (const part of parts(english))
					expect(
						en.includes(part),
						`${page.file}: "${part}" is not in the English shell's texts`
					).toBe(true);
			}
		}
		expect(quoted).toBeGreaterThan(30);
	});
});
