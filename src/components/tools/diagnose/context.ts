import type { Segment } from '../../../tools/diagnose/annotate.ts';
import type { DataText, Meaning, PageWords } from '../../../tools/diagnose/explain.ts';
import type { CopyWords } from '../CopyCommandView.tsx';

/** What every part of the result needs: the page's words and paths, and lookups into its props. */
export interface PageContext {
	readonly lang: 'ja' | 'en';
	readonly words: PageWords;
	readonly copy: CopyWords;
	readonly paths: { readonly root: string; readonly errors: string; readonly simulator: string };
	readonly meaning: Meaning;
	readonly dataText: DataText;
	readonly sceneTitle: (id: string) => string | undefined;
	readonly idPrefix: string;
}

/** Where a line of a paste is shown: the id of its segment, for evidence links. */
export type LineAnchor = (paste: number, line: number) => string | null;

export function segmentId(prefix: string, paste: number, segment: Segment): string {
	return `${prefix}-p${paste + 1}-l${segment.from}`;
}
