import { DATA_CAUSE_RULES } from '../../../src/data/dataCauseRules.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAUSE_RULES } from '../../../src/data/diagnosis.ts';
import { causeText, diagnoseWords } from '../../../src/i18n/diagnose/index.ts';
import { runDiagnoseCli, splitPastes } from '../../../src/cli/diagnoseCli.ts';
import { sampleText } from './helpers.ts';

/** `npm run diagnose`: exit codes, languages, JSON, escaping; and the wording of every cause. */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const NODE = `${ROOT}node_modules/.bin/node`;

describe('runDiagnoseCli', () => {
	const f074 = sampleText('ms-f074-ato-error.txt');

	it('prints a diagnosis in Japanese by default and in English with --lang en, exit 0', () => {
		const ja = runDiagnoseCli([], f074);
		expect(ja.code).toBe(0);
		expect(ja.stdout).toContain('どの KMS ホストからも応答がありません');
		expect(ja.stdout).toContain('/guides/troubleshooting/#手順-3-イベントを確認する');
		const en = runDiagnoseCli(['--lang', 'en'], f074);
		expect(en.stdout).toContain('No KMS host answered (0xC004F074)');
		expect(en.stdout).toContain('/en/guides/error-codes/#0xc004f074');
	});

	it('--json prints the data, which parses back', () => {
		const out = runDiagnoseCli(
			['--json', '--lang=en'],
			`${f074}\n=====\n${sampleText('ms-f074-event12288-client.txt')}`
		);
		const d = JSON.parse(out.stdout) as { primaryCode: string; pastes: unknown[] };
		expect(d.primaryCode).toBe('0xC004F06C');
		expect(d.pastes).toHaveLength(2);
	});

	it('exit 2 with the message in the --lang language on bad usage or no input', () => {
		expect(runDiagnoseCli(['--lang', 'en', '--frob'], f074)).toMatchObject({ code: 2, stdout: '' });
		expect(runDiagnoseCli(['--lang', 'en', '--frob'], f074).stderr).toContain(
			'unknown option --frob'
		);
		expect(runDiagnoseCli(['--lang', 'ja', 'file.txt'], f074).stderr).toContain('余分な引数です');
		expect(runDiagnoseCli(['--lang', 'fr'], f074).code).toBe(2);
		expect(runDiagnoseCli(['--json=yes'], f074).code).toBe(2);
		expect(runDiagnoseCli(['--lang', 'en'], '   \n').stderr).toContain('nothing on standard input');
		expect(runDiagnoseCli(['--lang', 'en'], null).code).toBe(2);
	});

	it('escapes control characters from the paste', () => {
		const out = runDiagnoseCli(
			['--lang', 'en'],
			'KMS machine name from DNS: evil\u001b[31m:1688\nLicense Status: Licensed\nDescription: x, VOLUME_KMSCLIENT channel'
		);
		expect(out.stdout).not.toContain('\u001b');
		const json = runDiagnoseCli(
			['--json'],
			'Name: a\u009bb\nDescription: VOLUME_KMSCLIENT\nLicense Status: Licensed'
		);
		expect(json.stdout).not.toMatch(/[\u0080-\u009f]/);
		expect(() => JSON.parse(json.stdout)).not.toThrow();
	});

	it('splits pastes at a line of five or more "="', () => {
		expect(splitPastes('a\n=====\nb\r\n======\r\nc')).toHaveLength(3);
		expect(splitPastes('\ufeffa == b')).toEqual(['a == b']);
	});
});

describe('the entry point', () => {
	it('reads standard input and exits 0, or 2 when nothing is piped in', () => {
		const ok = spawnSync(NODE, ['src/cli/diagnose.ts', '--lang', 'en'], {
			cwd: ROOT,
			input: sampleText('ms-232b-error.txt'),
			encoding: 'utf8',
		});
		expect(ok.status).toBe(0);
		expect(ok.stdout).toContain('0x8007232B');
		const empty = spawnSync(NODE, ['src/cli/diagnose.ts', '--lang', 'en'], {
			cwd: ROOT,
			input: '',
			encoding: 'utf8',
		});
		expect(empty.status).toBe(2);
		expect(empty.stderr).toContain('nothing on standard input');
		expect(
			execFileSync(NODE, ['src/cli/diagnose.ts', '--help', '--lang', 'en'], {
				cwd: ROOT,
				encoding: 'utf8',
			})
		).toContain('Usage: npm run diagnose');
	}, 60_000);
});

describe('the wording', () => {
	it.each(['ja', 'en'] as const)('%s words every cause with its parameters filled', (lang) => {
		const w = diagnoseWords(lang);
		for (const rule of [...CAUSE_RULES, ...DATA_CAUSE_RULES]) {
			const t = causeText(w, rule.id, {
				code: '0xC004F074',
				host: 'kms01',
				port: 1688,
				count: 3,
				threshold: 25,
				minutes: 100,
				channel: 'retail',
			});
			expect(t.title, rule.id).not.toMatch(/\{\w+\}/);
			expect(t.detail.length, rule.id).toBeGreaterThan(10);
		}
	});

	it("a template cannot reach an object's own methods", () => {
		expect(causeText(diagnoseWords('en'), 'see_error_entry', {}).title).toBe('Error {code}');
	});
});
