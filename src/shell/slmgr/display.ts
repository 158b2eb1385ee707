import { fill, type Messages, type ShellLang } from '../messages/index.ts';
import { formatWindowsDateTime } from '../format.ts';

/** Windows' application ID for the operating system, as slmgr prints it. */
export const WINDOWS_APP_ID = '55c92734-d682-4d71-983e-d6ec3f16059f';

/** License status codes as SoftwareLicensingProduct.LicenseStatus and the KMS events use them (src/data/licenseStatus.ts). */
export type LicenseStatusCode = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * What slmgr reads from WMI for the Windows product, flattened. The shell builds it from the
 * engine's state; the formatters below turn it into slmgr's text, following DisplayAllInformation
 * and ExpirationDatime in slmgr.vbs.
 */
export interface LicenseView {
	readonly serviceVersion: string;
	readonly name: string;
	readonly description: string;
	readonly activationId: string;
	readonly extendedPid: string;
	readonly productKeyChannel: string;
	readonly installationId: string;
	/** Last five characters of the installed key, or null when no key is installed. */
	readonly partialProductKey: string | null;
	readonly licenseStatus: LicenseStatusCode;
	/** GracePeriodRemaining in minutes (0 for a permanent activation). */
	readonly graceMinutes: number;
	/** HRESULT shown as the notification reason (status 5), e.g. 0xC004F009. */
	readonly notificationReason: number;
	readonly remainingWindowsRearmCount: number;
	readonly remainingSkuRearmCount: number;
	/** Current simulated time, shown as "Trusted time". */
	readonly now: Date;
	/** 0 all, 1 AD, 2 KMS, 3 token. Shown on KMS clients only. */
	readonly activationType: 0 | 1 | 2 | 3;
	readonly kmsClient?: KmsClientView;
	readonly adClient?: AdClientView;
	readonly kmsHost?: KmsHostView;
}

export interface KmsClientView {
	readonly cmid: string;
	readonly lookupDomain?: string;
	readonly registeredName?: string;
	readonly registeredPort?: number;
	readonly discoveredName?: string;
	readonly discoveredPort?: number;
	readonly discoveredIp?: string;
	readonly kmsExtendedPid: string;
	readonly activationInterval: number;
	readonly renewalInterval: number;
	readonly hostCaching: boolean;
}

export interface AdClientView {
	readonly objectName: string;
	readonly objectDn: string;
	readonly extendedPid: string;
	readonly activationId: string;
}

export interface KmsHostView {
	readonly currentCount: number;
	readonly port: number;
	readonly dnsPublishing: boolean;
	readonly lowPriority: boolean;
	readonly requests: {
		readonly total: number;
		readonly failed: number;
		readonly unlicensed: number;
		readonly licensed: number;
		readonly initialGrace: number;
		readonly outOfTolerance: number;
		readonly nonGenuineGrace: number;
		readonly notification: number;
	};
}

const GRACE_EXPIRED = 0xc004f009;
const NOT_GENUINE = 0xc004f200;

function isKmsClientDescription(description: string): boolean {
	return description.includes('VOLUME_KMSCLIENT');
}

/** slmgr rounds minutes up to whole days (GetDaysFromMins). */
export function daysFromMinutes(minutes: number): number {
	return Math.ceil(minutes / 1440);
}

function hex(n: number): string {
	return (n >>> 0).toString(16).toUpperCase();
}

/**
 * One license as `slmgr /dli` (verbose = false) or `/dlv` (verbose = true) prints it: DisplayAllInformation's
 * block for one product, from its leading blank line up to (not including) the blank line the script
 * adds after each product, which the caller writes (the script skips it when it stops at an Activation ID).
 */
