import type { Source } from './types.ts';

/**
 * Every Microsoft page that more than one file cites, declared once: data files import these
 * instead of writing the URL again (tests/data/sources.test.ts fails on a repeated URL).
 */
export const ACTIVATE_CLIENTS: Source = {
	title: 'Activate clients running Windows',
	url: 'https://learn.microsoft.com/windows/deployment/volume-activation/activate-windows-clients-vamt',
};
export const ACTIVATION_ERROR_CODES: Source = {
	title: 'Troubleshoot Windows activation error codes',
	url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes',
};
export const ADBA_ACTIVATION: Source = {
	title: 'Activate using Active Directory-based activation',
	url: 'https://learn.microsoft.com/windows/deployment/volume-activation/activate-using-active-directory-based-activation-client',
};
export const ADBA_TROUBLESHOOTING: Source = {
	title: 'Troubleshoot Active Directory-based activation clients that do not activate',
	url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-adba-clients-not-activate',
};
export const AZURE_SAMPLES_145: Source = {
	title:
		'Azure-Samples/azuresandbox issue #145: Windows Server activation failures (event 8198 with hr=0x80004005)',
	url: 'https://github.com/Azure-Samples/azuresandbox/issues/145',
};
export const ERROR_232A: Source = {
	title: 'Error 0x8007232A "DNS server failure"',
	url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/activation-error-0x8007232a-dns-server-failure',
};
export const ERROR_232B: Source = {
	title: 'Activation error 0x8007232B: DNS name does not exist',
	url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/activation-error-0x8007232b-dns-name-does-not-exist',
};
export const ERROR_F015: Source = {
	title:
		'Error 0xC004F015 when you activate Windows 10 Enterprise on a Windows Server 2012 R2 KMS host (KB 3086418)',
	url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/error-0xc004f015-activate-windows-10',
};
export const ERROR_F06C: Source = {
	title: 'Error 0xC004F06C when you activate Windows',
	url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/error-0xc004f06c-activate-windows',
};
export const ERROR_F074: Source = {
	title: 'Error 0xC004F074 when you activate Windows',
	url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/error-0xc004f074-activate-windows',
};
export const ERROR_FE33: Source = {
	title: 'Windows activation or validation fails with error code 0x8004FE33 (KB 921471)',
	url: 'https://support.microsoft.com/topic/windows-activation-or-validation-fails-with-error-code-0x8004fe33-a9afe65e-230b-c1ed-3414-39acd7fddf52',
};
export const EVALUATION_CONVERSION: Source = {
	title: 'Upgrade and conversion options for Windows Server',
	url: 'https://learn.microsoft.com/windows-server/get-started/upgrade-conversion-options',
};
export const EVALUATION_VMS: Source = {
	title: 'Download a Windows virtual machine (Windows 11 Enterprise evaluation VMs)',
	url: 'https://developer.microsoft.com/windows/downloads/virtual-machines/',
};
export const EVENT_12293: Source = {
	title: 'Security Event 12293 with error 0x80072338 registering KMS host record',
	url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/event-12293-error-0x800723-set-kms-host',
};
export const EVENT_8198: Source = {
	title: 'Event 8198, error 0xC0020017 or 0x8007139F "KMS contact failure" when activating Windows',
	url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/activation-event-8198-error-0xc0020017-0x8007139f-kms-contact-failure',
};
export const KMS_ACTIVATION: Source = {
	title: 'Activate using Key Management Service',
	url: 'https://learn.microsoft.com/windows/deployment/volume-activation/activate-using-key-management-service-vamt',
};
export const KMS_CLIENT_KEYS: Source = {
	title: 'Key Management Services (KMS) client activation and product keys',
	url: 'https://learn.microsoft.com/windows-server/get-started/kms-client-activation-keys',
};
/**
 * Where the GVLK table in products.ts comes from. Declared here, not in products.ts, so the lab's
 * first load (which reads products) does not bring in the list of sources.
 */
