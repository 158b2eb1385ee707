import { describe, expect, it } from 'vitest';
import { splitArgs, splitCommands } from '../../src/shell/tokenizer.ts';

describe('splitArgs (Microsoft C runtime rules)', () => {
	it('splits on spaces and tabs', () => {
		expect(splitArgs('slmgr  /skms\tkms01:1688 ')).toEqual(['slmgr', '/skms', 'kms01:1688']);
	});
	it('handles quotes, doubled quotes and backslashes like CommandLineToArgvW', () => {
		expect(splitArgs('a "b c" d')).toEqual(['a', 'b c', 'd']);
		expect(splitArgs('a "b ""c"" d"')).toEqual(['a', 'b "c" d']);
		expect(splitArgs('a\\\\b "c\\\\" d')).toEqual(['a\\\\b', 'c\\', 'd']);
		expect(splitArgs('a \\"b\\" c')).toEqual(['a', '"b"', 'c']);
		expect(splitArgs('a "unterminated b')).toEqual(['a', 'unterminated b']);
		expect(splitArgs('x"y z"w')).toEqual(['xy zw']);
		expect(splitArgs('""')).toEqual(['']);
	});
	it('accepts single quotes only when asked (PowerShell)', () => {
		expect(splitArgs("a 'b c'")).toEqual(['a', "'b", "c'"]);
		expect(splitArgs("a 'b c' 'it''s'", { singleQuotes: true })).toEqual(['a', 'b c', "it's"]);
	});
	it('gives nothing for an empty line', () => {
		expect(splitArgs('')).toEqual([]);
		expect(splitArgs('   ')).toEqual([]);
	});
});

describe('splitCommands (cmd.exe operators)', () => {
	it('splits on &, &&, || and |', () => {
		expect(splitCommands('a & b && c || d | e').map((s) => [s.chain, s.text])).toEqual([
			['first', 'a'],
			['always', 'b'],
			['and', 'c'],
			['or', 'd'],
			['pipe', 'e'],
		]);
	});
	it('leaves operators inside quotes alone and resolves carets', () => {
		expect(splitCommands('echo "a & b" ^& c')).toEqual([
			{ chain: 'first', text: 'echo "a & b" & c' },
		]);
	});
	it('takes redirections off the command', () => {
		expect(splitCommands('nslookup -type=all _vlmcs._tcp>kms.txt')).toEqual([
			{
				chain: 'first',
				text: 'nslookup -type=all _vlmcs._tcp',
				redirect: { file: 'kms.txt', append: false },
			},
		]);
		expect(splitCommands('slmgr /dlv >> "my out.txt" ')).toEqual([
			{ chain: 'first', text: 'slmgr /dlv', redirect: { file: 'my out.txt', append: true } },
		]);
		expect(splitCommands('echo a^>b')).toEqual([{ chain: 'first', text: 'echo a>b' }]);
	});
});
