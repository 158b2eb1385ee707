import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/components/guides/transcript.ts';

describe('guide command samples', () => {
	it('prints what the lab prompt prints, in each language', () => {
		const en = transcript(
			{ scenario: 'threshold', at: '26d', machine: 'KMS01', commands: ['slmgr /dlv'] },
			'en'
		);
		expect(en.startsWith('C:\\Windows\\system32>slmgr /dlv\n')).toBe(true);
		expect(en).toMatch(/Current count: \d+/);
		const ja = transcript(
			{ scenario: 'threshold', at: '26d', machine: 'KMS01', commands: ['slmgr /dlv'] },
			'ja'
		);
		expect(ja).toMatch(/現在の数: \d+/);
	});

	it('can leave the prompt out', () => {
		expect(
			transcript(
				{
					scenario: 'threshold',
					at: '26d',
					machine: 'PC001',
					commands: ['slmgr /xpr'],
					prompts: false,
				},
				'en'
			)
		).not.toContain('system32>');
	});

	it('stops the build with the reason for a bad sample', () => {
		expect(() =>
			transcript({ scenario: '../x', at: '1d', machine: 'PC001', commands: [] }, 'en')
		).toThrow(/bad scenario id/);
		expect(() =>
			transcript({ scenario: 'threshold', at: 'soon', machine: 'PC001', commands: [] }, 'en')
		).toThrow(/bad time/);
		expect(() =>
			transcript({ scenario: 'threshold', at: '0m', machine: 'PC099', commands: [] }, 'en')
		).toThrow(/no computer named PC099/);
	});
});
