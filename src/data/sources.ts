import type { Source } from './types.ts';

/**
 * The Microsoft Learn pages the whole site relies on, listed on the About page. Guides list the
 * pages each one used in their own Sources section.
 */
export const MAIN_SOURCES: readonly Source[] = [
	{
		title: 'Plan for volume activation',
		url: 'https://learn.microsoft.com/windows/deployment/volume-activation/plan-for-volume-activation-client',
	},
	{
		title: 'Activate using Key Management Service',
		url: 'https://learn.microsoft.com/windows/deployment/volume-activation/activate-using-key-management-service-vamt',
	},
	{
		title: 'Activate clients running Windows',
		url: 'https://learn.microsoft.com/windows/deployment/volume-activation/activate-windows-clients-vamt',
	},
	{
		title: 'Activate using Active Directory-based activation',
		url: 'https://learn.microsoft.com/windows/deployment/volume-activation/activate-using-active-directory-based-activation-client',
	},
	{
		title: 'Key Management Services (KMS) activation planning',
		url: 'https://learn.microsoft.com/windows-server/get-started/kms-activation-planning',
	},
	{
		title: 'Create a Key Management Services (KMS) activation host',
		url: 'https://learn.microsoft.com/windows-server/get-started/kms-create-host',
	},
	{
		title: 'Key Management Services (KMS) client activation and product keys',
		url: 'https://learn.microsoft.com/windows-server/get-started/kms-client-activation-keys',
	},
	{
		title: 'Slmgr.vbs options for obtaining volume activation information',
		url: 'https://learn.microsoft.com/windows-server/get-started/activation-slmgr-vbs-options',
	},
	{
		title: 'Troubleshoot KMS activation (general)',
		url: 'https://learn.microsoft.com/windows-server/get-started/activation-troubleshoot-kms-general',
	},
	{
		title: 'Common troubleshooting procedures for KMS and DNS issues',
		url: 'https://learn.microsoft.com/windows-server/get-started/common-troubleshooting-procedures-kms-dns',
	},
	{
		title: 'Troubleshoot Windows activation error codes',
		url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes',
	},
	{
		title: 'Error 0xC004F074 when you activate Windows',
		url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/error-0xc004f074-activate-windows',
	},
	{
		title: 'Activation error 0x8007232B: DNS name does not exist',
		url: 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/activation-error-0x8007232b-dns-name-does-not-exist',
	},
	{
		title: 'Volume Activation Management Tool (VAMT) overview',
		url: 'https://learn.microsoft.com/windows/deployment/volume-activation/introduction-vamt',
	},
	{
		title: 'Activate volume licensed versions of Office by using KMS',
		url: 'https://learn.microsoft.com/office/volume-license-activation/activate-office-by-using-kms',
	},
];

/** Learn URLs in Japanese: the same path under /ja-jp/. */
export function learnUrlFor(url: string, locale: 'ja' | 'en'): string {
	return locale === 'ja'
		? url.replace('https://learn.microsoft.com/', 'https://learn.microsoft.com/ja-jp/')
		: url;
}
