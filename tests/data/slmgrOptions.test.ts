import { describe, expect, it } from 'vitest';
import {
	SLMGR_OPTIONS,
	findSlmgrOption,
	type SlmgrOptionGroup,
} from '../../src/data/slmgrOptions.ts';
import { REAL_USAGE_OUTPUT } from '../shell/slmgrSources.ts';

/** The option table against slmgr's own usage text, as Windows prints it (tests/shell/slmgrSources.ts). */

// The sections of DisplayUsage, in slmgr.vbs's words, and the table's group for each.
const SECTION_GROUP: Readonly<Record<string, SlmgrOptionGroup>> = {
	'Global Options:': 'global',
	'Advanced Options:': 'advanced',
	'Volume Licensing: Key Management Service (KMS) Client Options:': 'client',
	'Volume Licensing: Token-based Activation Options:': 'token',
	'Volume Licensing: Key Management Service (KMS) Options:': 'host',
	'Volume Licensing: Active Directory (AD) Activation Options:': 'adba',
};

/** Each option line of the usage text ("/name params"), with its section and the description below it. */
function usageEntries(): { syntax: string; group: SlmgrOptionGroup; usage: string }[] {
	const lines = REAL_USAGE_OUTPUT.split('\n');
	const entries: { syntax: string; group: SlmgrOptionGroup; usage: string }[] = [];
	let group: SlmgrOptionGroup | undefined;
	lines.forEach((line, i) => {
		if (SECTION_GROUP[line] !== undefined) group = SECTION_GROUP[line];
		else if (line.startsWith('/') && group !== undefined)
			entries.push({ syntax: line.trimEnd(), group, usage: (lines[i + 1] ?? '').trim() });
	});
	return entries;
}

describe("slmgr option table against slmgr's usage text", () => {
	it('has every current option with its syntax and section; /act-type is a host-section option for any machine', () => {
		const entries = usageEntries();
		const current = SLMGR_OPTIONS.filter((o) => o.inCurrentWindows);
		expect(entries.length).toBe(current.length);
		for (const o of current) {
			const entry = entries.find(
				(e) => e.syntax.split(' ')[0]?.toLowerCase() === o.option.toLowerCase()
			);
			expect(entry, o.option).toBeDefined();
			expect(o.syntax.toLowerCase(), o.option).toBe(entry?.syntax.toLowerCase());
			expect(o.group, o.option).toBe(entry?.group);
		}
		// Listed with the KMS host options, but SetVLActivationType writes it on whichever machine runs it.
		const entry = entries.find((e) => e.syntax.startsWith('/act-type'));
		expect(entry?.group).toBe('host');
		expect(entry?.usage).toBe(
			'Set activation type to 1 (for AD) or 2 (for KMS) or 3 (for Token) or 0 (for all).'
		);
		const actType = findSlmgrOption('/act-type');
		expect(actType?.group).toBe('host');
		expect(actType?.appliesTo).toBe('both');
	});

	it("/upk: described with the usage text's words, from slmgr's own sources", () => {
		const entry = usageEntries().find((e) => e.syntax.startsWith('/upk'));
		expect(entry).toEqual({
			syntax: '/upk [Activation ID]',
			group: 'advanced',
			usage: 'Uninstall product key',
		});
		const upk = findSlmgrOption('/upk');
		expect(upk?.syntax).toBe(entry?.syntax);
		expect(upk?.description.en.startsWith(`${entry?.usage}:`)).toBe(true);
		expect(upk?.description.en).toContain('Activation ID');
		expect(upk?.description.ja).toContain('ライセンス認証 ID');
		// The Office page's "without an Activation ID, all installed keys are removed" is not what the script
		// does (UninstallProductKey only touches Windows' own products): the row does not rest on it.
		expect(upk?.sources.map((s) => s.title)).toContain(
			'slmgr.vbs built-in strings (%SystemRoot%\\System32\\slmgr.vbs, Microsoft)'
		);
		expect(
			upk?.sources.some((s) => s.url.includes('tools-to-manage-volume-activation-of-office'))
		).toBe(false);
	});
});
