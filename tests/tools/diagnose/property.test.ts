import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, MAX_PASTES } from '../../../src/tools/diagnose/index.ts';
import { MAX_LINE_CHARS, MAX_PASTE_CHARS } from '../../../src/tools/diagnose/normalize.ts';
import { loadCorpus, sampleText } from './helpers.ts';

/**
 * Any text up to 64 kB parses without throwing, and the work it costs is bounded by its size,
 * counted in lines and characters (not wall time, which depends on the machine).
 */

const pieces = loadCorpus().flatMap(([, s]) => s.files.map(sampleText));

/** Text that looks like what gets pasted: real fragments, glued, cut and sprinkled with noise. */
const pasteLike = fc
	.array(
		fc.oneof(
			fc.constantFrom(...pieces),
			fc.string({ maxLength: 200 }),
			fc.string({ unit: 'binary', maxLength: 80 }),
			fc.constantFrom(
				'\r',
				'\n',
				'\r\n',
				'<br/>',
				'0x',
				'Info:',
				':',
				'　',
				'０ｘＣ００４',
				'-',
				'=====\n',
				'\u0000',
				'\u202e',
				'Event ID: 12288\n'
			)
		),
		{ maxLength: 60 }
	)
	.map((parts) => parts.join(''));

function withinBudget(texts: string[]): void {
	const d = diagnose(texts);
	const read = texts.slice(0, MAX_PASTES);
	const chars = read.reduce((n, t) => n + Math.min(t.length, MAX_PASTE_CHARS), 0);
	const physical = read.reduce(
		(n, t) => n + t.slice(0, MAX_PASTE_CHARS).split(/\r\n|\r|\n/).length,
		0
	);
	expect(d.work.chars).toBe(chars);
	// <br/> can split a physical line, at most once per 5 characters.
	expect(d.work.lines).toBeLessThanOrEqual(physical + Math.ceil(chars / 5));
	for (const p of d.pastes)
		for (const f of p.fields) expect(f.value.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
	expect(d.causes.length).toBeLessThanOrEqual(64);
	expect(() => JSON.stringify(d)).not.toThrow();
}

describe('any text', () => {
	it('parses without throwing, within its budget', () => {
		fc.assert(
			fc.property(fc.array(pasteLike, { maxLength: 4 }), (texts) => withinBudget(texts)),
			{ numRuns: 300 }
		);
	});

	it('handles arbitrary strings of any characters', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: 'binary', maxLength: 2000 }), { maxLength: 3 }),
				(texts) => withinBudget(texts)
			),
			{ numRuns: 300 }
		);
	});

	it('reads at most 64 kB of a paste and says it cut the rest', () => {
		const huge = `${pieces.join('\n')}\n`.repeat(40);
		expect(huge.length).toBeGreaterThan(MAX_PASTE_CHARS);
		const d = diagnose([huge]);
		expect(d.pastes[0]?.truncated).toBe(true);
		withinBudget([huge]);
	});

	it('ignores what is not a list of strings', () => {
		expect(diagnose(undefined as unknown as string[]).status).toBe('not_recognised');
		expect(diagnose([42, null, { toString: () => 'x' }] as unknown as string[]).status).toBe(
			'not_recognised'
		);
		expect(diagnose(Array.from({ length: MAX_PASTES + 3 }, () => 'x')).skippedPastes).toBe(3);
	});

	it('takes hostile text without a blow-up: long runs, deep repeats, a line of 64 kB', () => {
		const hostile = [
			'a'.repeat(MAX_PASTE_CHARS),
			':'.repeat(MAX_PASTE_CHARS),
			'0x'.repeat(MAX_PASTE_CHARS / 2),
			`${'-'.repeat(30_000)}${'1'.repeat(30_000)}`,
			'C:\\'.repeat(20_000),
			'<br/>'.repeat(13_000),
			'Info:\n'.repeat(10_000),
			`${'x'.repeat(79)}\n`.repeat(800),
		];
		for (const h of hostile) withinBudget([h]);
	});
});