export const GVLK_SOURCE: Source = KMS_CLIENT_KEYS;
export const KMS_COUNT_NOT_INCREASING: Source = {
	title:
		'The KMS current count does not increase when you add new Windows Vista or Windows 7-based client computers to the network',
	url: 'https://learn.microsoft.com/troubleshoot/windows-client/licensing-and-activation/kms-current-count-not-increase',
};
export const KMS_CREATE_HOST: Source = {
	title: 'Create a Key Management Services (KMS) activation host',
	url: 'https://learn.microsoft.com/windows-server/get-started/kms-create-host',
};
export const KMS_DNS_PROCEDURES: Source = {
	title: 'Common troubleshooting procedures for KMS and DNS issues',
	url: 'https://learn.microsoft.com/windows-server/get-started/common-troubleshooting-procedures-kms-dns',
};
export const KMS_PLANNING: Source = {
	title: 'Key Management Services (KMS) activation planning',
	url: 'https://learn.microsoft.com/windows-server/get-started/kms-activation-planning',
};
/** Where the host key tables in hostKeys.ts come from (revision dated 2024-11-12); here for the same reason. */
export const HOST_KEY_SOURCE: Source = KMS_PLANNING;
export const KMS_TROUBLESHOOTING: Source = {
	title: 'Troubleshoot KMS activation (general)',
	url: 'https://learn.microsoft.com/windows-server/get-started/activation-troubleshoot-kms-general',
};
export const LICENSE_STATES_TECHNET: Source = {
	title: 'Managing License States (Volume Activation, TechNet archive)',
	url: 'https://learn.microsoft.com/previous-versions/tn-archive/ff793426(v=technet.10)',
};
export const NOT_GENUINE_NOTIFICATIONS: Source = {
	title:
		'Activation failures and "not genuine" notifications on volume-licensed Windows 7 KMS clients (KB 4487266)',
	url: 'https://learn.microsoft.com/troubleshoot/windows-client/licensing-and-activation/activation-failures-not-genuine-notifications-volume-licensed-kms-client',
};
export const OFFICE_KMS: Source = {
	title: 'Activate volume licensed versions of Office by using KMS',
	url: 'https://learn.microsoft.com/office/volume-license-activation/activate-office-by-using-kms',
};
export const QA_478271: Source = {
	title:
		'Microsoft Q&A 478271 "active directory based activation" (a user\'s pasted slmgr /dlv and event 12308)',
	url: 'https://learn.microsoft.com/answers/questions/478271/active-directory-based-activation',
};
export const SLERROR_H: Source = {
	title: 'slerror.h (Windows SDK header, Microsoft win32metadata repository)',
	url: 'https://github.com/microsoft/win32metadata/blob/main/generation/WinSDK/RecompiledIdlHeaders/um/slerror.h',
};
export const SLMGR_PAGE: Source = {
	title: 'Slmgr.vbs options for obtaining volume activation information',
	url: 'https://learn.microsoft.com/windows-server/get-started/activation-slmgr-vbs-options',
};
export const VAMT_OVERVIEW: Source = {
	title: 'Volume Activation Management Tool (VAMT) overview',
	url: 'https://learn.microsoft.com/windows/deployment/volume-activation/introduction-vamt',
};
export const VOLUME_ACTIVATION_PLANNING: Source = {
	title: 'Plan for volume activation',
	url: 'https://learn.microsoft.com/windows/deployment/volume-activation/plan-for-volume-activation-client',
};
export const WS2012_VOLUME_ACTIVATION: Source = {
	title: 'Evaluation Versions and Upgrade Options for Windows Server 2012',
	url: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/jj574204(v=ws.11)',
};

/**
 * The Microsoft Learn pages the whole site relies on, listed on the About page. Guides list the
 * pages each one used in their own Sources section.
 */
export const MAIN_SOURCES: readonly Source[] = [
	VOLUME_ACTIVATION_PLANNING,
	KMS_ACTIVATION,
	ACTIVATE_CLIENTS,
	ADBA_ACTIVATION,
	KMS_PLANNING,
	KMS_CREATE_HOST,
	KMS_CLIENT_KEYS,
	SLMGR_PAGE,
	KMS_TROUBLESHOOTING,
	KMS_DNS_PROCEDURES,
	ACTIVATION_ERROR_CODES,
	ERROR_F074,
	ERROR_232B,
	VAMT_OVERVIEW,
	OFFICE_KMS,
];

/** Learn URLs in Japanese: the same path under /ja-jp/. */
export function learnUrlFor(url: string, locale: 'ja' | 'en'): string {
	return locale === 'ja'
		? url.replace('https://learn.microsoft.com/', 'https://learn.microsoft.com/ja-jp/')
		: url;
}
