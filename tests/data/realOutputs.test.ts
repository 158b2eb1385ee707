/**
 * The data added for the issue "Paste what you see": events beyond 12288–12294, the Notification
 * Reason line, evaluation editions, Azure KMS and Japanese Windows texts. Every entry has sources,
 * both languages, and keeps readings of ours labelled.
 */
import { describe, expect, it } from 'vitest';
import { OUR_READING, canonicalErrorCode, findErrorMeaning } from '../../src/data/errorMeanings.ts';
import {
	ACTIVATION_EVENTS,
	activationEventsWithId,
	findActivationEvent,
} from '../../src/data/events.ts';
import {
	EVALUATION_CHANNEL,
	EVALUATION_CONVERSION_LIMITS,
	EVALUATION_CONVERSION_SOURCES,
	EVALUATION_CONVERSION_STEPS,
	EVALUATION_FACTS,
	TIMEBASED_CHANNEL_PREFIX,
} from '../../src/data/evaluation.ts';
import {
	AZURE_KMS_ENDPOINTS,
	AZURE_KMS_PORT,
	AZURE_KMS_REQUIREMENTS,
} from '../../src/data/azureKms.ts';
import {
	NOTIFICATION_REASONS,
	NOTIFICATION_REASON_OTHER,
	findNotificationReason,
} from '../../src/data/notificationReasons.ts';
import {
	JAPANESE_WINDOWS_TEXTS,
	UNVERIFIED_JAPANESE_TEXTS,
} from '../../src/data/japaneseWording.ts';
import type { Localized, Source } from '../../src/data/types.ts';

function bothLanguages(text: Localized, label: string): void {
	expect(text.ja.trim(), label).not.toBe('');
	expect(text.en.trim(), label).not.toBe('');
	// Japanese text is Japanese; English text has no Japanese in it.
	expect(text.ja, label).toMatch(/[ぁ-んァ-ヶ一-龠]/);
	expect(text.en, label).not.toMatch(/[ぁ-んァ-ヶ一-龠]/);
	expect(text.ja, label).not.toMatch(/4 ?時間(以上|より)/);
	expect(text.en, label).not.toMatch(/licenc/i);
}

