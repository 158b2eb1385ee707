import type { MessageKey, SlmgrErrorCode } from './en.ts';

/**
 * How far the Japanese slmgr texts in ja.ts are Windows' own. Japanese Windows prints them from
 * slmgr's Japanese resource file (slmgr\0411\slmgr.ini); no public copy of it was found, and no
 * Microsoft page (Learn, support articles, their Japanese versions) shows Japanese slmgr output.
 * So every slmgr text is listed here: either as seen in a public, non-Microsoft capture of Japanese
 * Windows output (wording taken from it), or as unverified (the lab's rendering).
 */

/** Where a text's wording was seen: the text as the capture shows it, and the page. */
export interface JaCapture {
	/** The capture's own text (captures often drop the spaces Windows puts around Latin words). */
	readonly seen: string;
	readonly url: string;
	/** What the capture does not settle. */
	readonly open: string;
}

/** Texts whose wording comes from a public capture of Japanese Windows output (ja.ts uses it). */
export const JA_SLMGR_SEEN: Readonly<Partial<Record<MessageKey, JaCapture>>> = {
	productDesc: {
		seen: '「説明」の「OEM_DM Channel」',
		url: 'https://news.mynavi.jp/article/win10tips-340/',
		open: 'a caption of a /dli screenshot: the label only',
	},
	remainingWindowsRearm: {
		seen: '残りのWindows猶予期限リセット可能回数:1001',
		url: 'https://paso-kake.com/?p=4229',
		open: 'spacing around "Windows" and after the colon',
	},
	xprPermanent: {
		seen: 'コンピューターのライセンス認証は完了しました',
		url: 'https://softantenna.com/blog/how-to-check-windows-11-activated',
		open: 'a caption quoting slmgr /xpr: the final 。',
	},
	xprNotification: {
		seen: 'Windowsは通知モードです',
		url: 'https://softantenna.com/blog/how-to-check-windows-11-activated',
		open: 'spacing after "Windows"',
	},
};

