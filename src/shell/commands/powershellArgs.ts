/**
 * PowerShell parameter binding, reduced to what the lab's cmdlets need: `-Name value`,
 * `-Name:value`, unambiguous prefixes (`-Comp` for -ComputerName), switches, positional values,
 * and comma lists (`Domain,Private` or `Domain, Private`).
 */
export interface PsParams {
	/** Lower-case parameter name → value (comma lists joined with ","). Switches get "True". */
	readonly values: Map<string, string>;
	/** A parameter name that matched nothing (PowerShell refuses the command). */
	readonly unknown?: string;
	/** Positional values left over after the positional parameters were filled. */
	readonly extra: readonly string[];
}

export function psParams(
	args: readonly string[],
	known: readonly string[],
	positional: readonly string[] = [],
	switches: readonly string[] = []
): PsParams {
	const values = new Map<string, string>();
	const extra: string[] = [];
	let positionIndex = 0;
	const resolve = (name: string): string | undefined => {
		const lower = name.toLowerCase();
		const all = [...known, ...switches];
		if (all.includes(lower)) return lower;
		const matches = all.filter((k) => k.startsWith(lower));
		return matches.length === 1 ? matches[0] : undefined;
	};
	const takeList = (start: number): [string, number] => {
		let value = args[start] ?? '';
		let i = start;
		while (value.endsWith(',') && i + 1 < args.length) {
			i++;
			value += args[i] as string;
		}
		return [value, i];
	};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] as string;
		if (arg.length > 1 && arg.startsWith('-') && !/^-\d/.test(arg)) {
			const colon = arg.indexOf(':');
			const rawName = colon > 0 ? arg.slice(1, colon) : arg.slice(1);
			const name = resolve(rawName);
			if (name === undefined) return { values, unknown: rawName, extra };
			if (switches.includes(name)) {
				values.set(name, colon > 0 ? arg.slice(colon + 1).replace(/^\$/, '') : 'True');
				continue;
			}
			if (colon > 0) {
				values.set(name, arg.slice(colon + 1));
				continue;
			}
			const [value, end] = takeList(i + 1);
			values.set(name, value);
			i = end;
			continue;
		}
		const [value, end] = takeList(i);
		i = end;
		while (positionIndex < positional.length && values.has(positional[positionIndex] as string))
			positionIndex++;
		const slot = positional[positionIndex];
		if (slot !== undefined) {
			values.set(slot, value);
			positionIndex++;
		} else extra.push(value);
	}
	return { values, extra };
}

/** PowerShell's boolean words: True/False, $true/$false, 1/0. */
export function psBool(value: string | undefined): boolean | undefined {
	if (value === undefined) return undefined;
	const v = value.trim().replace(/^\$/, '').toLowerCase();
	if (v === 'true' || v === '1') return true;
	if (v === 'false' || v === '0') return false;
	return undefined;
}
