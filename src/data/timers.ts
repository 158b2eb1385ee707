import type { Localized, Source } from './types.ts';
import {
	ACTIVATE_CLIENTS as CLIENTS,
	ADBA_ACTIVATION as ADBA,
	ERROR_F074 as ERR_F074,
	KMS_DNS_PROCEDURES as DNS_PROCS,
	KMS_PLANNING as PLANNING,
	KMS_TROUBLESHOOTING as TROUBLESHOOT,
	SLMGR_PAGE as SLMGR,
} from './sources.ts';

/**
 * KMS numbers and timers (rules R5–R7, R10). The engine, the command line, the guides' tables and
 * the help-desk tools read them from here; nothing restates them by hand.
 * Times are in minutes unless the name says otherwise.
 */

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 1440;

const WMI_INTERVAL: Source = {
	title: 'SetVLActivationInterval method of the SoftwareLicensingService class',
	url: 'https://learn.microsoft.com/previous-versions/windows/desktop/sppwmi/setvlactivationinterval-softwarelicensingservice',
};

/** Minimum count a Windows client OS needs from the KMS host. */
export const CLIENT_ACTIVATION_THRESHOLD = 25;
/** Minimum count a Windows Server OS needs from the KMS host. */
export const SERVER_ACTIVATION_THRESHOLD = 5;
/** Minimum count volume-licensed Office needs (Office is not simulated; shown in tables). */
export const OFFICE_ACTIVATION_THRESHOLD = 5;
/** Microsoft recommends at least two KMS hosts once there are more clients than this (PLANNING). */
export const SECOND_KMS_HOST_ABOVE_CLIENTS = 50;
/** The host counts distinct CMIDs seen within this window. */
export const COUNT_WINDOW_MINUTES = 30 * MINUTES_PER_DAY;
/** The CMID cache holds twice the highest threshold seen so far (10 for servers only, 50 once a client asked). */
export const CACHE_SIZE_FACTOR = 2;
/** A KMS or ADBA activation is valid for 180 days from the last success. */
export const ACTIVATION_VALIDITY_MINUTES = 180 * MINUTES_PER_DAY;
/** Default renewal interval for activated clients (`/sri`): 7 days. */
export const DEFAULT_RENEWAL_INTERVAL = 10_080;
/** Default activation (retry) interval for clients not yet activated (`/sai`): 2 hours. */
export const DEFAULT_ACTIVATION_INTERVAL = 120;
/** Allowed range for `/sai` and `/sri` (WMI SetVLActivationInterval / SetVLRenewalInterval). */
export const MIN_INTERVAL = 15;
export const MAX_INTERVAL = 43_200;
/** Default TCP port of the KMS host. */
export const DEFAULT_KMS_PORT = 1688;
/** Clocks more than this far apart (in UTC) give 0xC004F06C. */
export const MAX_CLOCK_SKEW_MINUTES = 4 * MINUTES_PER_HOUR;
/** Out-of-box (initial) grace period of a KMS client. */
export const INITIAL_GRACE_MINUTES = 30 * MINUTES_PER_DAY;
/** The host re-registers its SRV record this often. */
export const DNS_REREGISTRATION_MINUTES = 24 * MINUTES_PER_HOUR;
/** Renewal toast appears this long before the 180-day validity ends (newer Windows). */
export const EXPIRY_WARNING_MINUTES = 30 * MINUTES_PER_DAY;
/** ADBA clients try to reactivate this often by default. */
export const ADBA_RENEWAL_INTERVAL = 7 * MINUTES_PER_DAY;
/** Longest name of an ADBA activation object, in Unicode characters. */
export const ACTIVATION_OBJECT_NAME_MAX = 40;
/** Digits in the Confirmation ID for OS phone activation. */
export const CONFIRMATION_ID_DIGITS = 48;

/** Cache size for a given highest threshold seen (0 before any request). */
export function cacheSizeFor(highestThreshold: number): number {
	return CACHE_SIZE_FACTOR * highestThreshold;
}

/** One row of the timers table that guides render. */
export interface TimerFact {
	readonly id: string;
	readonly label: Localized;
	/** The value as a number in `unit`. */
	readonly value: number;
	readonly unit: 'minutes' | 'days' | 'hours' | 'count' | 'port';
	/** How the value is written for readers. */
	readonly display: Localized;
	readonly sources: readonly Source[];
}

