import type { KeyKind, KmsHost, Machine, SimulationView } from '../../engine/index.ts';
import { simulatedActId } from '../../engine/random.ts';
import { localDate, type ShellTarget } from '../context.ts';
import {
	buildFor,
	hashString,
	channelDescription,
	hostProductId,
	machineSeed,
	productDisplayName,
	productKeyChannel,
	simulatedExtendedPid,
	simulatedGuid,
	simulatedInstallationId,
} from '../commands/windowsInfo.ts';
import type { AdClientView, KmsClientView, KmsHostView, LicenseView } from './display.ts';

/** The AD path of an activation object (the ADBA source of rule R10: CN=Activation Objects,CN=Microsoft SPP,CN=Services,CN=Configuration,…). */
export function activationObjectDn(name: string, rootDomain: string): string {
	const dc = rootDomain
		.split('.')
		.filter((p) => p !== '')
		.map((p) => `DC=${p}`)
		.join(',');
	return `CN=${name},CN=Activation Objects,CN=Microsoft SPP,CN=Services,CN=Configuration,${dc}`;
}

const DAY_MS = 86_400_000;

/**
 * An Extended PID in Windows' layout, e.g. "05426-00206-234-001162-03-1033-9200.0000-0992013" in
 * Microsoft's sample output (Office docs, "Configure a KMS host computer to activate volume licensed
 * versions of Office"): its last group is the day of the year (three digits) and the year the PID was
 * issued. The lab does not know when a key was installed before the scenario starts, so the date is a
 * day in the year before the start, derived from the seed: always a date that exists, never a future one.
 */
export function extendedPid(seed: string, build: string, startDate: string): string {
	const pid = simulatedExtendedPid(seed, build);
	const start = Date.parse(startDate);
	const issued = new Date(
		(Number.isFinite(start) ? start : 0) - (1 + (hashString(`pid-date:${seed}`) % 365)) * DAY_MS
	);
	const year = issued.getUTCFullYear();
	const dayOfYear =
		Math.round(
			(Date.UTC(year, issued.getUTCMonth(), issued.getUTCDate()) - Date.UTC(year, 0, 1)) / DAY_MS
		) + 1;
	return `${pid.slice(0, pid.lastIndexOf('-') + 1)}${String(dayOfYear).padStart(3, '0')}${year}`;
}

/** "KMS machine extended PID" / "AO extended PID": simulated from the host or object. */
export function hostExtendedPid(host: KmsHost, startDate: string): string {
	return extendedPid(
		`host:${host.name}:${host.hostKey ?? ''}`,
		buildFor({ kind: 'host', host }),
		startDate
	);
}

export function activationObjectPid(name: string, startDate: string): string {
	return extendedPid(`ao:${name}`, '10.0.20348.1', startDate);
}

/** SKU (Activation) ID of a host key group's license: simulated, stable. */
export function csvlkActivationId(group: string): string {
	return simulatedGuid(`csvlk-actid:${group}`);
}

/** The license view of the prompt's machine, or undefined when no product key is installed. */
export function licenseViewFor(sim: SimulationView, target: ShellTarget): LicenseView | undefined {
	return target.kind === 'client' ? clientView(sim, target.machine) : hostView(sim, target.host);
}

function clientView(sim: SimulationView, m: Machine): LicenseView | undefined {
	if (m.key === null) return undefined;
	const target: ShellTarget = { kind: 'client', machine: m };
	const build = buildFor(target);
	const seed = machineSeed(m);
	let kmsClient: KmsClientView | undefined;
	if (m.key.kind === 'gvlk' && m.activatedBy === 'kms') {
		const host = m.kmsHostUsed === null ? undefined : sim.host(m.kmsHostUsed);
		const cached = m.cachedHost;
		kmsClient = {
			cmid: m.cmid,
			...(m.lookupDomain !== null ? { lookupDomain: m.lookupDomain } : {}),
			...(m.manualKms !== null
				? { registeredName: m.manualKms.host, registeredPort: m.manualKms.port ?? 1688 }
				: {}),
			...(cached !== null
				? { discoveredName: cached.host, discoveredPort: cached.port }
				: host !== undefined && m.manualKms === null
					? { discoveredName: host.fqdn, discoveredPort: host.port }
					: {}),
			...(host !== undefined ? { discoveredIp: host.address } : {}),
			kmsExtendedPid: host !== undefined ? hostExtendedPid(host, sim.startDate) : '',
			activationInterval: m.activationInterval,
			renewalInterval: m.renewalInterval,
			hostCaching: m.hostCaching,
		};
	}
	let adClient: AdClientView | undefined;
	if (m.activatedBy === 'adba' && m.activationObject !== null) {
		const forest = sim.world.forest;
		const ao = forest?.activationObjects.find(
			(o) => o.name.toLowerCase() === (m.activationObject ?? '').toLowerCase()
		);
		adClient = {
			objectName: m.activationObject,
			objectDn: activationObjectDn(m.activationObject, forest?.rootDomain ?? sim.world.domain),
			extendedPid: activationObjectPid(m.activationObject, sim.startDate),
			activationId: csvlkActivationId(ao?.group ?? ''),
		};
	}
	return {
		serviceVersion: build,
		name: productDisplayName(m.product),
		description: channelDescription(m.key.kind),
		activationId: simulatedActId(m.product),
		extendedPid: extendedPid(seed, build, sim.startDate),
		productKeyChannel: productKeyChannel(m.key.kind),
		installationId:
			sim.installationId(m.name) ??
			simulatedInstallationId(seed, sim.assumptions.installationIdDigits),
		partialProductKey: m.key.partial,
		licenseStatus: m.status,
		graceMinutes: sim.remainingMinutes(m.name),
		notificationReason:
			m.notificationReason === null ? 0 : Number.parseInt(m.notificationReason, 16),
		remainingWindowsRearmCount: m.rearmsLeft,
		remainingSkuRearmCount: m.rearmsLeft,
		now: localDate(sim, target),
		activationType: m.actType,
		...(kmsClient !== undefined ? { kmsClient } : {}),
		...(adClient !== undefined ? { adClient } : {}),
	};
}

