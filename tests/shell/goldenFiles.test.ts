import { describe, expect, it } from 'vitest';
import { expectGolden, goldenAction, isCi } from './goldenFiles.ts';

describe('golden files in CI', () => {
	it('compares with a golden file that exists, in CI or not', () => {
		expect(goldenAction({ CI: 'true' }, true)).toBe('compare');
		expect(goldenAction({}, true)).toBe('compare');
	});

	it('fails on a missing golden file when CI is set', () => {
		expect(goldenAction({ CI: 'true' }, false)).toBe('fail');
		expect(goldenAction({ CI: '1' }, false)).toBe('fail');
	});

	it('writes a missing golden file when CI is not set', () => {
		expect(goldenAction({}, false)).toBe('write');
		expect(goldenAction({ CI: '' }, false)).toBe('write');
		expect(goldenAction({ CI: 'false' }, false)).toBe('write');
		expect(goldenAction({ CI: '0' }, false)).toBe('write');
	});

	it('reads CI as set for any other value', () => {
		expect(isCi({ CI: 'TRUE' })).toBe(true);
		expect(isCi({ CI: 'github' })).toBe(true);
		expect(isCi({ CI: ' false ' })).toBe(false);
	});

	it('throws, and writes nothing, for a missing file when the process has CI set', async () => {
		const before = process.env.CI;
		process.env.CI = 'true';
		try {
			await expect(
				expectGolden('text', './golden/no-such-dir/never-written.txt', import.meta.url)
			).rejects.toThrow(/is missing and CI is set/);
		} finally {
			if (before === undefined) delete process.env.CI;
			else process.env.CI = before;
		}
	});
});
