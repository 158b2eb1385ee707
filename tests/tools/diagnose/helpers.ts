import { readFileSync } from 'node:fs';

/** The corpus of real pastes (samples/corpus.json): each entry names its files, source and expected diagnosis. */

export interface SampleExpect {
	status?: 'healthy' | 'problem' | 'not_recognised';
	primaryCode?: string;
	firstCause?: string;
	kinds?: string[][];
	events?: number[];
	threshold?: number;
	role?: 'client' | 'host' | 'unknown';
	missing?: string[];
	codeForm?: string;
	srv?: [string, number];
	channel?: string;
	licenseStatus?: number;
	minutesLeft?: number;
	kmsHost?: [string, number, string];
	intervals?: [number, number];
	codes?: string[];
	count?: number;
	port?: number;
	dnsPublishing?: boolean;
	note?: number;
	lastResult?: string;
	countCheck?: [number, number, boolean];
	fields?: string[];
	explainedBy?: [string, string];
}

export interface Sample {
	files: string[];
	source: string;
	title: string;
	origin: 'real' | 'derived';
	derivedFrom?: string;
	supports: string;
	expect: SampleExpect;
}

const DIR = new URL('./samples/', import.meta.url);

export function loadCorpus(): [string, Sample][] {
	const raw = JSON.parse(readFileSync(new URL('corpus.json', DIR), 'utf8')) as Record<
		string,
		Sample
	>;
	return Object.entries(raw);
}

export function sampleText(file: string): string {
	return readFileSync(new URL(file, DIR), 'utf8');
}

/** Wraps every line at `width` terminal columns, the way a console does (cutting words). */
export function wrapAt(text: string, width: number): string {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => {
			const out: string[] = [];
			let cur = '';
			let cols = 0;
			for (const c of line) {
				const w =
					/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
						c
					)
						? 2
						: 1;
				if (cols + w > width) {
					out.push(cur);
					cur = '';
					cols = 0;
				}
				cur += c;
				cols += w;
			}
			out.push(cur);
			return out.join('\n');
		})
		.join('\n');
}
