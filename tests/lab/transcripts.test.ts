import { describe, expect, it } from 'vitest';
import { Transcripts } from '../../src/lab/transcripts.ts';

const P = 'C:\\Windows\\system32>';

describe('Transcripts: a command prompt per machine', () => {
	it('keeps each machine its own screen and history', () => {
		const t = new Transcripts();
		t.record('PC001', P, 'slmgr /dlv', 'out1\n', false);
		t.record('PC002', P, 'hostname', 'PC002\n', false);
		expect(t.of('PC001').screen).toBe(`${P}slmgr /dlv\nout1\n`);
		expect(t.of('PC002').screen).toBe(`${P}hostname\nPC002\n`);
		expect(t.of('PC001').history).toEqual(['slmgr /dlv']);
		expect(t.of('PC003').screen).toBe('');
	});

	it('cls clears only that machine', () => {
		const t = new Transcripts();
		t.record('PC001', P, 'ver', 'v\n', false);
		t.record('PC002', P, 'ver', 'v\n', false);
		t.record('PC001', P, 'cls', '', true);
		expect(t.of('PC001').screen).toBe('');
		expect(t.of('PC002').screen).not.toBe('');
	});

	it('walks history with Up and Down, per machine, without repeats', () => {
		const t = new Transcripts();
		for (const c of ['a', 'b', 'a']) t.record('PC001', P, c, '', false);
		t.record('PC002', P, 'z', '', false);
		expect(t.of('PC001').history).toEqual(['b', 'a']);
		expect(t.step('PC001', -1)).toBe('a');
		expect(t.step('PC001', -1)).toBe('b');
		expect(t.step('PC001', -1)).toBe('b');
		expect(t.step('PC001', 1)).toBe('a');
		expect(t.step('PC001', 1)).toBe('');
		expect(t.step('PC002', -1)).toBe('z');
	});

	it('bounds the screen, the history and the number of machines kept', () => {
		const t = new Transcripts({ maxMachines: 3, maxScreen: 50, maxHistory: 2 });
		for (let i = 0; i < 10; i++) t.record('PC001', P, `cmd${i}`, 'x'.repeat(20), false);
		expect(t.of('PC001').screen.length).toBe(50);
		expect(t.of('PC001').history).toEqual(['cmd8', 'cmd9']);
		for (const m of ['PC002', 'PC003', 'PC004']) t.record(m, P, 'ver', 'v', false);
		expect(t.machines()).toEqual(['PC002', 'PC003', 'PC004']);
		// The least recently used went first; using one again keeps it.
		t.of('PC002');
		t.of('PC005');
		expect(t.machines()).toEqual(['PC004', 'PC002', 'PC005']);
	});

	it('takes any computer name as data', () => {
		const t = new Transcripts();
		for (const name of ['constructor', '__proto__', 'toString'])
			t.record(name, P, 'ver', name, false);
		expect(t.of('__proto__').screen).toContain('__proto__');
		expect(t.machines()).toHaveLength(3);
	});
});
