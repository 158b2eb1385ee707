/**
 * Behaviour of CopyButton.astro, kept in a plain module so it can be unit-tested without a
 * browser. The button's markup carries everything the script needs in data attributes, so the
 * same code serves every button on a page through one delegated listener.
 */

/** The part of `navigator.clipboard` we use. */
export interface ClipboardWriter {
	writeText(text: string): Promise<void>;
}

/** The part of a button element we read. */
export interface CopyButtonElement {
	readonly dataset: DOMStringMap;
	// DOM typings differ between TypeScript versions (`boolean` or `boolean | "until-found"`).
	hidden: boolean | string;
	/** The status element right after the button (its polite live region). */
	readonly nextElementSibling: { textContent: string | null } | null;
}

/** How long the "Copied" message stays before the live region is emptied again. */
export const STATUS_CLEAR_MS = 2500;

/**
 * Copies the button's `data-copy-text` and announces the outcome in the status element that
 * follows it. Returns whether the copy worked. Never throws: a refused or missing clipboard
 * (insecure context, denied permission) becomes the "failed" message, so the reader knows to
 * select the key by hand instead.
 */
export async function copyFromButton(
	button: CopyButtonElement,
	clipboard: ClipboardWriter | undefined
): Promise<boolean> {
	const text = button.dataset.copyText ?? '';
	const status = button.nextElementSibling;
	let copied = false;
	if (clipboard !== undefined && text !== '') {
		try {
			await clipboard.writeText(text);
			copied = true;
		} catch {
			copied = false;
		}
	}
	if (status !== null) {
		status.textContent = (copied ? button.dataset.copiedLabel : button.dataset.failedLabel) ?? '';
	}
	return copied;
}