export const TIMER_FACTS: readonly TimerFact[] = [
	{
		id: 'clientThreshold',
		label: {
			ja: 'ライセンス認証のしきい値 (Windows クライアント)',
			en: 'Activation threshold, Windows client',
		},
		value: CLIENT_ACTIVATION_THRESHOLD,
		unit: 'count',
		display: { ja: '現在の数が 25 以上', en: 'count of 25 or more' },
		sources: [PLANNING],
	},
	{
		id: 'serverThreshold',
		label: {
			ja: 'ライセンス認証のしきい値 (Windows Server)',
			en: 'Activation threshold, Windows Server',
		},
		value: SERVER_ACTIVATION_THRESHOLD,
		unit: 'count',
		display: { ja: '現在の数が 5 以上', en: 'count of 5 or more' },
		sources: [PLANNING],
	},
	{
		id: 'officeThreshold',
		label: {
			ja: 'ライセンス認証のしきい値 (ボリューム ライセンス版 Office)',
			en: 'Activation threshold, volume-licensed Office',
		},
		value: OFFICE_ACTIVATION_THRESHOLD,
		unit: 'count',
		display: { ja: '現在の数が 5 以上', en: 'count of 5 or more' },
		sources: [PLANNING],
	},
	{
		id: 'countWindow',
		label: { ja: 'カウントの対象期間', en: 'What is counted' },
		value: 30,
		unit: 'days',
		display: {
			ja: '過去 30 日間に要求したクライアント コンピューター ID (CMID) の数',
			en: 'distinct client machine IDs (CMIDs) seen in the last 30 days',
		},
		sources: [PLANNING],
	},
	{
		id: 'cacheSize',
		label: { ja: 'KMS ホストの CMID キャッシュのサイズ', en: 'KMS host CMID cache size' },
		value: CACHE_SIZE_FACTOR,
		unit: 'count',
		display: {
			ja: 'これまでの最大しきい値の 2 倍 (サーバーのみなら 10、クライアント OS の要求後は 50)。縮小しない',
			en: '2 × the highest threshold seen (10 with servers only, 50 once a client OS asks); never shrinks',
		},
		sources: [CLIENTS],
	},
	{
		id: 'validity',
		label: { ja: 'ライセンス認証の有効期間', en: 'Activation validity' },
		value: 180,
		unit: 'days',
		display: { ja: '180 日', en: '180 days' },
		sources: [PLANNING],
	},
	{
		id: 'renewalInterval',
		label: { ja: '更新間隔 (/sri)', en: 'Renewal interval (/sri)' },
		value: DEFAULT_RENEWAL_INTERVAL,
		unit: 'minutes',
		display: { ja: '既定 10,080 分 (7 日)', en: 'default 10,080 min (7 days)' },
		sources: [SLMGR],
	},
	{
		id: 'activationInterval',
		label: { ja: 'ライセンス認証の間隔 (/sai)', en: 'Activation (retry) interval (/sai)' },
		value: DEFAULT_ACTIVATION_INTERVAL,
		unit: 'minutes',
		display: { ja: '既定 120 分 (2 時間)', en: 'default 120 min (2 hours)' },
		sources: [SLMGR],
	},
	{
		id: 'intervalRange',
		label: { ja: '間隔に設定できる範囲', en: 'Allowed range for both intervals' },
		value: MAX_INTERVAL,
		unit: 'minutes',
		display: { ja: '15～43,200 分', en: '15–43,200 min' },
		sources: [WMI_INTERVAL, SLMGR],
	},
	{
		id: 'port',
		label: { ja: '既定のポート', en: 'Default port' },
		value: DEFAULT_KMS_PORT,
		unit: 'port',
		display: { ja: 'TCP 1688 (/sprt で変更)', en: 'TCP 1688 (change with /sprt)' },
		sources: [PLANNING, SLMGR],
	},
	{
		id: 'clockSkew',
		label: { ja: '許容される時刻のずれ', en: 'Allowed clock difference' },
		value: 4,
		unit: 'hours',
		display: {
			ja: 'UTC で 4 時間を超えると 0xC004F06C',
			en: 'more than 4 hours (in UTC) gives 0xC004F06C',
		},
		sources: [ERR_F074],
	},
	{
		id: 'initialGrace',
		label: { ja: '初期猶予期間', en: 'Initial (out-of-box) grace period' },
		value: 30,
		unit: 'days',
		display: {
			ja: '30 日 (その間 2 時間ごとに KMS へ要求)',
			en: '30 days, with a KMS attempt every 2 h',
		},
		sources: [TROUBLESHOOT],
	},
	{
		id: 'dnsReregistration',
		label: { ja: 'SRV レコードの再登録間隔', en: 'SRV record re-registration' },
		value: 24,
		unit: 'hours',
		display: { ja: '24 時間ごと', en: 'every 24 hours' },
		sources: [DNS_PROCS],
	},
	{
		id: 'expiryWarning',
		label: { ja: '有効期限前の警告', en: 'Warning before expiry' },
		value: 30,
		unit: 'days',
		display: { ja: '有効期間の終了 30 日前', en: '30 days before the validity ends' },
		sources: [TROUBLESHOOT],
	},
	{
		id: 'adbaRenewal',
		label: {
			ja: 'Active Directory によるライセンス認証の再認証間隔',
			en: 'ADBA reactivation interval',
		},
		value: 7,
		unit: 'days',
		display: {
			ja: '既定 7 日ごと (有効期間は最後の接続から 180 日)',
			en: 'every 7 days by default (valid 180 days after last contact)',
		},
		sources: [ADBA],
	},
];
