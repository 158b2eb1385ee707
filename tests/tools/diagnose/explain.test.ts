import { describe, expect, it } from 'vitest';
import { SLMGR_LABELS, type KmsEventId } from '../../../src/data/diagnosis.ts';
import { ERROR_MEANINGS } from '../../../src/data/errorMeanings.ts';
import { causeText, diagnoseWords } from '../../../src/i18n/diagnose/index.ts';
import { SHOWN_EVENT_FIELDS, type Mark } from '../../../src/tools/diagnose/annotate.ts';
import {
	evidenceText,
	linesText,
	machineRows,
	markNote,
	whereText,
	type Meaning,
} from '../../../src/tools/diagnose/explain.ts';
import { diagnose } from '../../../src/tools/diagnose/index.ts';
import { loadCorpus, sampleText } from './helpers.ts';

const LANGS = ['ja', 'en'] as const;
const meaningIn = (lang: 'ja' | 'en'): Meaning => {
	const map = new Map<string, string>(ERROR_MEANINGS.map((m) => [m.code, m.meaning[lang]]));
	return (code) => map.get(code);
};
const unfilled = /\{\w+\}/;

describe.each(LANGS)('notes beside recognised lines (%s)', (lang) => {
	const words = diagnoseWords(lang);
	const meaning = meaningIn(lang);

	it('every slmgr field has a note with every placeholder filled', () => {
		for (const rule of SLMGR_LABELS) {
			const note = markNote({ kind: 'field', field: rule.field, value: 'x' }, words, meaning);
			expect(note.text, rule.field).not.toMatch(unfilled);
			expect(note.text.length, rule.field).toBeGreaterThan(5);
		}
	});

	it('the count says what it counts and what each kind of machine needs', () => {
		const note = markNote(
			{ kind: 'field', field: 'currentCount', value: '3' },
			words,
			meaning
		).text;
		for (const n of ['3', '30', '25', '5']) expect(note).toContain(n);
	});

	it('the license status and the channel are read, not repeated', () => {
		expect(
			markNote(
				{ kind: 'field', field: 'licenseStatus', value: 'Initial grace period' },
				words,
				meaning
			).text
		).toContain(words.notes.status[2]);
		expect(
			markNote(
				{ kind: 'field', field: 'licenseStatus', value: 'ライセンスされています' },
				words,
				meaning
			).text
		).toContain(words.notes.status[1]);
		expect(
			markNote(
				{
					kind: 'field',
					field: 'description',
					value: 'Windows(R) Operating System, VOLUME_MAK channel',
				},
				words,
				meaning
			).text
		).toContain(words.channels.mak);
		expect(
			markNote({ kind: 'field', field: 'productKeyChannel', value: 'Volume:GVLK' }, words, meaning)
				.text
		).toContain(words.channels.kmsClient);
		// A value it cannot read stays as printed.
		expect(
			markNote({ kind: 'field', field: 'licenseStatus', value: 'Something new' }, words, meaning)
				.text
		).toContain('Something new');
	});

	it('an event lists its Info fields by name; every event and shown field has words', () => {
		for (const id of [12288, 12289, 12290, 12293, 12294] as KmsEventId[])
			expect(words.notes.events[id]).toContain(String(id));
		for (const name of SHOWN_EVENT_FIELDS)
			expect(words.notes.eventFields[name].length).toBeGreaterThan(2);
		const note = markNote(
			{
				kind: 'event',
				id: 12288,
				fields: [
					{ name: 'hresult', value: '0xC004F06C' },
					{ name: 'nPolicy', value: '5' },
				],
			},
			words,
			meaning
		);
		expect(note.text).toBe(words.notes.events[12288]);
		expect(note.details).toEqual([
			{ label: words.notes.eventFields.hresult, value: '0xC004F06C' },
			{ label: words.notes.eventFields.nPolicy, value: '5' },
		]);
	});

	it('a code says what it means, an unknown one says so, and 0xC004F074 points to the real answer', () => {
		const known = markNote(
			{ kind: 'code', code: '0xC004F06C', known: true, explainedBy: null },
			words,
			meaning
		).text;
		expect(known).toContain('0xC004F06C');
		expect(known).toContain(meaning('0xC004F06C') as string);
		expect(
			markNote(
				{ kind: 'code', code: '0xC004F0FF', known: false, explainedBy: null },
				words,
				meaning
			).text
		).toContain(words.notes.codeUnknown.replace('{code}', '0xC004F0FF'));
		expect(
			markNote(
				{ kind: 'code', code: '0xC004F074', known: true, explainedBy: '0xC004F06C' },
				words,
				meaning
			).text
		).toMatch(/0xC004F074.*0xC004F06C/s);
	});

	it('network results: SRV record, failed lookups, and the TCP test either way', () => {
		const marks: Mark[] = [
			{ kind: 'srv', target: 'kms01.contoso.com', port: 1688 },
			{ kind: 'dns', reason: 'nxdomain' },
			{ kind: 'tnc', host: 'kms01', port: 1688, succeeded: false, nameResolutionFailed: false },
			{ kind: 'tnc', host: 'kms01', port: 1688, succeeded: true, nameResolutionFailed: false },
			{ kind: 'tnc', host: 'kms01', port: null, succeeded: null, nameResolutionFailed: true },
		];
		const texts = marks.map((m) => markNote(m, words, meaning).text);
		expect(texts[0]).toContain('kms01.contoso.com');
		expect(texts[1]).toBe(words.notes.dnsFailure.nxdomain);
		expect(texts[2]).not.toBe(texts[3]);
		for (const t of texts) expect(t).not.toMatch(unfilled);
	});
});

