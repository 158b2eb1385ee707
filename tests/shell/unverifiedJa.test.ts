import { describe, expect, it } from 'vitest';
import { en, enSlmgrErrors, type MessageKey } from '../../src/shell/messages/en.ts';
import { ja, jaSlmgrErrors } from '../../src/shell/messages/ja.ts';
import {
	JA_SLMGR_ERRORS_UNVERIFIED,
	JA_SLMGR_SEEN,
	JA_SLMGR_UNVERIFIED,
} from '../../src/shell/messages/unverifiedJa.ts';

/** The list of Japanese slmgr texts still unverified names real keys, and every slmgr text is classified. */

const SEEN = Object.keys(JA_SLMGR_SEEN) as MessageKey[];
// slmgr's texts outside the usage-to-"Trusted time" block of en.ts (printed inline by slmgr).
const SLMGR_INLINE: readonly MessageKey[] = [
	'slmgrConnectionError',
	'reinstallingLicenses',
	'licensesReinstalled',
	'vbTypeMismatch',
	'remoteExecNotSupported',
];

function slmgrKeys(): MessageKey[] {
	const keys = Object.keys(en) as MessageKey[];
	return [
		...keys.slice(keys.indexOf('usageTitle'), keys.indexOf('trustedTime') + 1),
		...SLMGR_INLINE,
	];
}

describe('Japanese slmgr wording: seen or unverified', () => {
	it('names only keys that exist, each once, in one list only', () => {
		for (const key of [...JA_SLMGR_UNVERIFIED, ...SEEN])
			expect(Object.hasOwn(ja, key), key).toBe(true);
		expect(new Set(JA_SLMGR_UNVERIFIED).size).toBe(JA_SLMGR_UNVERIFIED.length);
		expect(SEEN.filter((k) => JA_SLMGR_UNVERIFIED.includes(k))).toEqual([]);
		for (const code of JA_SLMGR_ERRORS_UNVERIFIED)
			expect(Object.hasOwn(jaSlmgrErrors, code), code).toBe(true);
	});

	it('classifies every slmgr text and every slmgr error text', () => {
		const classified = new Set<MessageKey>([...JA_SLMGR_UNVERIFIED, ...SEEN]);
		expect(slmgrKeys().filter((k) => !classified.has(k))).toEqual([]);
		expect(
			Object.keys(enSlmgrErrors).filter(
				(c) => !(JA_SLMGR_ERRORS_UNVERIFIED as readonly string[]).includes(c)
			)
		).toEqual([]);
	});

	it('uses the wording each capture shows (captures drop spaces, so spaces are not compared)', () => {
		const bare = (t: string) => t.replace(/\s+/g, '');
		expect(bare(ja.remainingWindowsRearm)).toContain(
			bare('残りのWindows猶予期限リセット可能回数:')
		);
		expect(bare(ja.xprPermanent)).toContain(bare('コンピューターのライセンス認証は完了しました'));
		expect(bare(ja.xprNotification)).toBe(bare('Windowsは通知モードです'));
		expect(ja.productDesc).toBe('説明: ');
		for (const [key, capture] of Object.entries(JA_SLMGR_SEEN)) {
			expect(capture?.url, key).toMatch(/^https:\/\//);
			expect(capture?.open.length, key).toBeGreaterThan(0);
		}
	});
});
