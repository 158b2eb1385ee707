/** The anchor id of an error code on the reference page (`#0xc004f074`). Kept apart from the data so islands that only link to codes don't ship the whole list. */
export function anchorId(code: string): string {
	return code.toLowerCase();
}
