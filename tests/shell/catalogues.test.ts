import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/data/errors.ts';
import { catalogueFor } from '../../src/shell/messages/all.ts';
import * as labEn from '../../src/shell/terminalEn.ts';
import * as labJa from '../../src/shell/terminalJa.ts';
import { presetAt, shellOn } from './helpers.ts';

/** One locale's texts per module, so the lab's terminal downloads only the language it shows. */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Source files a module loads at run time, following its static imports and re-exports.
 * `import type` / `export type` are erased; with verbatimModuleSyntax any other import stays.
 */
function runtimeGraph(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const code = readFileSync(resolve(ROOT, entry), 'utf8');
	const pattern = /^(?:import|export)\s+(?!type\b)(?:[\s\S]*?\sfrom\s+)?'(\.[^']+)'/gm;
	for (const match of code.matchAll(pattern)) {
		const target = resolve(dirname(resolve(ROOT, entry)), match[1] as string);
		runtimeGraph(target.slice(ROOT.length + 1), seen);
	}
	return seen;
}

describe("the lab terminal's modules", () => {
	it('load only their own language and only the meanings of error codes', () => {
		const ja = runtimeGraph('src/shell/terminalJa.ts');
		const en = runtimeGraph('src/shell/terminalEn.ts');
		expect(ja).toContain('src/shell/shell.ts');
		expect(ja).toContain('src/shell/messages/ja.ts');
		expect(ja).not.toContain('src/shell/messages/en.ts');
		expect(en).toContain('src/shell/messages/en.ts');
		expect(en).not.toContain('src/shell/messages/ja.ts');
		for (const graph of [ja, en]) {
			expect(graph).toContain('src/data/errorMeanings.ts');
			expect(graph).not.toContain('src/data/errors.ts');
			expect(graph).not.toContain('src/shell/messages/all.ts');
		}
	});

	it('export a catalogue in their language that drives a working prompt', () => {
		// The same texts; the CLI's catalogues add the lab's words for refusals, which the lab hands its terminal itself.
		expect({ ...catalogueFor('ja'), results: undefined }).toEqual({
			...labJa.catalogue,
			results: undefined,
		});
		expect({ ...catalogueFor('en'), results: undefined }).toEqual({
			...labEn.catalogue,
			results: undefined,
		});
		const sim = presetAt('firewall', '1d');
		const ja = labJa.createShell(sim, 'PC001', { catalogue: labJa.catalogue, elevated: true });
		const en = labEn.createShell(sim, 'PC001', { catalogue: labEn.catalogue, elevated: true });
		expect(ja.lang).toBe('ja');
		expect(en.lang).toBe('en');
		expect(ja.run('slmgr /dli').output).toContain('ライセンスの状態:');
		expect(en.run('slmgr /dli').output).toContain('License Status:');
	});
});

describe('shell catalogues', () => {
	const en = catalogueFor('en');
	const ja = catalogueFor('ja');

	it('have the same keys in the same order in both languages; usage, help and error texts are never empty', () => {
		for (const table of ['messages', 'usage', 'commandList', 'slmgrErrors'] as const) {
			expect(Object.keys(ja[table]), table).toEqual(Object.keys(en[table]));
			// Some messages are empty on purpose (Windows prints nothing there).
			if (table === 'messages') continue;
			for (const catalogue of [en, ja]) {
				for (const [key, text] of Object.entries(catalogue[table]))
					expect(text.trim(), `${catalogue.lang} ${table}.${key}`).not.toBe('');
			}
		}
	});

	it('key slmgr error texts by the canonical 0xXXXXXXXX form that slmgr looks up', () => {
		for (const code of Object.keys(en.slmgrErrors)) expect(code).toMatch(/^0x[0-9A-F]{8}$/);
	});

	it('help lists the same commands in both languages, each with its usage text where it has one', () => {
		const sim = presetAt('firewall', '0m');
		const names = (lang: 'en' | 'ja') =>
			shellOn(sim, 'KMS01', lang)
				.run('help')
				.output.split('\n')
				.slice(1)
				.filter((line) => /^\S+ {2,}/.test(line))
				.map((line) => line.split(' ')[0]);
		expect(names('ja')).toEqual(names('en'));
		expect(names('en')).toEqual(Object.keys(en.commandList));
		for (const lang of ['en', 'ja'] as const) {
			const shell = shellOn(sim, 'KMS01', lang);
			expect(shell.run('ipconfig /?').output).toBe(catalogueFor(lang).usage.ipconfig);
			expect(shell.run('help sysprep').output).toBe(catalogueFor(lang).usage.sysprep);
		}
	});

	it('never read an inherited property as a text', () => {
		const sim = presetAt('firewall', '0m');
		const shell = shellOn(sim, 'KMS01');
		// `help constructor` is not a topic: it prints the command list, as `help` does.
		expect(shell.run('help constructor').output).toBe(shell.run('help').output);
		expect(shell.run('help __proto__').output).toBe(shell.run('help').output);
	});

	it('slui prints the meaning of every documented code, from the same data as the error reference', () => {
		const sim = presetAt('firewall', '0m');
		for (const lang of ['en', 'ja'] as const) {
			const shell = shellOn(sim, 'KMS01', lang);
			for (const entry of ERROR_CODES) {
				const output = shell.run(`slui 0x2a ${entry.code.toLowerCase()}`).output;
				expect(output, entry.code).toContain(entry.meaning[lang]);
				// The reference's notes stay on the error page: Windows' dialog shows the message alone.
				if (entry.disputed !== undefined)
					expect(output, entry.code).not.toContain(entry.disputed[lang]);
			}
		}
	});
});