export function formatLicenseInfo(
	view: LicenseView,
	verbose: boolean,
	m: Messages,
	lang: ShellLang
): string[] {
	const out: string[] = [];
	out.push('');
	out.push(m.productName + view.name);
	out.push(m.productDesc + view.description);
	const kmsClient = isKmsClientDescription(view.description);
	if (verbose) {
		out.push(m.actId + view.activationId);
		out.push(m.appId + WINDOWS_APP_ID);
		out.push(m.pid4 + view.extendedPid);
		out.push(m.channel + view.productKeyChannel);
		out.push(m.installationId + view.installationId);
	}
	out.push(
		view.partialProductKey !== null ? m.partialPKey + view.partialProductKey : m.licenseNotInUse
	);

	const minutes = Math.max(0, Math.floor(view.graceMinutes));
	const remaining = fill(m.timeRemaining, { MINUTE: minutes, DAY: daysFromMinutes(minutes) });
	switch (view.licenseStatus) {
		case 0:
			out.push(m.statusUnlicensed);
			break;
		case 1:
			out.push(m.statusLicensed);
			if (minutes !== 0)
				out.push(fill(m.volumeExpiration, { MINUTE: minutes, DAY: daysFromMinutes(minutes) }));
			break;
		case 2:
			out.push(m.statusInitialGrace, remaining);
			break;
		case 3:
			out.push(m.statusAdditionalGrace, remaining);
			break;
		case 4:
			out.push(m.statusNonGenuineGrace, remaining);
			break;
		case 5: {
			out.push(m.statusNotification);
			const reason = view.notificationReason >>> 0;
			const template =
				reason === NOT_GENUINE
					? m.notificationReasonNonGenuine
					: reason === GRACE_EXPIRED
						? m.notificationReasonExpiration
						: m.notificationReasonOther;
			out.push(fill(template, { ERRCODE: hex(reason) }));
			break;
		}
		case 6:
			out.push(m.statusExtendedGrace, remaining);
			break;
	}

	if (verbose) {
		out.push(fill(m.remainingWindowsRearm, { COUNT: view.remainingWindowsRearmCount }));
		out.push(fill(m.remainingSkuRearm, { COUNT: view.remainingSkuRearmCount }));
		out.push(m.trustedTime + formatWindowsDateTime(view.now, lang));
	}

	if (kmsClient) {
		out.push(
			[m.activationTypeAll, m.activationTypeAd, m.activationTypeKms, m.activationTypeToken][
				view.activationType
			] ?? m.activationTypeAll
		);
		if (view.adClient !== undefined) {
			out.push('', m.mostRecentActivation, m.adInfo);
			out.push(`    ${m.adAoName}${view.adClient.objectName}`);
			out.push(`    ${m.adAoDn}${view.adClient.objectDn}`);
			out.push(`    ${m.adAoPid}${view.adClient.extendedPid}`);
			out.push(`    ${m.adAoActId}${view.adClient.activationId}`);
		} else if (view.licenseStatus !== 1 || view.kmsClient === undefined) {
			out.push(m.pleaseActivate);
		} else {
			out.push(...formatKmsClientBlock(view.kmsClient, m));
		}
	}

	if (view.kmsHost !== undefined) out.push(...formatKmsHostBlock(view.kmsHost, m));
	return out;
}

/**
 * What `/ato` (and `/atp`) print once the service has refreshed the license: DisplayActivatedStatus in
 * slmgr.vbs, which reads the license status again rather than trusting the activation call.
 */
export function activatedStatusLines(
	status: LicenseStatusCode,
	reason: number,
	m: Messages,
	success: string
): string[] {
	if (status === 1) return [success];
	if (status === 4) return [m.errorPrefix + m.nonGenuineGrace];
	if (status === 5 && reason >>> 0 === NOT_GENUINE)
		return [m.errorPrefix + m.nonGenuineNotification];
	// Extended grace counts as activated: the script says so, then names the state.
	if (status === 6) return [m.activated, m.statusExtendedGrace];
	return [m.activationFailed];
}

