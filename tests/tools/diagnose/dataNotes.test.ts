import { describe, expect, it } from 'vitest';
import { AZURE_KMS_CHECK_COMMANDS } from '../../../src/data/azureKms.ts';
import { EVALUATION_CONVERSION_STEPS } from '../../../src/data/evaluation.ts';
import { ACTIVATION_EVENTS, findActivationEvent } from '../../../src/data/events.ts';
import { findHostChannel, HOST_CHANNEL_RULE } from '../../../src/data/hostChannels.ts';
import { findNotificationReason } from '../../../src/data/notificationReasons.ts';
import { diagnoseWords } from '../../../src/i18n/diagnose/index.ts';
import { annotatePaste, dataNoteKey } from '../../../src/tools/diagnose/annotate.ts';
import { dataNoteTexts } from '../../../src/tools/diagnose/dataTexts.ts';
import { markNote } from '../../../src/tools/diagnose/explain.ts';
import { diagnose, type DataNote, type Diagnosis } from '../../../src/tools/diagnose/index.ts';
import { sampleText } from './helpers.ts';

const notesOf = (d: Diagnosis): readonly DataNote[] => d.pastes.flatMap((p) => p.dataNotes);
const causeIds = (d: Diagnosis): string[] => d.causes.map((c) => c.id);

/** The notes the page shows for a paste, in `lang`, read through the same path as the page. */
function shownNotes(text: string, lang: 'ja' | 'en'): string[] {
	const d = diagnose([text]);
	const { cli: _cli, ...words } = diagnoseWords(lang);
	const texts = new Map(dataNoteTexts(lang));
	return annotatePaste(text, d.pastes[0] as Diagnosis['pastes'][number], d.codes).flatMap((s) =>
		s.marks
			.filter((m) => m.kind === 'data')
			.map(
				(m) =>
					markNote(
						m,
						words,
						() => undefined,
						(k) => texts.get(k)
					).text
			)
	);
}

const EVENT_8198 = [
	'Log Name:      Application',
	'Source:        Microsoft-Windows-Security-SPP',
	'Event ID:      8198',
	'Level:         Error',
	'Description:',
	'License Activation (slui.exe) failed with the following error code:',
	'hr=0x80004005',
	'Command-line arguments:',
	'RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate;AppId=55c92734-d682-4d71-983e-d6ec3f16059f;SkuId=00000000-0000-0000-0000-000000000000;NotificationInterval=1440;Trigger=TimerEvent',
].join('\n');

