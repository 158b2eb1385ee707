import { findProduct } from '../../data/products.ts';
import type { CsvlkGroupId, HostOsId } from '../../data/hostKeys.ts';
import type { KeyKind, KmsHost, Machine } from '../../engine/types.ts';
import type { ShellTarget } from '../context.ts';

/**
 * Identity details Windows prints that the engine does not model: build numbers, SKU names,
 * channel descriptions and the GUID/PID/IID strings. They are simulated, derived deterministically
 * from the machine so the same world always prints the same text.
 */

const BUILD_BY_VERSION: Readonly<Record<string, string>> = {
	'Windows 11': '10.0.26100.1',
	'Windows 10': '10.0.19045.1',
	'Windows Server 2025': '10.0.26100.1',
	'Windows Server 2022': '10.0.20348.1',
	'Windows Server 2019': '10.0.17763.1',
	'Windows Server 2016': '10.0.14393.0',
	'Windows Server SAC': '10.0.19042.1',
};

const BUILD_BY_HOST_OS: Readonly<Record<HostOsId, string>> = {
	ws2025: '10.0.26100.1',
	ws2022: '10.0.20348.1',
	ws2019: '10.0.17763.1',
	ws2016: '10.0.14393.0',
	ws2012r2: '6.3.9600.16384',
	ws2012: '6.2.9200.16384',
	ws2008r2: '6.1.7601.17514',
	win10: '10.0.19045.1',
	'win8.1': '6.3.9600.16384',
	win7: '6.1.7601.17514',
};

export function buildFor(target: ShellTarget): string {
	if (target.kind === 'host') return BUILD_BY_HOST_OS[target.host.os];
	const product = findProduct(target.machine.product);
	return (product !== undefined ? BUILD_BY_VERSION[product.version] : undefined) ?? '10.0.19045.1';
}

/** Windows' edition ID for a product id, as slmgr prints it in "Name: Windows(R), <edition> edition". */
function editionId(productId: string): string {
	const id = productId.toLowerCase();
	if (id.startsWith('ws')) {
		const sac = id.startsWith('ws-sac');
		if (id.includes('azure')) return 'ServerAzureEdition';
		if (id.includes('datacenter')) return sac ? 'ServerDatacenterACor' : 'ServerDatacenter';
		if (id.includes('essentials')) return 'ServerSolution';
		return sac ? 'ServerStandardACor' : 'ServerStandard';
	}
	if (id.includes('iot')) return 'IoTEnterpriseS';
	if (id.includes('ltsc') || id.includes('ltsb'))
		return id.includes('-n-') ? 'EnterpriseSN' : 'EnterpriseS';
	if (id.includes('pro-workstations'))
		return id.endsWith('-n') ? 'ProfessionalWorkstationN' : 'ProfessionalWorkstation';
	if (id.includes('pro-education'))
		return id.endsWith('-n') ? 'ProfessionalEducationN' : 'ProfessionalEducation';
	if (id.includes('pro')) return id.endsWith('-n') ? 'ProfessionalN' : 'Professional';
	if (id.includes('education')) return id.endsWith('-n') ? 'EducationN' : 'Education';
	if (id.includes('enterprise-g')) return id.endsWith('-n') ? 'EnterpriseGN' : 'EnterpriseG';
	if (id.includes('enterprise')) return id.endsWith('-n') ? 'EnterpriseN' : 'Enterprise';
	return 'Professional';
}

export function productDisplayName(productId: string): string {
	return `Windows(R), ${editionId(productId)} edition`;
}

/** The channel part of slmgr's Description line. */
export function channelDescription(kind: KeyKind | null, hostGroup?: CsvlkGroupId): string {
	switch (kind) {
		case 'gvlk':
			return 'Windows(R) Operating System, VOLUME_KMSCLIENT channel';
		case 'mak':
			return 'Windows(R) Operating System, VOLUME_MAK channel';
		case 'retail':
			return 'Windows(R) Operating System, RETAIL channel';
		case 'csvlk':
			return `Windows(R) Operating System, ${csvlkChannel(hostGroup)} channel`;
		default:
			return 'Windows(R) Operating System';
	}
}

function csvlkChannel(group: CsvlkGroupId | undefined): string {
	switch (group) {
		case 'ws2025':
			return 'VOLUME_KMS_WS25';
		case 'ws2022':
			return 'VOLUME_KMS_WS22';
		case 'ws2019':
			return 'VOLUME_KMS_WS19';
		case 'ws2016':
			return 'VOLUME_KMS_WS16';
		case 'win10':
			return 'VOLUME_KMS_W10';
		default:
			return 'VOLUME_KMS';
	}
}

export function productKeyChannel(kind: KeyKind | null): string {
	switch (kind) {
		case 'gvlk':
			return 'Volume:GVLK';
		case 'mak':
			return 'Volume:MAK';
		case 'retail':
			return 'Retail';
		case 'csvlk':
			return 'Volume:CSVLK';
		default:
			return '';
	}
}

/** Small deterministic string hash (FNV-1a), for simulated identifiers. */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h >>> 0;
}

function hexOf(seed: string, length: number): string {
	let out = '';
	let i = 0;
	while (out.length < length) {
		out += hashString(`${seed}#${i}`).toString(16).padStart(8, '0');
		i++;
	}
	return out.slice(0, length);
}

/** A stable GUID-looking string derived from a seed (simulated Activation IDs and the like). */
export function simulatedGuid(seed: string): string {
	const h = hexOf(seed, 32);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function digitsOf(seed: string, length: number): string {
	let out = '';
	let i = 0;
	while (out.length < length) {
		out += String(hashString(`${seed}@${i}`) % 1_000_000_000).padStart(9, '0');
		i++;
	}
	return out.slice(0, length);
}

/** Extended PID in Windows' layout (simulated digits). */
export function simulatedExtendedPid(seed: string, build: string): string {
	const d = digitsOf(seed, 22);
	const buildNumber = build.split('.')[2] ?? '0';
	return `${d.slice(0, 5)}-${d.slice(5, 10)}-${d.slice(10, 13)}-${d.slice(13, 19)}-03-1033-${buildNumber}.0000-${d.slice(19, 22)}2026`;
}

/** Installation ID digits (simulated; the engine's assumption gives the length). */
export function simulatedInstallationId(seed: string, digits: number): string {
	return digitsOf(seed, Math.max(1, Math.min(200, digits)));
}

export function activationIdFor(productId: string): string {
	return simulatedGuid(`actid:${productId}`);
}

export function hostProductId(host: KmsHost): string {
	return host.os.startsWith('ws') ? `${host.os}-standard` : 'win10-enterprise';
}

export function machineSeed(machine: Machine): string {
	return `${machine.name}|${machine.cmid}|${machine.key?.key ?? ''}`;
}
