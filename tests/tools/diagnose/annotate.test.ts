import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/tools/diagnose/index.ts';
import {
	annotatePaste,
	pasteLines,
	segmentAt,
	segmentLines,
	spansOf,
	type Mark,
	type Segment,
} from '../../../src/tools/diagnose/annotate.ts';
import { loadCorpus, sampleText } from './helpers.ts';

const field = (from: number, to = from): { from: number; to: number; mark: Mark } => ({
	from,
	to,
	mark: { kind: 'field', field: 'currentCount', value: String(from) },
});

/** Segments cover lines 1..n once each, in order, and plain runs carry no marks. */
function expectTiling(segments: readonly Segment[], lines: readonly string[]): void {
	let next = 1;
	for (const s of segments) {
		expect(s.from).toBe(next);
		expect(s.to).toBeGreaterThanOrEqual(s.from);
		expect(s.lines).toEqual(lines.slice(s.from - 1, s.to));
		next = s.to + 1;
	}
	expect(next).toBe(lines.length + 1);
}

describe('pasteLines', () => {
	it('splits at \\r\\n, \\r and \\n as the diagnosis numbers lines, and drops trailing blank lines', () => {
		expect(pasteLines('a\r\nb\rc\nd\n\n  \n')).toEqual(['a', 'b', 'c', 'd']);
		expect(pasteLines('')).toEqual([]);
	});
});

describe('segmentLines', () => {
	const lines = ['a', 'b', 'c', 'd', 'e', 'f'];

	it('marks recognised runs and leaves the lines between them plain', () => {
		const segments = segmentLines(lines, [field(2), field(5, 6)]);
		expect(segments.map((s) => [s.from, s.to, s.marks.length])).toEqual([
			[1, 1, 0],
			[2, 2, 1],
			[3, 4, 0],
			[5, 6, 1],
		]);
		expectTiling(segments, lines);
	});

	it('merges overlapping spans (an event and the code on its Info line) into one segment, marks in line order', () => {
		const segments = segmentLines(lines, [field(4), field(2, 4), field(3)]);
		expect(segments.map((s) => [s.from, s.to])).toEqual([
			[1, 1],
			[2, 4],
			[5, 6],
		]);
		expect(segments[1]?.marks.map((m) => (m.kind === 'field' ? m.value : ''))).toEqual([
			'2',
			'3',
			'4',
		]);
	});

	it('keeps adjacent spans apart, clamps spans past the end and drops those outside', () => {
		const segments = segmentLines(lines, [
			field(1),
			field(2),
			field(6, 40),
			field(50, 60),
			field(0, 0),
		]);
		expect(segments.map((s) => [s.from, s.to, s.marks.length])).toEqual([
			[1, 1, 1],
			[2, 2, 1],
			[3, 5, 0],
			[6, 6, 1],
		]);
	});

	it('gives one plain segment for a paste with nothing recognised, and none for an empty one', () => {
		expect(segmentLines(lines, [])).toEqual([{ from: 1, to: 6, lines, marks: [] }]);
		expect(segmentLines([], [field(1)])).toEqual([]);
	});

	it('always tiles the lines, whatever the spans', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 30 }),
				fc.array(fc.tuple(fc.integer({ min: -3, max: 35 }), fc.integer({ min: 0, max: 6 })), {
					maxLength: 20,
				}),
				(n, raw) => {
					const ls = Array.from({ length: n }, (_, i) => `line ${i + 1}`);
					const spans = raw.map(([from, len]) => field(from, from + len));
					const segments = segmentLines(ls, spans);
					expectTiling(segments, ls);
					for (const s of spans) {
						const from = Math.max(1, s.from);
						if (from > Math.min(n, s.to)) continue;
						const at = segmentAt(segments, from);
						expect(at?.marks).toContain(s.mark);
					}
				}
			)
		);
	});
});

describe('annotatePaste on real pastes', () => {
	it('event 12288 on a client: the header plain, the event and its Info code recognised together', () => {
		const text = sampleText('ms-f074-event12288-client.txt');
		const d = diagnose([text]);
		const segments = annotatePaste(text, d.pastes[0]!, d.codes);
		expectTiling(segments, pasteLines(text));
		const known = segments.filter((s) => s.marks.length > 0);
		expect(known).toHaveLength(1);
		expect(known[0]?.lines.join('\n')).toContain('Event ID: 12288');
		expect(known[0]?.marks.map((m) => m.kind)).toEqual(['event', 'code']);
		const event = known[0]?.marks[0];
		expect(event?.kind === 'event' && event.fields.map((f) => f.name)).toEqual([
			'hresult',
			'server',
			'timeToExpiration',
			'nPolicy',
		]);
		expect(segments[0]?.marks).toEqual([]);
		expect(segments[0]?.lines[0]).toMatch(/^Log Name/);
	});

	it('slmgr /dli of a KMS host: one mark per recognised field, the request breakdown plain', () => {
		const text = sampleText('ff793426-dli-host.txt');
		const d = diagnose([text]);
		const segments = annotatePaste(text, d.pastes[0]!, d.codes);
		const fields = segments
			.flatMap((s) => s.marks)
			.flatMap((m) => (m.kind === 'field' ? [m.field] : []));
		expect(fields).toContain('currentCount');
		expect(fields).toContain('failedRequests');
		expect(segments.find((s) => s.lines.some((l) => l.startsWith('Current count')))?.marks).toEqual(
			[{ kind: 'field', field: 'currentCount', value: '2' }]
		);
		expect(segments.at(-1)?.marks).toEqual([]);
		expect(segments.at(-1)?.lines.at(-1)).toMatch(/^Requests with License Status Notification/);
	});

	it('Test-NetConnection and nslookup become marks of their own', () => {
		const tnc = sampleText('ms-f074-tnc-false.txt');
		const srv = sampleText('ms-kmsdns-nslookup.txt');
		const d = diagnose([tnc, srv]);
		const tncMarks = annotatePaste(tnc, d.pastes[0]!, d.codes).flatMap((s) => s.marks);
		expect(tncMarks).toContainEqual(expect.objectContaining({ kind: 'tnc', succeeded: false }));
		const srvMarks = annotatePaste(srv, d.pastes[1]!, d.codes).flatMap((s) => s.marks);
		expect(srvMarks).toEqual([{ kind: 'srv', target: 'kms-server.contoso.com', port: 1688 }]);
	});

	it('code hits of another paste are not marked here, and one line holding a code twice is marked once', () => {
		const a = 'Error: 0xC004F074 and again 0xC004F074';
		const b = 'Error: 0xC004F074';
		const d = diagnose([a, b]);
		expect(spansOf(d.pastes[1]!, d.codes).filter((s) => s.mark.kind === 'code')).toHaveLength(1);
		expect(spansOf(d.pastes[0]!, d.codes).filter((s) => s.mark.kind === 'code')).toHaveLength(1);
	});

	it('every sample of the corpus tiles its lines', () => {
		for (const [name, sample] of loadCorpus()) {
			const texts = sample.files.map(sampleText);
			const d = diagnose(texts);
			d.pastes.forEach((p) =>
				expectTiling(
					annotatePaste(texts[p.paste] ?? '', p, d.codes),
					pasteLines(texts[p.paste] ?? '')
				)
			);
			expect(name).toBeTruthy();
		}
	});
});