describe('diagnosis reads src/data beyond the KMS events', () => {
	it('explains a host channel from hostChannels.ts (real /dli of a host: VOLUME_KMS_C)', () => {
		const text = sampleText('ff793426-dli-host.txt');
		const notes = notesOf(diagnose([text]));
		expect(notes).toContainEqual(
			expect.objectContaining({ kind: 'hostChannel', channel: 'VOLUME_KMS_C', listed: true })
		);
		const note = findHostChannel('VOLUME_KMS_C')?.note;
		for (const lang of ['ja', 'en'] as const)
			expect(shownNotes(text, lang).join('\n')).toContain(note?.[lang].slice(0, 40));
	});

	it('explains the host key group name of a real ADBA/KMS host (VOLUME_KMS_2012-R2_WIN10)', () => {
		const notes = notesOf(diagnose([sampleText('qa478271-adba-host-dlv.txt')]));
		expect(notes).toContainEqual(
			expect.objectContaining({
				kind: 'hostChannel',
				channel: 'VOLUME_KMS_2012-R2_WIN10',
				listed: true,
			})
		);
	});

	it('falls back to slmgr.vbs’s rule for a host channel the data does not list', () => {
		const text =
			'Description: Windows(R) Operating System, VOLUME_KMS_ZZ channel\nLicense Status: Licensed';
		const notes = notesOf(diagnose([text]));
		expect(notes).toContainEqual(expect.objectContaining({ kind: 'hostChannel', listed: false }));
		expect(shownNotes(text, 'en').join('\n')).toContain(HOST_CHANNEL_RULE.en.slice(0, 40));
	});

	it('explains the Notification Reason line from notificationReasons.ts (KB 4487266: 0xC004F200)', () => {
		const text = sampleText('kb4487266-dlv-nongenuine.txt');
		const notes = notesOf(diagnose([text]));
		expect(notes).toContainEqual(
			expect.objectContaining({ kind: 'reason', code: '0xC004F200', listed: true })
		);
		expect(shownNotes(text, 'ja').join('\n')).toContain(
			findNotificationReason('0xC004F200')?.meaning.ja.slice(0, 20)
		);
	});

	it('reads the evaluation channel; an initial grace period is not an expiry (real Windows 7 eval /dli)', () => {
		const d = diagnose([sampleText('checkmk-win7-eval.txt')]);
		expect(notesOf(d)).toContainEqual(
			expect.objectContaining({ kind: 'evaluation', channel: 'TIMEBASED_EVAL' })
		);
		expect(causeIds(d)).not.toContain('evaluation_expired');
	});

	it('names an expired evaluation and its conversion commands from evaluation.ts', () => {
		const text = [
			'Name: Windows(R), ServerDatacenterEval edition',
			'Description: Windows(R) Operating System, TIMEBASED_EVAL channel',
			'License Status: Notification',
			'Notification Reason: 0xC004FC07.',
		].join('\n');
		const d = diagnose([text]);
		const cause = d.causes.find((c) => c.id === 'evaluation_expired');
		expect(cause?.commands).toEqual(EVALUATION_CONVERSION_STEPS.map((s) => s.command));
		expect(cause?.guide.page).toBe('guides/lifecycle');
		expect(notesOf(d)).toContainEqual(
			expect.objectContaining({ kind: 'reason', code: '0xC004FC07', listed: true })
		);
	});

	it('reads event 8198 with its hr=, points 0x80004005 to its entry and asks for event 12288', () => {
		const d = diagnose([EVENT_8198]);
		expect(notesOf(d)).toContainEqual(
			expect.objectContaining({ kind: 'event', key: 'spp-8198', id: 8198, hr: '0x80004005' })
		);
		const cause = d.causes.find((c) => c.id === 'slui_failed');
		expect(cause?.errorEntry).toBe('0x80004005');
		expect(cause?.commands).toEqual(findActivationEvent('spp-8198')?.commands.slice(0, 1));
		expect(d.missing).toContain('event_12288');
		expect(d.pastes[0]?.kinds).toContain('event');
		expect(shownNotes(EVENT_8198, 'en')[0]).toMatch(/^Event 8198: Activation \(slui\.exe\) failed/);
	});

	it('reads 12308, 16398 and 1074 with the meanings events.ts gives', () => {
		const text = [
			'Event ID: 12308',
			'Description: Active Directory Activation has succeeded.',
			'',
			'Event ID: 16398',
			'',
			'Log Name: System',
			'Event ID: 1074',
		].join('\n');
		const keys = notesOf(diagnose([text])).flatMap((n) => (n.kind === 'event' ? [n.key] : []));
		expect(keys).toEqual(['spp-12308', 'unknown-16398', 'user32-1074']);
		for (const key of keys) expect(findActivationEvent(key)).toBeDefined();
	});

	it('ties a 1074 shutdown on an evaluation edition to its expiry', () => {
		const text = [
			'Description: Windows(R) Operating System, TIMEBASED_EVAL channel',
			'License Status: Licensed',
			'Event ID: 1074',
		].join('\n');
		expect(causeIds(diagnose([text]))).toContain('evaluation_expired');
	});

	it('recognises Azure KMS in a failing paste and gives the checks of azureKms.ts', () => {
		const tnc = [
			'PS C:\\> Test-NetConnection azkms.core.windows.net -port 1688',
			'WARNING: TCP connect to azkms.core.windows.net:1688 failed',
			'ComputerName           : azkms.core.windows.net',
			'RemotePort             : 1688',
			'TcpTestSucceeded       : False',
		].join('\n');
		const d = diagnose([tnc]);
		const cause = d.causes.find((c) => c.id === 'azure_kms');
		expect(cause?.commands).toEqual(AZURE_KMS_CHECK_COMMANDS);
		expect(cause?.params.host).toBe('azkms.core.windows.net');
		// A healthy client that renews with Azure KMS gets the note but no cause.
		const healthy = diagnose([
			'License Status: Licensed\nKMS machine name from DNS: azkms.core.windows.net:1688',
		]);
		expect(notesOf(healthy)).toContainEqual(
			expect.objectContaining({ kind: 'azure', endpoint: 'global' })
		);
		expect(causeIds(healthy)).not.toContain('azure_kms');
	});

	it('has a text in both languages for every note the data can produce', () => {
		for (const lang of ['ja', 'en'] as const) {
			const texts = new Map(dataNoteTexts(lang));
			const keys = [
				...ACTIVATION_EVENTS.map((e) =>
					dataNoteKey({ kind: 'event', key: e.key, id: e.id, hr: null, from: 1, to: 1 })
				),
				'hostChannel:*',
				'reason:*',
				'evaluation',
				'azure:global',
			];
			for (const key of keys)
				expect(texts.get(key)?.length ?? 0, `${lang} ${key}`).toBeGreaterThan(10);
		}
	});
});

describe('expiry of a machine that is online but cannot renew', () => {
	it('points renewal_late and out_of_tolerance to the lifecycle guide’s online section, with /xpr first', () => {
		const late = diagnose([
			'Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel\nLicense Status: Licensed\nVolume activation expiration: 1440 minute(s) (1 day(s))',
		]);
		const cause = late.causes.find((c) => c.id === 'renewal_late');
		expect(cause?.guide).toEqual({
			page: 'guides/lifecycle',
			anchor: {
				ja: 'オンラインなのに更新できない-pc',
				en: 'a-machine-that-is-online-but-cannot-renew',
			},
		});
		expect(cause?.commands[0]).toBe('slmgr /xpr');
		expect(diagnoseWords('en').causes.renewal_late.detail).toContain('online');
		expect(diagnoseWords('ja').causes.renewal_late.detail).toContain('オンライン');
	});
});