/** slmgr texts (messages) still in the lab's own Japanese: not confirmed against Japanese Windows. */
export const JA_SLMGR_UNVERIFIED: readonly MessageKey[] = [
	// Usage text (DisplayUsage)
	'usageTitle', 'usageLine', 'usageMachine', 'usageUser', 'usagePassword', 'usageGlobal', 'usageAdvanced', 'usageKmsClient',
	'usageKmsHost', 'usageAd', 'usageToken', 'paramActivationId', 'paramActivationIdOptional', 'paramActIdAll', 'paramApplicationId',
	'paramProductKey', 'paramLicenseFile', 'paramConfirmationId', 'paramSetKms', 'paramFqdn', 'paramPort', 'paramActivationInterval',
	'paramRenewalInterval', 'paramActivationType', 'paramRemoveIl', 'paramForceTka', 'paramAoName', 'paramAoDn', 'use_ipk', 'use_ato',
	'use_dli', 'use_dlv', 'use_xpr', 'use_cpky', 'use_ilc', 'use_rilc', 'use_rearm', 'use_rearm-app', 'use_rearm-sku', 'use_upk',
	'use_dti', 'use_atp', 'use_skms', 'use_ckms', 'use_skms-domain', 'use_ckms-domain', 'use_skhc', 'use_ckhc', 'use_lil', 'use_ril',
	'use_ltc', 'use_fta', 'use_sprt', 'use_sai', 'use_sri', 'use_sdns', 'use_cdns', 'use_spri', 'use_cpri', 'use_act-type',
	'use_ad-activation-online', 'use_ad-activation-get-iid', 'use_ad-activation-apply-cid', 'use_ao-list', 'use_del-ao',
	// Messages
	'invalidOptions', 'unrecognizedOption', 'errorProductNotFound', 'clearedPKey', 'installedPKey', 'uninstalledPKey', 'errorPKey',
	'installationId', 'phoneNumbers', 'activating', 'activated', 'activationFailed', 'confId', 'errorPrefix', 'errorSlui',
	'errorNeedsParam', 'nonGenuineGrace', 'nonGenuineNotification', 'licenseFileInstalled', 'kmsPriLow', 'kmsPriNormal', 'warnKmsPri',
	'dnsPublishingDisabled', 'dnsPublishingEnabled', 'warnDnsPublishing', 'kmsPortSet', 'warnKmsReboot', 'warnKmsPort', 'renewalSet',
	'warnRenewal', 'activationIntervalSet', 'warnActivationInterval', 'kmsNameSet', 'kmsNameCleared', 'kmsLookupDomainSet',
	'kmsLookupDomainCleared', 'kmsUseMachineNameOverrides', 'kmsUseMachineName', 'kmsUseLookupDomain', 'hostCachingDisabled',
	'hostCachingEnabled', 'errorActivationId', 'activationTypeSet', 'rearmDone', 'rearmRestart',
	// By analogy with remainingWindowsRearm, not seen themselves
	'remainingSkuRearm', 'remainingAppRearm',
	// /xpr
	'xprUnlicensed', 'xprVolume', 'xprInitialGrace', 'xprAdditionalGrace', 'xprNonGenuineGrace', 'xprExtendedGrace',
	// /dli and /dlv ("ライセンスの状態:" and "ライセンスされています" appear in a public script that reads
	// Japanese /dli output, but its repository could not be named, so they stay here)
	'statusUnlicensed', 'statusLicensed', 'volumeExpiration', 'statusInitialGrace', 'statusAdditionalGrace', 'statusNonGenuineGrace',
	'statusNotification', 'statusExtendedGrace', 'notificationReasonNonGenuine', 'notificationReasonExpiration',
	'notificationReasonOther', 'timeRemaining', 'serviceVersion', 'productName', 'actId', 'appId', 'pid4', 'channel', 'partialPKey',
	'licenseNotInUse', 'kmsInfo', 'cmid', 'registeredKmsName', 'kmsLookupDomain', 'kmsFromDnsUnavailable', 'kmsFromDns',
	'kmsIpAddress', 'kmsIpAddressUnavailable', 'kmsPid4', 'activationInterval', 'renewalInterval', 'kmsEnabled', 'kmsCurrentCount',
	'kmsListeningOnPort', 'kmsPriNormalLabel', 'kmsPriLowLabel', 'activationTypeAll', 'activationTypeAd', 'activationTypeKms',
	'activationTypeToken', 'mostRecentActivation', 'invalidData', 'pleaseActivate', 'tokenOnly', 'kmsCumulative', 'kmsTotalRequests',
	'kmsFailedRequests', 'kmsRequestsUnlicensed', 'kmsRequestsLicensed', 'kmsRequestsInitialGrace', 'kmsRequestsOot',
	'kmsRequestsNonGenuine', 'kmsRequestsNotification', 'trustedTime',
	// Token-based activation and AD activation
	'tkaLicenses', 'tkaNone', 'tkaRemoving', 'adInfo', 'adAoName', 'adAoDn', 'adAoPid', 'adAoActId', 'actObjAvailable', 'actObjNone',
	'success', 'adSchemaNotSupported',
	// Printed by slmgr outside its message table (connection, VBScript runtime, /rilc, remote refusal)
	'slmgrConnectionError', 'reinstallingLicenses', 'licensesReinstalled', 'vbTypeMismatch', 'remoteExecNotSupported',
];

/** slmgr's error texts (jaSlmgrErrors): all the lab's rendering. */
export const JA_SLMGR_ERRORS_UNVERIFIED: readonly SlmgrErrorCode[] = [
	'0xC004C001', '0xC004C003', '0xC004C017', '0xC004B100', '0xC004C008', '0xC004C020', '0xC004C021', '0xC004D307', '0xC004F009',
	'0xC004F00F', '0xC004F014', '0xC004F025', '0xC004F02C', '0xC004F035', '0xC004F038', '0xC004F039', '0xC004F041', '0xC004F042',
	'0xC004F050', '0xC004F051', '0xC004F064', '0xC004F065', '0xC004F066', '0xC004F06B', '0xC004F074', '0xC004F075', '0xC004F304',
	'0xC004F305', '0xC004F30E', '0x80070005', '0x80070057', '0x8007232A', '0x8007232B', '0x800706BA', '0x8007251D',
];
