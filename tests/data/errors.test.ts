import { describe, expect, it } from 'vitest';
import { ERROR_MEANINGS, OUR_READING, findErrorMeaning } from '../../src/data/errorMeanings.ts';
import { ERROR_CODES, findError } from '../../src/data/errors.ts';

const LAB_SCENES = [
	'dns-missing',
	'firewall',
	'clock-skew',
	'old-host-key',
	'cloned-image',
	'threshold',
	'mak',
	'laptop-away',
];

describe('ERROR_CODES data', () => {
	it('covers every documented code', () => {
		const required = [
			'0xC004F074',
			'0xC004F038',
			'0xC004F039',
			'0xC004F041',
			'0xC004F042',
			'0xC004F06C',
			'0xC004F035',
			'0xC004F050',
			'0xC004F051',
			'0xC004F009',
			'0xC004F00F',
			'0xC004F014',
			'0xC004F02C',
			'0xC004F064',
			'0xC004F065',
			'0xC004F066',
			'0xC004F068',
			'0xC004F069',
			'0xC004F06B',
			'0xC004F081',
			'0xC004F082',
			'0xC004F083',
			'0xC004C001',
			'0xC004C003',
			'0xC004C008',
			'0xC004C020',
			'0xC004C021',
			'0xC004B100',
			'0xC004E003',
			'0xC004E016',
			'0xC004D307',
			'0x8007232A',
			'0x8007232B',
			'0x8007251D',
			'0x80092328',
			'0x8007007B',
			'0x800706BA',
			'0x80070005',
			'0x8004FE21',
			'0x80070490',
			'0x80072EE7',
			'0x80072338',
			// Issue "Paste what you see": codes real outputs show.
			'0xC004E015',
			'0xC004F200',
			'0xC004F015',
			'0xC004F025',
			'0x80004005',
			'0xC004FC07',
		];
		const codes = ERROR_CODES.map((e) => e.code);
		for (const code of required) expect(codes).toContain(code);
		expect(ERROR_CODES.length).toBeGreaterThanOrEqual(35);
	});

	it('has unique, well-formed codes', () => {
		const codes = ERROR_CODES.map((e) => e.code);
		expect(new Set(codes).size).toBe(codes.length);
		for (const code of codes) expect(code).toMatch(/^0x[0-9A-F]{8}$/);
	});

	it('has non-empty text in both locales and https sources', () => {
		for (const entry of ERROR_CODES) {
			const texts = [entry.meaning, entry.cause, entry.fix, entry.disputed].filter(
				(t) => t != null
			);
			for (const text of texts) {
				expect(text.ja.trim(), entry.code).not.toBe('');
				expect(text.en.trim(), entry.code).not.toBe('');
			}
			expect(entry.sources.length, entry.code).toBeGreaterThan(0);
			for (const source of entry.sources) {
				expect(source.url, entry.code).toMatch(/^https:\/\//);
				expect(source.title.trim(), entry.code).not.toBe('');
			}
			if (entry.name !== null) expect(entry.name).toMatch(/^[A-Z][A-Z0-9_]+$/);
		}
	});

	it('never gives a cause or fix without a source-backed answer: a missing one is explained as disputed', () => {
		for (const entry of ERROR_CODES) {
			if (entry.cause === null || entry.fix === null)
				expect(entry.disputed, entry.code).toBeDefined();
		}
		for (const code of [
			'0xC004F066',
			'0xC004F068',
			'0xC004F06B',
			'0xC004E003',
			'0xC004E016',
			'0x80072EE7',
			'0xC004F081',
			'0xC004F069',
		]) {
			const entry = findError(code);
			expect(entry?.disputed, code).toBeDefined();
			expect(entry?.fix, code).toBeNull();
		}
	});

	it('links the lab scenes named in the brief', () => {
		const expected: Record<string, string[]> = {
			'0x8007232B': ['dns-missing'],
			'0xC004F074': ['firewall'],
			'0x800706BA': ['firewall'],
			'0xC004F06C': ['clock-skew'],
			'0xC004F042': ['old-host-key'],
			'0xC004F038': ['threshold', 'cloned-image'],
			'0xC004C020': ['mak'],
			'0xC004F009': ['laptop-away'],
		};
		for (const [code, scenes] of Object.entries(expected)) {
			expect([...(findError(code)?.scenes ?? [])].sort()).toEqual([...scenes].sort());
		}
		for (const entry of ERROR_CODES)
			for (const scene of entry.scenes) expect(LAB_SCENES).toContain(scene);
	});

	it('finds entries in any letter case, with or without 0x', () => {
		expect(findError('0xC004F074')?.code).toBe('0xC004F074');
		expect(findError('c004f074')?.code).toBe('0xC004F074');
		expect(findError(' 0x8007232b ')?.code).toBe('0x8007232B');
		expect(findError('0xC004F0')).toBeUndefined();
		expect(findError('hello')).toBeUndefined();
	});
});

describe('ERROR_MEANINGS, the part of the reference the lab terminal loads', () => {
	it('is the meaning part of every ERROR_CODES entry, in the same order: one source of truth', () => {
		expect(ERROR_CODES.map((e) => e.code)).toEqual(ERROR_MEANINGS.map((m) => m.code));
		ERROR_MEANINGS.forEach((meaning, i) => {
			const entry = ERROR_CODES[i];
			expect(entry?.meaning, meaning.code).toBe(meaning.meaning);
			expect(entry?.name, meaning.code).toBe(meaning.name);
			expect(entry?.nameUnconfirmed, meaning.code).toBe(meaning.nameUnconfirmed);
		});
	});

	it('keeps notes (disputed, unconfirmed, our reading) out of the meanings the terminal loads', () => {
		for (const meaning of ERROR_MEANINGS)
			expect(Object.keys(meaning).sort(), meaning.code).toEqual(
				expect.arrayContaining(['code', 'meaning', 'name'])
			);
		for (const meaning of ERROR_MEANINGS)
			expect(Object.hasOwn(meaning, 'disputed'), meaning.code).toBe(false);
	});

	it('gives every entry its cause, fix, commands, scenes and sources', () => {
		for (const entry of ERROR_CODES) {
			expect(entry.cause, entry.code).not.toBeUndefined();
			expect(entry.fix, entry.code).not.toBeUndefined();
			expect(Array.isArray(entry.commands), entry.code).toBe(true);
			expect(Array.isArray(entry.scenes), entry.code).toBe(true);
			expect(entry.sources.length, entry.code).toBeGreaterThan(0);
		}
	});

	it('finds meanings as findError finds entries', () => {
		for (const probe of [
			'0xC004F074',
			'c004f074',
			' 0x8007232b ',
			'0xC004F0',
			'hello',
			'0x00000000',
			'0xc004e016',
		]) {
			expect(findErrorMeaning(probe)?.code, probe).toBe(findError(probe)?.code);
		}
		expect(findErrorMeaning('c004f038')?.meaning).toBe(findError('0xC004F038')?.meaning);
	});
});

describe('fidelity to the cited sources (issue "Fidelity to Windows")', () => {
	const entry = (code: string) => {
		const found = findError(code);
		if (found === undefined) throw new Error(`${code} missing`);
		return found;
	};
	const urls = (code: string) => entry(code).sources.map((s) => s.url);

	it('says where 0xC004F074 and 0xC004F06C are seen: slmgr /ato shows 0xC004F074, events 12288 and 12290 carry 0xC004F06C', () => {
		const f074 = entry('0xC004F074').cause;
		const f06c = entry('0xC004F06C').cause;
		for (const text of [f074, f06c]) {
			expect(text).not.toBeNull();
			for (const locale of ['ja', 'en'] as const) {
				const t = text?.[locale] ?? '';
				expect(t, locale).toContain('slmgr /ato');
				expect(t, locale).toContain('12288');
				expect(t, locale).toContain('12290');
				expect(t, locale).toContain('0xC004F074');
				expect(t, locale).toContain('0xC004F06C');
			}
		}
		expect(f06c?.en).toMatch(/slmgr \/ato on the client reports 0xC004F074, not this code/);
		expect(f06c?.ja).toMatch(/slmgr \/ato が表示するのは 0xC004F074 で、このコードではありません/);
		expect(f06c?.en).toMatch(/first field \(HRESULT\) of the client's event 12288/);
		expect(f074?.en).toMatch(/With clock skew too, slmgr shows 0xC004F074/);
	});

	it('gives 0xC004D307 its slerror.h constant', () => {
		expect(entry('0xC004D307').name).toBe('SL_REMAPPING_SP_PUB_TS_MAX_REARM_REACHED');
		expect(entry('0xC004D307').nameUnconfirmed).toBeUndefined();
		expect(entry('0xC004D307').disputed?.en).not.toMatch(/no constant name/);
	});

	it('documents 0x80072338, the second KMS host that may not update the _VLMCS record (KB 2553863)', () => {
		const e = entry('0x80072338');
		expect(e.name).toBe('DNS_ERROR_RCODE_BADSIG');
		expect(urls('0x80072338')).toContain(
			'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/event-12293-error-0x800723-set-kms-host'
		);
		expect(e.cause?.en).toMatch(/12293/);
		expect(e.cause?.en).toMatch(/Windows Logs > Application/);
		expect(e.cause?.ja).toMatch(/Windows ログ > Application/);
		expect(e.fix?.en).toMatch(/computer account with Full Control/);
		expect(e.fix?.ja).toMatch(/コンピューター アカウントを追加してフル コントロール/);
		for (const locale of ['ja', 'en'] as const) {
			expect(e.fix?.[locale]).toMatch(/sppsvc/);
			expect(e.fix?.[locale]).toMatch(/12294/);
		}
		expect(e.commands).toContain('Restart-Service sppsvc');
	});

	it('keeps what the site adds beyond its sources out of cause and fix, labelled as our reading', () => {
		for (const code of ['0x80072EE7', '0xC004F081', '0xC004F050', '0xC004F009', '0xC004F069']) {
			const e = entry(code);
			expect(e.disputed?.ja, code).toContain(OUR_READING.ja);
			expect(e.disputed?.en, code).toContain(OUR_READING.en);
		}
		// The label appears only in `disputed`, never in a cause or fix.
		for (const e of ERROR_CODES) {
			for (const text of [e.cause, e.fix]) {
				expect(text?.ja ?? '', e.code).not.toContain('当サイトの解釈');
				expect(text?.en ?? '', e.code).not.toMatch(/our reading|our assumption/i);
			}
		}
		// 0xC004F050: the error-code page says nothing about KB3172614, so the cause does not either.
		expect(entry('0xC004F050').cause?.en).not.toMatch(/KB3172614/);
		expect(entry('0xC004F050').fix?.en).not.toMatch(/KB3172614/);
		// 0xC004F009: the page gives no KMS-client story; that is our reading.
		expect(entry('0xC004F009').cause?.en).not.toMatch(/KMS client|corporate network/);
		expect(entry('0xC004F009').fix?.en).not.toMatch(/slmgr \/ato/);
		// 0xC004F081: no cited page gives a cause or fix.
		expect(entry('0xC004F081').cause).toBeNull();
		expect(entry('0xC004F081').fix).toBeNull();
	});

	it('cites sources that say what is cited', () => {
		// The error-code page does not mention 0x80072EE7; the WinINet error list does.
		expect(urls('0x80072EE7')).not.toContain(
			'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes'
		);
		expect(urls('0x80072EE7')).toContain(
			'https://learn.microsoft.com/windows/win32/wininet/wininet-errors'
		);
		// The slmgr options page does not mention 0xC004F066; the SLSetGenuineInformation page does.
		expect(urls('0xC004F066')).not.toContain(
			'https://learn.microsoft.com/windows-server/get-started/activation-slmgr-vbs-options'
		);
		expect(urls('0xC004F066')).toContain(
			'https://learn.microsoft.com/windows/win32/api/slpublic/nf-slpublic-slsetgenuineinformation'
		);
		// Duplicate CMIDs: the count article (KB 929829) is where "rebuild the base image" comes from.
		expect(urls('0xC004F038')).toContain(
			'https://learn.microsoft.com/troubleshoot/windows-client/licensing-and-activation/kms-current-count-not-increase'
		);
	});

	it('gives one answer for duplicate CMIDs: rebuild the base image with sysprep /generalize', () => {
		const fix = entry('0xC004F038').fix;
		expect(fix?.en).toMatch(/rebuild the base image/);
		expect(fix?.ja).toMatch(/ベース イメージを作り直します/);
		for (const locale of ['ja', 'en'] as const) expect(fix?.[locale]).not.toMatch(/rearm/);
	});

	it('states the CSVLK limits one way: 6 hosts, 9 reactivations each', () => {
		const cause = entry('0xC004C008').cause;
		expect(cause?.en).toMatch(/6 hosts in all, and each host can be reactivated up to 9 times/);
		expect(cause?.ja).toMatch(/合計 6 台まで.*最大 9 回/);
		expect(cause?.en).not.toMatch(/10 times/);
		expect(cause?.ja).not.toMatch(/10 回/);
	});

	it('writes "more than 4 hours" as 4 時間を超える in Japanese, never 4 時間以上 or 4 時間より大きく', () => {
		const texts = ERROR_CODES.flatMap((e) => [e.meaning, e.cause, e.fix, e.disputed]).filter(
			(t) => t != null
		);
		for (const text of texts) expect(text.ja).not.toMatch(/4 ?時間(以上|より)/);
		expect(entry('0xC004F06C').cause?.ja).toContain('4 時間を超えて');
	});

	it('gives the codes real outputs show their constants and Microsoft\'s articles (issue "Paste what you see")', () => {
		const names: Record<string, string> = {
			'0xC004E015': 'SL_E_EUL_CONSUMPTION_FAILED',
			'0xC004F200': 'SL_E_NOT_GENUINE',
			'0xC004F015': 'SL_E_PRODUCT_SKU_NOT_INSTALLED',
			'0xC004F025': 'SL_E_LUA_ACCESSDENIED',
			'0x80004005': 'E_FAIL',
			'0xC004FC07': 'SL_E_VALIDITY_PERIOD_EXPIRED',
		};
		for (const [code, name] of Object.entries(names)) {
			expect(entry(code).name, code).toBe(name);
			expect(entry(code).nameUnconfirmed, code).toBeUndefined();
		}
		expect(urls('0xC004E015')).toContain(
			'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/error-0xc004e015-sl-e-eul-consumption-failed-activate-windows'
		);
		expect(urls('0xC004E015')).toContain(
			'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/rebuild-tokens-dotdat-file'
		);
		expect(entry('0xC004E015').fix?.en).toMatch(/ren tokens\.dat tokens\.bar/);
		expect(urls('0xC004F200')).toContain(
			'https://learn.microsoft.com/troubleshoot/windows-client/licensing-and-activation/activation-failures-not-genuine-notifications-volume-licensed-kms-client'
		);
		expect(entry('0xC004F200').cause?.en).toContain(
			'Notification Reason: 0xC004F200 (non-genuine).'
		);
		expect(urls('0xC004F015')).toContain(
			'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/error-0xc004f015-activate-windows-10'
		);
		expect(entry('0xC004F025').cause?.en).toContain(
			'Access denied: the requested action requires elevated privileges'
		);
		expect(entry('0x80004005').cause?.en).toMatch(/License Activation \(SLUI\.exe\) failed/);
		// What Microsoft does not say about 8198 with 0x80004005 stays a labelled reading.
		expect(entry('0x80004005').disputed?.en).toContain(OUR_READING.en);
		expect(entry('0x80004005').cause?.en).not.toMatch(/8198/);
		// No source gives a cause for 0xC004FC07.
		expect(entry('0xC004FC07').cause).toBeNull();
		expect(entry('0xC004FC07').disputed?.ja).toContain(OUR_READING.ja);
	});

	it("names Microsoft's further causes of 0xC004F06C and 0xC004F050 with their sources", () => {
		// 0xC004F074 article: a support version mismatch besides the clock, for the events that carry 0xC004F06C.
		expect(entry('0xC004F06C').cause?.en).toMatch(/support version mismatch/);
		expect(entry('0xC004F06C').cause?.ja).toMatch(/サポート バージョンの不一致/);
		expect(urls('0xC004F06C')).toContain(
			'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/error-0xc004f074-activate-windows'
		);
		// 0xC004F050: typo or beta key (error-code page); KB3172614 from an older keys page, in disputed with its source.
		expect(entry('0xC004F050').cause?.en).toMatch(/typo.*beta key/);
		expect(entry('0xC004F050').disputed?.en).toMatch(/older revision \(2017\)/);
		expect(
			urls('0xC004F050').some((u) => u.includes('01bda6f7cca9957ad12f73f04539714822893fb0'))
		).toBe(true);
	});
});