function hostView(sim: SimulationView, h: KmsHost): LicenseView | undefined {
	if (h.hostKey === null) return undefined;
	const target: ShellTarget = { kind: 'host', host: h };
	const build = buildFor(target);
	const record = sim.world.hostKeys.find((k) => k.group === h.hostKey);
	const counters = h.counters;
	const kmsHost: KmsHostView = {
		currentCount: sim.hostCount(h.name),
		port: h.port,
		dnsPublishing: h.dnsPublishing,
		lowPriority: h.lowPriority,
		requests: {
			total: counters.total,
			failed: counters.failed,
			unlicensed: counters.byStatus[0] ?? 0,
			licensed: counters.byStatus[1] ?? 0,
			initialGrace: counters.byStatus[2] ?? 0,
			outOfTolerance: counters.byStatus[3] ?? 0,
			nonGenuineGrace: counters.byStatus[4] ?? 0,
			notification: counters.byStatus[5] ?? 0,
		},
	};
	return {
		serviceVersion: build,
		name: productDisplayName(hostProductId(h)),
		description: channelDescription('csvlk', h.hostKey),
		activationId: csvlkActivationId(h.hostKey),
		extendedPid: hostExtendedPid(h, sim.startDate),
		productKeyChannel: productKeyChannel('csvlk'),
		installationId: sim.installationId(h.name) ?? '',
		partialProductKey:
			record !== undefined ? record.key.slice(-5) : simulatedPartialKey(`${h.name}:${h.hostKey}`),
		// The engine models the host's own license only as "host key activated or not".
		licenseStatus: h.keyActivated ? 1 : 0,
		graceMinutes: 0,
		notificationReason: 0,
		remainingWindowsRearmCount: sim.assumptions.rearmLimit,
		remainingSkuRearmCount: sim.assumptions.rearmLimit,
		now: localDate(sim, target),
		activationType: 0,
		kmsHost,
	};
}

/**
 * Every license `slmgr /dli all` and `/dlv all` list for the machine, the installed one first.
 * slmgr.vbs runs `SELECT … FROM SoftwareLicensingProduct` with no WHERE clause for "all" and prints
 * each product; a license with no key prints "This license is not in use." and "License Status:
 * Unlicensed". Which licenses Windows carries is in none of our sources, so the lab lists only the
 * ones its engine lets this machine take a key for: on a client, its edition's KMS client license
 * (the engine installs the edition's GVLK) and MAK license (the engine installs any MAK); on a KMS
 * host, the host key's license alone (the engine installs nothing else there).
 */
export function allLicenseViewsFor(sim: SimulationView, target: ShellTarget): LicenseView[] {
	const installed = licenseViewFor(sim, target);
	if (target.kind === 'host') return installed === undefined ? [] : [installed];
	const m = target.machine;
	const unused = (['gvlk', 'mak'] as const)
		.filter((kind) => kind !== m.key?.kind)
		.map((kind) => unusedLicenseView(sim, m, kind));
	return installed === undefined ? unused : [installed, ...unused];
}

/** A license of the machine's edition that has no key installed. */
function unusedLicenseView(sim: SimulationView, m: Machine, kind: KeyKind): LicenseView {
	const target: ShellTarget = { kind: 'client', machine: m };
	return {
		serviceVersion: buildFor(target),
		name: productDisplayName(m.product),
		description: channelDescription(kind),
		activationId: simulatedGuid(`actid:${m.product}:${kind}`),
		// No key, so no PID, channel or installation ID: slmgr prints the labels with nothing after them.
		extendedPid: '',
		productKeyChannel: '',
		installationId: '',
		partialProductKey: null,
		licenseStatus: 0,
		graceMinutes: 0,
		notificationReason: 0,
		remainingWindowsRearmCount: m.rearmsLeft,
		remainingSkuRearmCount: m.rearmsLeft,
		now: localDate(sim, target),
		activationType: m.actType,
	};
}

/** Five product-key characters for a host whose key the scenario does not list (simulated). */
function simulatedPartialKey(seed: string): string {
	const alphabet = 'BCDFGHJKMPQRTVWXY2346789';
	let out = '';
	let n = hashString(seed);
	for (let i = 0; i < 5; i++) {
		out += alphabet[n % alphabet.length];
		n = Math.floor(n / alphabet.length) + hashString(`${seed}${i}`);
	}
	return out;
}
