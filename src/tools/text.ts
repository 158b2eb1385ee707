/** Fills `{name}` placeholders in a UI string. Values are plain text; the UI renders them as text nodes, never as HTML. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}
