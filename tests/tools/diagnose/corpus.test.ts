import { describe, expect, it } from 'vitest';
import { diagnose, type Diagnosis } from '../../../src/tools/diagnose/index.ts';
import { loadCorpus, sampleText, wrapAt, type SampleExpect } from './helpers.ts';

/** Real outputs from public sources parse to the diagnosis their source supports; mangled copies too. */

const corpus = loadCorpus();

function check(d: Diagnosis, e: SampleExpect): void {
	if (e.status !== undefined) expect(d.status).toBe(e.status);
	if (e.primaryCode !== undefined) expect(d.primaryCode).toBe(e.primaryCode);
	if (e.firstCause !== undefined) expect(d.causes[0]?.id).toBe(e.firstCause);
	if (e.kinds !== undefined)
		expect(d.pastes.map((p) => [...p.kinds].sort())).toEqual(e.kinds.map((k) => [...k].sort()));
	if (e.events !== undefined)
		expect(d.pastes.flatMap((p) => p.events.map((x) => x.id)).sort()).toEqual([...e.events].sort());
	if (e.missing !== undefined) for (const m of e.missing) expect(d.missing).toContain(m);
	if (e.codes !== undefined) expect(d.codes.map((c) => c.code)).toEqual(e.codes);
	if (e.codeForm !== undefined) expect(d.codes[0]?.hits[0]?.form).toBe(e.codeForm);
	const m =
		d.machines.find((x) => x.role !== 'unknown' || x.licenseStatus !== null) ?? d.machines[0];
	if (e.role !== undefined) expect(m?.role).toBe(e.role);
	if (e.channel !== undefined) expect(m?.channel?.value).toBe(e.channel);
	if (e.licenseStatus !== undefined) expect(m?.licenseStatus?.value).toBe(e.licenseStatus);
	if (e.minutesLeft !== undefined) expect(m?.minutesLeft?.value).toBe(e.minutesLeft);
	if (e.threshold !== undefined) expect(m?.threshold?.value).toBe(e.threshold);
	if (e.kmsHost !== undefined)
		expect([m?.kmsHost?.value.name, m?.kmsHost?.value.port, m?.kmsHost?.value.via]).toEqual(
			e.kmsHost
		);
	if (e.intervals !== undefined)
		expect([m?.activationInterval?.value, m?.renewalInterval?.value]).toEqual(e.intervals);
	if (e.count !== undefined) expect(m?.host?.count?.value).toBe(e.count);
	if (e.port !== undefined) expect(m?.host?.port?.value).toBe(e.port);
	if (e.dnsPublishing !== undefined) expect(m?.host?.dnsPublishing?.value).toBe(e.dnsPublishing);
	if (e.note !== undefined) expect(d.notes[0]?.count).toBe(e.note);
	if (e.lastResult !== undefined)
		expect(d.machines.find((x) => x.lastResult !== null)?.lastResult?.result).toBe(e.lastResult);
	if (e.countCheck !== undefined)
		expect([d.countCheck?.count.value, d.countCheck?.threshold.value, d.countCheck?.below]).toEqual(
			e.countCheck
		);
	if (e.fields !== undefined)
		expect(d.pastes.flatMap((p) => p.fields.map((f) => f.field))).toEqual(e.fields);
	if (e.explainedBy !== undefined)
		expect(d.codes.find((c) => c.code === e.explainedBy?.[0])?.explainedBy).toBe(e.explainedBy[1]);
	if (e.srv !== undefined)
		expect(d.pastes.flatMap((p) => p.srv.map((r) => [r.target, r.port]))).toContainEqual(e.srv);
}

describe('the corpus', () => {
	it('has at least 20 real samples, each with a source and an expectation', () => {
		const real = corpus.filter(([, s]) => s.origin === 'real');
		expect(real.length).toBeGreaterThanOrEqual(20);
		for (const [, s] of corpus) {
			expect(s.source).toMatch(/^https?:\/\//);
			expect(Object.keys(s.expect).length).toBeGreaterThan(0);
			if (s.origin === 'derived') expect(s.derivedFrom).toBeTruthy();
		}
	});

	it.each(corpus)('%s parses to the diagnosis its source supports', (_name, sample) => {
		check(diagnose(sample.files.map(sampleText)), sample.expect);
	});
});

/** The variants a help desk produces: each keeps what the source supports. */
const MANGLES: [string, (t: string) => string][] = [
	['CRLF line ends', (t) => t.replace(/\r?\n/g, '\r\n')],
	['lone CR line ends', (t) => t.replace(/\r?\n/g, '\r')],
	['wrapped at 80 columns', (t) => wrapAt(t, 80)],
	['wrapped at 120 columns', (t) => wrapAt(t, 120)],
	['a prompt and a command before it', (t) => `C:\\Windows\\system32>cscript slmgr.vbs /dlv\n${t}`],
	['a PowerShell prompt after it', (t) => `${t}\nPS C:\\Users\\admin> `],
	[
		'quoted in an e-mail with leading spaces',
		(t) =>
			t
				.split('\n')
				.map((l) => `    ${l}`)
				.join('\n'),
	],
	[
		'full-width characters',
		(t) => t.replace(/[0-9A-Za-z:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
	],
];

describe('mangled variants of the real samples', () => {
	const single = corpus.filter(([, s]) => s.origin === 'real' && s.files.length === 1);
	for (const [how, mangle] of MANGLES) {
		// A wrap splits text, not a web page's markup: the samples copied with <br/> are left out of wraps.
		const fits = how.startsWith('wrapped')
			? single.filter(([, s]) => !s.files.some((f) => sampleText(f).includes('<br')))
			: single;
		it.each(fits)(`%s, ${how}`, (_name, sample) => {
			const e = sample.expect;
			check(diagnose(sample.files.map((f) => mangle(sampleText(f)))), {
				status: e.status,
				primaryCode: e.primaryCode,
				firstCause: e.firstCause,
				channel: e.channel,
				licenseStatus: e.licenseStatus,
				count: e.count,
				minutesLeft: e.minutesLeft,
			});
		});
	}

	it.each(single)('%s, truncated anywhere, invents nothing', (_name, sample) => {
		const text = sampleText(sample.files[0] as string);
		const whole = diagnose([text]);
		for (const cut of [0.25, 0.5, 0.75]) {
			const part = diagnose([text.slice(0, Math.floor(text.length * cut))]);
			for (const c of part.codes) expect(whole.codes.map((x) => x.code)).toContain(c.code);
			const m = part.machines[0];
			const w = whole.machines[0];
			if (m?.licenseStatus) expect(m.licenseStatus.value).toBe(w?.licenseStatus?.value);
			if (m?.channel)
				expect([w?.channel?.value, 'kmsHost', 'kmsClient']).toContain(m.channel.value);
		}
	});
});
