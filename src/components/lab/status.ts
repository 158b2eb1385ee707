import type { LicenseStatus } from '../../engine/index.ts';
import type { LabKey } from '../../lab/strings.ts';

/**
 * How each license status is shown: a CSS class (colour), an icon and a short label. Colour is
 * never the only cue: every machine shows the icon and the label text too.
 */
export const STATUS_ICON: Readonly<Record<LicenseStatus, string>> = {
	0: '○',
	1: '✓',
	2: '◔',
	3: '!',
	4: '?',
	5: '✕',
	6: '+',
};

export const STATUS_KEY: Readonly<Record<LicenseStatus, LabKey>> = {
	0: 'lab.status.0',
	1: 'lab.status.1',
	2: 'lab.status.2',
	3: 'lab.status.3',
	4: 'lab.status.4',
	5: 'lab.status.5',
	6: 'lab.status.6',
};

export function statusClass(status: LicenseStatus): string {
	return `lab-st lab-c${status}`;
}

/** Statuses drawn in the chart and the network summary, in lifecycle order. */
export const STATUS_ORDER: readonly LicenseStatus[] = [1, 2, 3, 5, 0, 4, 6];