function sourced(sources: readonly Source[], label: string): void {
	expect(sources.length, label).toBeGreaterThan(0);
	for (const source of sources) {
		expect(source.url, label).toMatch(/^https:\/\//);
		expect(source.title.trim(), label).not.toBe('');
	}
}

/** A reading of ours is labelled in both languages, or absent from both. */
function readingsLabelled(text: Localized, label: string): void {
	expect(text.ja.includes(OUR_READING.ja), label).toBe(text.en.includes(OUR_READING.en));
}

describe('activation events beyond 12288–12294', () => {
	it('covers 8198, 12308, 16398, 1074 and the WLMS event, with unique keys', () => {
		const keys = ACTIVATION_EVENTS.map((e) => e.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const id of [8198, 12308, 16398, 1074, 100])
			expect(activationEventsWithId(id).length, String(id)).toBeGreaterThan(0);
		expect(findActivationEvent('wlms-100')?.provider).toBe('WLMS');
		expect(findActivationEvent('user32-1074')?.logName).toBe('System');
	});

	it('has both languages, sources, canonical codes, and an explanation wherever it gives no action', () => {
		for (const event of ACTIVATION_EVENTS) {
			bothLanguages(event.meaning, event.key);
			if (event.action !== null) bothLanguages(event.action, event.key);
			if (event.disputed !== undefined) {
				bothLanguages(event.disputed, event.key);
				readingsLabelled(event.disputed, event.key);
			}
			if (event.log !== null) bothLanguages(event.log, event.key);
			if (event.action === null) expect(event.disputed, event.key).toBeDefined();
			for (const code of event.codes) expect(canonicalErrorCode(code), event.key).toBe(code);
			sourced(event.sources, event.key);
			// Readings of ours never sit in the meaning or the action.
			for (const text of [event.meaning, event.action]) {
				expect(text?.ja ?? '', event.key).not.toContain(OUR_READING.ja);
				expect(text?.en ?? '', event.key).not.toContain(OUR_READING.en);
			}
		}
	});

	it("keeps 8198 on the client's Application log with the codes Microsoft documents, and its hr line", () => {
		const e = findActivationEvent('spp-8198');
		expect(e?.logName).toBe('Application');
		expect(e?.codes).toEqual(
			expect.arrayContaining(['0xC0020017', '0x8007139F', '0x8007007B', '0x80004005'])
		);
		expect(e?.messages[0]?.text).toBe(
			'License Activation (slui.exe) failed with the following error code:'
		);
		expect(e?.fields[0]).toBe('hr');
		expect(e?.sources.map((s) => s.url)).toContain(
			'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/activation-event-8198-error-0xc0020017-0x8007139f-kms-contact-failure'
		);
		expect(e?.action?.en).toMatch(/azkms\.core\.windows\.net:1688/);
	});

	it('says what no source confirms: 16398 has no text, 12308 no Microsoft article, 1074-with-wlms is our reading', () => {
		const e16398 = findActivationEvent('unknown-16398');
		expect(e16398?.messages).toEqual([]);
		expect(e16398?.provider).toBeNull();
		expect(e16398?.action).toBeNull();
		expect(findActivationEvent('spp-12308')?.disputed?.en).toMatch(
			/No Microsoft article describes this event/
		);
		expect(findActivationEvent('spp-12308')?.messages[0]?.origin).toBe('windows-message-table');
		expect(findActivationEvent('user32-1074')?.disputed?.en).toContain(OUR_READING.en);
		expect(findActivationEvent('user32-1074')?.disputed?.en).toMatch(/wlms\.exe/);
		expect(findActivationEvent('user32-1074')?.meaning.en).not.toMatch(/wlms\.exe/i);
	});

	it("quotes WLMS event 100 as Microsoft's page does", () => {
		expect(findActivationEvent('wlms-100')?.messages[0]?.text).toBe(
			'The license period for this installation of Windows has expired. The operating system will shut down every hour.'
		);
	});
});

describe('the Notification Reason line', () => {
	it('lists the codes slmgr.vbs names itself, with the line as slmgr prints it', () => {
		expect(findNotificationReason('0xC004F200')?.line).toBe(
			'Notification Reason: 0xC004F200 (non-genuine).'
		);
		expect(findNotificationReason('0xC004F009')?.line).toBe(
			'Notification Reason: 0xC004F009 (grace time expired).'
		);
		for (const reason of NOTIFICATION_REASONS) {
			expect(reason.line.startsWith(`Notification Reason: ${reason.code}`), reason.code).toBe(true);
			expect(reason.namedBySlmgr, reason.code).toBe(
				['0xC004F200', '0xC004F009'].includes(reason.code)
			);
			// Every reason has an entry in the error reference.
			expect(findErrorMeaning(reason.code), reason.code).toBeDefined();
			bothLanguages(reason.meaning, reason.code);
			if (reason.disputed !== undefined) {
				bothLanguages(reason.disputed, reason.code);
				readingsLabelled(reason.disputed, reason.code);
			}
			sourced(reason.sources, reason.code);
		}
		bothLanguages(NOTIFICATION_REASON_OTHER, 'other');
	});
});

describe('evaluation editions', () => {
	it('labels every fact by how sure it is', () => {
		for (const fact of EVALUATION_FACTS) {
			bothLanguages(fact.text, fact.id);
			sourced(fact.sources, fact.id);
			const labelled =
				fact.text.ja.startsWith(OUR_READING.ja) && fact.text.en.startsWith(OUR_READING.en);
			expect(labelled, fact.id).toBe(fact.status === 'ourReading');
		}
		expect(EVALUATION_CHANNEL.startsWith(TIMEBASED_CHANNEL_PREFIX)).toBe(true);
		expect(EVALUATION_FACTS.find((f) => f.id === 'channel')?.status).toBe('ourReading');
		expect(EVALUATION_FACTS.find((f) => f.id === 'expiryServer')?.text.en).toMatch(
			/shuts down every hour/
		);
	});

	it('converts as Microsoft documents it: DISM with a retail key first, slmgr /ipk for the volume key after', () => {
		const commands = EVALUATION_CONVERSION_STEPS.map((s) => s.command);
		expect(commands[0]).toBe('DISM /online /Get-CurrentEdition');
		const setEdition = commands.findIndex((c) => c.includes('/ProductKey:'));
		const ipk = commands.findIndex((c) => c.startsWith('slmgr.vbs /ipk'));
		expect(setEdition).toBeGreaterThan(0);
		expect(ipk).toBeGreaterThan(setEdition);
		expect(EVALUATION_CONVERSION_STEPS[setEdition]?.what.en).toMatch(/retail product key/);
		// Nothing presents a GVLK in DISM /Set-Edition as Microsoft's method.
		for (const step of EVALUATION_CONVERSION_STEPS)
			expect(step.command).not.toMatch(/Set-Edition.*GVLK/i);
		expect(EVALUATION_FACTS.find((f) => f.id === 'gvlkWithDism')?.status).toBe('unconfirmed');
		for (const step of EVALUATION_CONVERSION_STEPS) bothLanguages(step.what, step.command);
		for (const limit of EVALUATION_CONVERSION_LIMITS) bothLanguages(limit, limit.en);
		expect(EVALUATION_CONVERSION_LIMITS.some((l) => /domain controller/.test(l.en))).toBe(true);
		sourced(EVALUATION_CONVERSION_SOURCES, 'conversion');
	});
});

describe('Azure KMS', () => {
	it('lists azkms.core.windows.net first with all three global addresses, on port 1688', () => {
		expect(AZURE_KMS_PORT).toBe(1688);
		const global = AZURE_KMS_ENDPOINTS.find((e) => e.id === 'global');
		expect(global?.hosts[0]).toBe('azkms.core.windows.net');
		expect([...(global?.ips ?? [])].sort()).toEqual([
			'20.118.99.224',
			'23.102.135.246',
			'40.83.235.53',
		]);
		for (const endpoint of AZURE_KMS_ENDPOINTS) {
			bothLanguages({ ja: `${endpoint.cloud.ja} の KMS`, en: endpoint.cloud.en }, endpoint.id);
			for (const ip of endpoint.ips) expect(ip, endpoint.id).toMatch(/^\d{1,3}(\.\d{1,3}){3}$/);
		}
	});

	it('gives each requirement both languages and a Microsoft source', () => {
		for (const r of AZURE_KMS_REQUIREMENTS) {
			bothLanguages(r.text, r.id);
			sourced(r.sources, r.id);
			for (const s of r.sources) expect(s.url, r.id).toMatch(/^https:\/\/learn\.microsoft\.com\//);
		}
		expect(AZURE_KMS_REQUIREMENTS.find((r) => r.id === 'publicIp')?.text.en).toMatch(
			/Azure public IP address/
		);
	});
});

describe('Japanese Windows texts', () => {
	it('lists only texts a Microsoft source shows in Japanese, with where and how exact', () => {
		for (const text of JAPANESE_WINDOWS_TEXTS) {
			expect(text.ja, text.id).toMatch(/[ぁ-んァ-ヶ一-龠]/);
			expect(text.en, text.id).not.toMatch(/[ぁ-んァ-ヶ一-龠]/);
			bothLanguages(text.where, text.id);
			bothLanguages(text.fidelity, text.id);
			sourced(text.sources, text.id);
		}
		// Microsoft's Japanese for activation is ライセンス認証, never アクティブ化.
		for (const text of JAPANESE_WINDOWS_TEXTS) expect(text.ja, text.id).not.toMatch(/アクティブ化/);
	});
});

describe('Japanese texts no source confirms', () => {
	it('are labelled as our reading in both languages and kept apart from the sourced list', () => {
		expect(UNVERIFIED_JAPANESE_TEXTS.map((t) => t.ja)).toContain('アクティブ化されました');
		for (const text of UNVERIFIED_JAPANESE_TEXTS) {
			expect(text.note.ja.startsWith(OUR_READING.ja), text.id).toBe(true);
			expect(text.note.en.startsWith(OUR_READING.en), text.id).toBe(true);
			expect(
				JAPANESE_WINDOWS_TEXTS.some((t) => t.ja === text.ja),
				text.id
			).toBe(false);
		}
	});
});
