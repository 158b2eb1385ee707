import { describe, expect, it } from 'vitest';
import { ERROR_MEANINGS, findErrorMeaning } from '../../src/data/errorMeanings.ts';
import { ERROR_CODES, findError } from '../../src/data/errors.ts';

const LAB_SCENES = ['dns-missing', 'firewall', 'clock-skew', 'old-host-key', 'cloned-image', 'threshold', 'mak', 'laptop-away'];

describe('ERROR_CODES data', () => {
	it('covers every code of fact sheet §6', () => {
		const required = [
			'0xC004F074', '0xC004F038', '0xC004F039', '0xC004F041', '0xC004F042', '0xC004F06C', '0xC004F035',
			'0xC004F050', '0xC004F051', '0xC004F009', '0xC004F00F', '0xC004F014', '0xC004F02C', '0xC004F064',
			'0xC004F065', '0xC004F066', '0xC004F068', '0xC004F069', '0xC004F06B', '0xC004F081', '0xC004F082',
			'0xC004F083', '0xC004C001', '0xC004C003', '0xC004C008', '0xC004C020', '0xC004C021', '0xC004B100',
			'0xC004E003', '0xC004E016', '0xC004D307', '0x8007232A', '0x8007232B', '0x8007251D', '0x80092328',
			'0x8007007B', '0x800706BA', '0x80070005', '0x8004FE21', '0x80070490', '0x80072EE7',
		];
		const codes = ERROR_CODES.map((e) => e.code);
		for (const code of required) expect(codes).toContain(code);
		expect(ERROR_CODES.length).toBeGreaterThanOrEqual(35);
	});

	it('has unique, well-formed codes', () => {
		const codes = ERROR_CODES.map((e) => e.code);
		expect(new Set(codes).size).toBe(codes.length);
		for (const code of codes) expect(code).toMatch(/^0x[0-9A-F]{8}$/);
	});

	it('has non-empty text in both locales and https sources', () => {
		for (const entry of ERROR_CODES) {
			const texts = [entry.meaning, entry.cause, entry.fix, entry.disputed].filter((t) => t != null);
			for (const text of texts) {
				expect(text.ja.trim(), entry.code).not.toBe('');
				expect(text.en.trim(), entry.code).not.toBe('');
			}
			expect(entry.sources.length, entry.code).toBeGreaterThan(0);
			for (const source of entry.sources) {
				expect(source.url, entry.code).toMatch(/^https:\/\//);
				expect(source.title.trim(), entry.code).not.toBe('');
			}
			if (entry.name !== null) expect(entry.name).toMatch(/^[A-Z][A-Z0-9_]+$/);
		}
	});

	it('never gives a cause or fix without a source-backed answer: a missing one is explained as disputed', () => {
		for (const entry of ERROR_CODES) {
			if (entry.cause === null || entry.fix === null) expect(entry.disputed, entry.code).toBeDefined();
		}
		for (const code of ['0xC004F066', '0xC004F068', '0xC004F06B', '0xC004E003', '0xC004E016', '0x80072EE7']) {
			const entry = findError(code);
			expect(entry?.disputed, code).toBeDefined();
			expect(entry?.fix, code).toBeNull();
		}
	});

	it('links the lab scenes named in the brief', () => {
		const expected: Record<string, string[]> = {
			'0x8007232B': ['dns-missing'],
			'0xC004F074': ['firewall'],
			'0x800706BA': ['firewall'],
			'0xC004F06C': ['clock-skew'],
			'0xC004F042': ['old-host-key'],
			'0xC004F038': ['threshold', 'cloned-image'],
			'0xC004C020': ['mak'],
			'0xC004F009': ['laptop-away'],
		};
		for (const [code, scenes] of Object.entries(expected)) {
			expect([...(findError(code)?.scenes ?? [])].sort()).toEqual([...scenes].sort());
		}
		for (const entry of ERROR_CODES) for (const scene of entry.scenes) expect(LAB_SCENES).toContain(scene);
	});

	it('finds entries in any letter case, with or without 0x', () => {
		expect(findError('0xC004F074')?.code).toBe('0xC004F074');
		expect(findError('c004f074')?.code).toBe('0xC004F074');
		expect(findError(' 0x8007232b ')?.code).toBe('0x8007232B');
		expect(findError('0xC004F0')).toBeUndefined();
		expect(findError('hello')).toBeUndefined();
	});
});

describe('ERROR_MEANINGS, the part of the reference the lab terminal loads', () => {
	it('is the meaning part of every ERROR_CODES entry, in the same order: one source of truth', () => {
		expect(ERROR_CODES.map((e) => e.code)).toEqual(ERROR_MEANINGS.map((m) => m.code));
		ERROR_MEANINGS.forEach((meaning, i) => {
			const entry = ERROR_CODES[i];
			expect(entry?.meaning, meaning.code).toBe(meaning.meaning);
			expect(entry?.name, meaning.code).toBe(meaning.name);
			expect(entry?.nameUnconfirmed, meaning.code).toBe(meaning.nameUnconfirmed);
			expect(entry?.disputed, meaning.code).toBe(meaning.disputed);
		});
	});

	it('gives every entry its cause, fix, commands, scenes and sources', () => {
		for (const entry of ERROR_CODES) {
			expect(entry.cause, entry.code).not.toBeUndefined();
			expect(entry.fix, entry.code).not.toBeUndefined();
			expect(Array.isArray(entry.commands), entry.code).toBe(true);
			expect(Array.isArray(entry.scenes), entry.code).toBe(true);
			expect(entry.sources.length, entry.code).toBeGreaterThan(0);
		}
	});

	it('finds meanings as findError finds entries', () => {
		for (const probe of ['0xC004F074', 'c004f074', ' 0x8007232b ', '0xC004F0', 'hello', '0x00000000', '0xc004e016']) {
			expect(findErrorMeaning(probe)?.code, probe).toBe(findError(probe)?.code);
		}
		expect(findErrorMeaning('c004f038')?.meaning).toBe(findError('0xC004F038')?.meaning);
	});
});