describe.each(LANGS)('each machine summed up (%s)', (lang) => {
	const words = diagnoseWords(lang);
	const meaning = meaningIn(lang);

	it('a KMS host: channel, status, count against what clients need', () => {
		const d = diagnose([sampleText('ff793426-dli-host.txt')]);
		const rows = machineRows(d.machines[0]!, words, meaning);
		expect(rows.map((r) => r.label)).toEqual([
			words.page.product,
			words.page.channel,
			words.page.licenseStatus,
			words.page.count,
		]);
		expect(rows.find((r) => r.label === words.page.count)).toMatchObject({ value: '2' });
		expect(rows.find((r) => r.label === words.page.count)?.note).toContain('25');
	});

	it('a KMS client: time left in days, the KMS host and how it was found', () => {
		const d = diagnose([sampleText('checkmk-ws2012-kms-client.txt')]);
		const rows = machineRows(d.machines[0]!, words, meaning);
		expect(rows.find((r) => r.label === words.page.timeLeft)?.value).toContain('176');
		expect(rows.find((r) => r.label === words.page.kmsHost)?.value).toBe(
			`bisv229.corp.giag.net:1688 (${words.via.dns})`
		);
	});

	it('a failing client: the last result with its meaning, and the threshold from N-Policy', () => {
		const d = diagnose([sampleText('ms-f074-event12288-client.txt')]);
		const rows = machineRows(d.machines[0]!, words, meaning);
		expect(rows.find((r) => r.label === words.page.lastResult)).toEqual({
			label: words.page.lastResult,
			value: '0xC004F06C',
			note: meaning('0xC004F06C'),
		});
		expect(rows.find((r) => r.label === words.page.threshold)?.value).toBe(
			`5 (${words.page.thresholdFrom.nPolicy})`
		);
	});

	it('lines and evidence are named in one line or a range', () => {
		expect(linesText(words, 15, 15)).not.toContain('15–15');
		expect(linesText(words, 5, 15)).toMatch(/5.*15/);
		expect(whereText(words, 0, 3, 3)).toMatch(/1.*3/);
		expect(
			evidenceText({ kind: 'count', ref: { paste: 0, from: 1, to: 1 }, value: 3 }, words)
		).toBe(`${words.evidence.count} 3`);
	});
});

describe.each(LANGS)('cause titles of real pastes (%s)', (lang) => {
	it('leave out what the paste does not give instead of showing a placeholder', () => {
		const words = diagnoseWords(lang);
		let causes = 0;
		for (const [, sample] of loadCorpus()) {
			for (const c of diagnose(sample.files.map(sampleText)).causes) {
				const text = causeText(words, c.id, c.params);
				expect(text.title, c.id).not.toMatch(unfilled);
				expect(text.detail, c.id).not.toMatch(unfilled);
				causes++;
			}
		}
		expect(causes).toBeGreaterThan(10);
		const bare = causeText(words, 'count_below_threshold', { code: '0xC004F038' }).title;
		expect(bare).not.toMatch(/\(|\{/);
	});
});
