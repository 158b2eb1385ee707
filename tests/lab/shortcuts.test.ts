import { describe, expect, it } from 'vitest';
import { commandFor, type FocusInfo } from '../../src/lab/shortcuts.ts';

const body: FocusInfo = { tagName: 'BODY', inNoShortcutZone: false };
const key = (
	k: string,
	mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}
) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('keyboard shortcuts', () => {
	it('maps the documented keys', () => {
		expect(commandFor(key(' '), body)).toBe('togglePlay');
		expect(commandFor(key('ArrowRight'), body)).toBe('stepEvent');
		expect(commandFor(key('n'), body)).toBe('nextStep');
		expect(commandFor(key('N'), body)).toBe('nextStep');
		expect(commandFor(key('p'), body)).toBe('previousStep');
		expect(commandFor(key('3'), body)).toBe('jump30');
		expect(commandFor(key('4'), body)).toBe('jump180');
		expect(commandFor(key('+'), body)).toBe('faster');
		expect(commandFor(key('-'), body)).toBe('slower');
		expect(commandFor(key('r'), body)).toBe('reset');
		expect(commandFor(key('x'), body)).toBeNull();
	});

	it('never fires inside the terminal or a text field', () => {
		const terminal: FocusInfo = { tagName: 'INPUT', type: 'text', inNoShortcutZone: true };
		for (const k of [' ', 'ArrowRight', 'n', '1', 'r'])
			expect(commandFor(key(k), terminal)).toBeNull();
		expect(commandFor(key('n'), { tagName: 'TEXTAREA', inNoShortcutZone: false })).toBeNull();
		expect(commandFor(key('n'), { tagName: 'SELECT', inNoShortcutZone: false })).toBeNull();
		expect(
			commandFor(key('ArrowRight'), { tagName: 'INPUT', type: 'range', inNoShortcutZone: false })
		).toBeNull();
		expect(
			commandFor(key('n'), { tagName: 'DIV', isContentEditable: true, inNoShortcutZone: false })
		).toBeNull();
	});

	it('leaves Space and Enter to buttons and links, but other shortcuts still work there', () => {
		const button: FocusInfo = { tagName: 'BUTTON', inNoShortcutZone: false };
		expect(commandFor(key(' '), button)).toBeNull();
		expect(commandFor(key('Enter'), button)).toBeNull();
		expect(commandFor(key('n'), button)).toBe('nextStep');
		expect(commandFor(key('ArrowRight'), { tagName: 'A', inNoShortcutZone: false })).toBe(
			'stepEvent'
		);
	});

	it('ignores keys pressed with Ctrl, Alt or Meta', () => {
		expect(commandFor(key('r', { ctrlKey: true }), body)).toBeNull();
		expect(commandFor(key('ArrowRight', { altKey: true }), body)).toBeNull();
		expect(commandFor(key(' ', { metaKey: true }), body)).toBeNull();
	});
});
