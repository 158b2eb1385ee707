/**
 * The lab's keyboard shortcuts, as a pure map from a key event to a command. Shortcuts never
 * fire while focus is in the terminal or any text field, nor on buttons, links and other
 * controls where the key already has a meaning (Space presses a button), nor with Ctrl/Alt/Meta.
 */
export type LabCommand =
	| 'togglePlay'
	| 'stepEvent'
	| 'nextStep'
	| 'previousStep'
	| 'jump1'
	| 'jump7'
	| 'jump30'
	| 'jump180'
	| 'slower'
	| 'faster'
	| 'reset';

export const SHORTCUTS: readonly { key: string; label: string; command: LabCommand }[] = [
	{ key: ' ', label: 'Space', command: 'togglePlay' },
	{ key: 'ArrowRight', label: '→', command: 'stepEvent' },
	{ key: 'n', label: 'N', command: 'nextStep' },
	{ key: 'p', label: 'P', command: 'previousStep' },
	{ key: '1', label: '1', command: 'jump1' },
	{ key: '2', label: '2', command: 'jump7' },
	{ key: '3', label: '3', command: 'jump30' },
	{ key: '4', label: '4', command: 'jump180' },
	{ key: '-', label: '−', command: 'slower' },
	{ key: '+', label: '+', command: 'faster' },
	{ key: '=', label: '=', command: 'faster' },
	{ key: 'r', label: 'R', command: 'reset' },
];

/** What the handler needs to know about the focused element. */
export interface FocusInfo {
	tagName: string;
	/** `type` attribute of an input. */
	type?: string;
	role?: string | null;
	isContentEditable?: boolean;
	/** Inside the lab's terminal (or any element marked `data-lab-no-shortcuts`). */
	inNoShortcutZone: boolean;
}

export interface KeyInfo {
	key: string;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	repeat?: boolean;
}

/** Roles whose keys all belong to the control (typing, arrows). */
const TYPING_ROLES = new Set([
	'textbox',
	'searchbox',
	'combobox',
	'slider',
	'spinbutton',
	'listbox',
	'menu',
	'menuitem',
	'option',
	'tab',
	'radio',
]);
/** Roles where Space and Enter press the control. */
const PRESS_ROLES = new Set(['button', 'link', 'checkbox', 'switch']);

/** True when this key, pressed with this focus, belongs to the focused control and not to the lab. */
export function focusOwnsKey(focus: FocusInfo, key: string): boolean {
	if (focus.inNoShortcutZone || focus.isContentEditable === true) return true;
	const tag = focus.tagName.toUpperCase();
	const role = focus.role ?? '';
	if (tag === 'TEXTAREA' || tag === 'SELECT' || TYPING_ROLES.has(role)) return true;
	if (tag === 'INPUT') {
		const type = (focus.type ?? 'text').toLowerCase();
		if (type !== 'checkbox' && type !== 'radio' && type !== 'button' && type !== 'submit')
			return true;
	}
	const pressable =
		tag === 'BUTTON' ||
		tag === 'A' ||
		tag === 'SUMMARY' ||
		tag === 'INPUT' ||
		PRESS_ROLES.has(role);
	return pressable && (key === ' ' || key === 'Enter');
}

export function commandFor(key: KeyInfo, focus: FocusInfo): LabCommand | null {
	if (key.ctrlKey || key.altKey || key.metaKey) return null;
	if (focusOwnsKey(focus, key.key)) return null;
	const k = key.key.length === 1 ? key.key.toLowerCase() : key.key;
	const found = SHORTCUTS.find((s) => s.key === k);
	return found?.command ?? null;
}

/** Reads what `commandFor` needs from a DOM element (browser only). */
export function focusInfoOf(element: Element | null): FocusInfo {
	if (element === null) return { tagName: 'BODY', inNoShortcutZone: false };
	const html = element as HTMLElement;
	return {
		tagName: element.tagName,
		type: element.getAttribute('type') ?? undefined,
		role: element.getAttribute('role'),
		isContentEditable: html.isContentEditable === true,
		inNoShortcutZone: element.closest('[data-lab-no-shortcuts]') !== null,
	};
}
