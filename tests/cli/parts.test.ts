import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { escapeControls } from '../../src/cli/escape.ts';
import { CLI_MESSAGES } from '../../src/cli/messages.ts';
import { parseTime } from '../../src/cli/time.ts';
import { CLI_LIMITS } from '../../src/engine/limits.ts';

const MAX = CLI_LIMITS.maxMinutes;

describe('parseTime', () => {
	it('reads the scenario grammar', () => {
		expect(parseTime('200d', MAX)).toEqual({ ok: true, minutes: 200 * 1440 });
		expect(parseTime('1d12h30m', MAX)).toEqual({ ok: true, minutes: 1440 + 12 * 60 + 30 });
		expect(parseTime(' 90m ', MAX)).toEqual({ ok: true, minutes: 90 });
		expect(parseTime('0d', MAX)).toEqual({ ok: true, minutes: 0 });
		expect(parseTime(`${MAX}m`, MAX)).toEqual({ ok: true, minutes: MAX });
	});

	it('says what is wrong with each invalid time', () => {
		const problem = (text: string) => {
			const r = parseTime(text, MAX);
			return r.ok ? undefined : r.problem;
		};
		expect(problem('')).toEqual({ code: 'empty' });
		expect(problem('-5d')).toEqual({ code: 'negative' });
		expect(problem('30')).toEqual({ code: 'no_unit', number: '30' });
		expect(problem('1d12')).toEqual({ code: 'no_unit', number: '12' });
		expect(problem('30w')).toEqual({ code: 'bad_unit', unit: 'w' });
		expect(problem('30days')).toEqual({ code: 'bad_unit', unit: 'days' });
		expect(problem('30D')).toEqual({ code: 'bad_unit', unit: 'D' });
		expect(problem('soon')).toEqual({ code: 'not_number' });
		expect(problem('NaN')).toEqual({ code: 'not_number' });
		expect(problem('30 d')).toEqual({ code: 'not_number' });
		expect(problem('Infinity')).toEqual({ code: 'too_large', max: MAX });
		expect(problem('Infinityd')).toEqual({ code: 'too_large', max: MAX });
		expect(problem('99999999d')).toEqual({ code: 'too_large', max: MAX });
		expect(problem(`${'9'.repeat(400)}d`)).toEqual({ code: 'too_large', max: MAX });
		expect(problem(`${MAX + 1}m`)).toEqual({ code: 'too_large', max: MAX });
	});
});

describe('parseArgs', () => {
	it('reads options in any order, and --option=value', () => {
		const a = parseArgs(
			['--lang', 'en', '--exec', 'PC001: slmgr /dli', 'firewall', '--until', '30d'],
			MAX
		);
		const b = parseArgs(['firewall', '--until=30d', '--exec=PC001: slmgr /dli', '--lang=en'], MAX);
		expect(a).toEqual(b);
		expect(a.problems).toEqual([]);
		expect(a.options).toMatchObject({
			source: 'firewall',
			until: 30 * 1440,
			lang: 'en',
			exec: ['PC001: slmgr /dli'],
		});
	});

	it('collects every problem, naming the option', () => {
		const { problems } = parseArgs(
			['--verbose', '-x', '--json=yes', '--until', '--lang', 'fr', 'a', 'b', '--exec', 'hostname'],
			MAX
		);
		expect(problems).toEqual([
			{ code: 'unknown_flag', flag: '--verbose' },
			{ code: 'unknown_flag', flag: '-x' },
			{ code: 'takes_no_value', flag: '--json' },
			{ code: 'needs_value', flag: '--until' },
			{ code: 'bad_lang', value: 'fr' },
			{ code: 'extra_argument', arg: 'b', first: 'a' },
			{ code: 'bad_exec', value: 'hostname' },
		]);
	});

	it('takes what follows -- as the scenario', () => {
		expect(parseArgs(['--', '--odd.json'], MAX).options.source).toBe('--odd.json');
	});
});

describe('escapeControls', () => {
	it('makes every C0 and C1 control character visible, except \\n and \\t', () => {
		expect(escapeControls('a\u001b[31mb\u009bc\u0007\r\u0000\u007f')).toBe(
			'a\\u001b[31mb\\u009bc\\u0007\\u000d\\u0000\\u007f'
		);
		expect(escapeControls('bidi\u202e\u2028')).toBe('bidi\\u202e\\u2028');
		expect(escapeControls('line\n\tindented')).toBe('line\n\tindented');
		expect(escapeControls('日本語 é ¡')).toBe('日本語 é ¡');
	});

	it('keeps JSON output valid and equal to what was escaped', () => {
		const value = { note: 'x\u001b[31m\u009b\u007fy' };
		const text = escapeControls(JSON.stringify(value));
		expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
		expect(JSON.parse(text)).toEqual(value);
	});
});

describe('the catalogues', () => {
	it('have the same messages in Japanese and English', () => {
		const keys = (o: object): string[] =>
			Object.entries(o).flatMap(([k, v]) =>
				typeof v === 'object' ? keys(v as object).map((s) => `${k}.${s}`) : [k]
			);
		expect(keys(CLI_MESSAGES.ja).sort()).toEqual(keys(CLI_MESSAGES.en).sort());
	});
});