function formatKmsClientBlock(c: KmsClientView, m: Messages): string[] {
	const out = ['', m.mostRecentActivation, m.kmsInfo, `    ${m.cmid}${c.cmid}`];
	const hasLookupDomain = c.lookupDomain !== undefined && c.lookupDomain !== '';
	if (hasLookupDomain) out.push(`    ${m.kmsLookupDomain}${c.lookupDomain}`);
	const fixed = c.registeredName !== undefined && c.registeredName !== '';
	const fixedName = `${c.registeredName ?? ''}:${c.registeredPort !== undefined && c.registeredPort !== 0 ? c.registeredPort : 1688}`;
	if (fixed) {
		out.push(`    ${m.registeredKmsName}${fixedName}`);
	} else if (
		c.discoveredName === undefined ||
		c.discoveredName === '' ||
		c.discoveredPort === undefined ||
		c.discoveredPort === 0
	) {
		out.push(`    ${m.kmsFromDnsUnavailable}`);
	} else {
		out.push(`    ${m.kmsFromDns}${c.discoveredName}:${c.discoveredPort}`);
	}
	out.push(
		c.discoveredIp === undefined || c.discoveredIp === ''
			? `    ${m.kmsIpAddressUnavailable}`
			: `    ${m.kmsIpAddress}${c.discoveredIp}`
	);
	out.push(`    ${m.kmsPid4}${c.kmsExtendedPid}`);
	out.push(`    ${fill(m.activationInterval, { INTERVAL: c.activationInterval })}`);
	out.push(`    ${fill(m.renewalInterval, { INTERVAL: c.renewalInterval })}`);
	out.push(`    ${c.hostCaching ? m.hostCachingEnabled : m.hostCachingDisabled}`);
	if (hasLookupDomain && fixed)
		out.push('', fill(m.kmsUseMachineNameOverrides, { KMS: fixedName }));
	return out;
}

function formatKmsHostBlock(h: KmsHostView, m: Messages): string[] {
	const r = h.requests;
	return [
		'',
		m.kmsEnabled,
		`    ${m.kmsCurrentCount}${h.currentCount}`,
		`    ${m.kmsListeningOnPort}${h.port === 0 ? 1688 : h.port}`,
		`    ${h.dnsPublishing ? m.dnsPublishingEnabled : m.dnsPublishingDisabled}`,
		`    ${h.lowPriority ? m.kmsPriLowLabel : m.kmsPriNormalLabel}`,
		'',
		m.kmsCumulative,
		`    ${m.kmsTotalRequests}${r.total}`,
		`    ${m.kmsFailedRequests}${r.failed}`,
		`    ${m.kmsRequestsUnlicensed}${r.unlicensed}`,
		`    ${m.kmsRequestsLicensed}${r.licensed}`,
		`    ${m.kmsRequestsInitialGrace}${r.initialGrace}`,
		`    ${m.kmsRequestsOot}${r.outOfTolerance}`,
		`    ${m.kmsRequestsNonGenuine}${r.nonGenuineGrace}`,
		`    ${m.kmsRequestsNotification}${r.notification}`,
	];
}

/**
 * `slmgr /xpr`: the product name, then the expiry line indented by four spaces. The end date is
 * ExpirationDatime's DateAdd("n", GracePeriodRemaining, Now): `now` is the clock of the computer that
 * runs the script, which for a remote target is not the target's own.
 */
export function formatExpiration(
	view: LicenseView,
	m: Messages,
	lang: ShellLang,
	now: Date = view.now
): string[] {
	const minutes = Math.max(0, Math.floor(view.graceMinutes));
	const end = formatWindowsDateTime(new Date(now.getTime() + minutes * 60_000), lang);
	let line: string;
	switch (view.licenseStatus) {
		case 0:
			line = m.xprUnlicensed;
			break;
		case 1:
			line = minutes !== 0 ? fill(m.xprVolume, { ENDDATE: end }) : m.xprPermanent;
			break;
		case 2:
			line = fill(m.xprInitialGrace, { ENDDATE: end });
			break;
		case 3:
			line = fill(m.xprAdditionalGrace, { ENDDATE: end });
			break;
		case 4:
			line = fill(m.xprNonGenuineGrace, { ENDDATE: end });
			break;
		case 5:
			line = m.xprNotification;
			break;
		case 6:
			line = fill(m.xprExtendedGrace, { ENDDATE: end });
			break;
	}
	return [`${view.name}:`, `    ${line}`];
}
