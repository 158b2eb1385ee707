import {
	CLIENT_ACTIVATION_THRESHOLD,
	EXPIRY_WARNING_MINUTES,
	OFFICE_ACTIVATION_THRESHOLD,
	SERVER_ACTIVATION_THRESHOLD,
} from './timers.ts';
import type { Localized, Source } from './types.ts';
import {
	ACTIVATION_ERROR_CODES,
	ERROR_232A,
	ERROR_232B,
	ERROR_F06C,
	ERROR_F074,
	EVENT_12293,
	KMS_DNS_PROCEDURES,
	KMS_PLANNING,
	KMS_TROUBLESHOOTING,
	LICENSE_STATES_TECHNET,
	NOT_GENUINE_NOTIFICATIONS,
	SLMGR_PAGE,
} from './sources.ts';

/**
 * What the paste diagnosis (src/tools/diagnose) knows about real Windows output, as data with its
 * sources: the labels slmgr prints per language and version, the event texts and field orders,
 * slmgr's error sentences, the channels, and the causes it can name with their next commands and
 * guide sections. Numbers come from timers.ts; meanings of codes stay in errors.ts.
 *
 * Labels are written as Windows prints them. A label ending in ':' is followed by a value; one
 * ending in '…' starts a line that goes on with a value; any other label is a whole line. Labels
 * are compared in lower case without spaces, so "Product Key Channel" and "ProductKey Channel" match.
 */

const TS = 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/';
export const DIAGNOSIS_SOURCES = {
	slmgrVbs: {
		title: 'slmgr.vbs (%SystemRoot%\\System32, Microsoft), its built-in strings',
		url: SLMGR_PAGE.url,
	},
	licenseStates: LICENSE_STATES_TECHNET,
	eventLog: {
		title: 'Windows Event Log (Volume Activation Technical Reference)',
		url: 'https://learn.microsoft.com/previous-versions/tn-archive/ff793440(v=technet.10)',
	},
	kmsGeneral: {
		title: 'Guidelines for troubleshooting the Key Management Service (KMS)',
		url: KMS_TROUBLESHOOTING.url,
	},
	kmsDns: KMS_DNS_PROCEDURES,
	f074: ERROR_F074,
	f06c: ERROR_F06C,
	f038: {
		title: 'Error 0xC004F038 "The count reported by your KMS is insufficient"',
		url: `${TS}activation-error-0xc004cf038-insufficient-kms-host-pool-count`,
	},
	f042: {
		title: 'Error 0xC004F042 "The specified KMS can\'t be used"',
		url: `${TS}activation-error-0xc004cf042-cant-use-specified-kms`,
	},
	dns232b: {
		title: 'Error 0x8007232B "DNS name does not exist"',
		url: ERROR_232B.url,
	},
	dns232a: ERROR_232A,
	event12293: EVENT_12293,
	errorCodes: ACTIVATION_ERROR_CODES,
	nonGenuine: NOT_GENUINE_NOTIFICATIONS,
	avma: {
		title: 'Error 0xC004FD02 when you activate a Windows VM (AVMA in the Description line)',
		url: 'https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/error-0xc004fd02-activate-windows-vm',
	},
	officeKmsHost: {
		title: 'Configure a KMS host computer to activate volume licensed versions of Office',
		url: 'https://learn.microsoft.com/office/volume-license-activation/configure-a-kms-host-computer-for-office',
	},
	planning: KMS_PLANNING,
	jaXpr: {
		title: 'Windows 11 のライセンス認証を確認する方法 (slmgr /xpr の表示例)',
		url: 'https://softantenna.com/blog/how-to-check-windows-11-activated',
	},
	jaRearmLabel: {
		title: 'ライセンス認証の猶予期間をリセット (Windows 10 の slmgr /dlv の表示例)',
		url: 'https://paso-kake.com/?p=4229',
	},
} as const satisfies Record<string, Source>;
const S = DIAGNOSIS_SOURCES;

// ---------------------------------------------------------------- slmgr labels

export type SlmgrField =
	| 'serviceVersion'
	| 'name'
	| 'description'
	| 'activationId'
	| 'applicationId'
	| 'extendedPid'
	| 'productKeyChannel'
	| 'installationId'
	| 'partialProductKey'
	| 'licenseNotInUse'
	| 'licenseStatus'
	| 'timeRemaining'
	| 'volumeExpiration'
	| 'notificationReason'
	| 'rearmWindows'
	| 'rearmSku'
	| 'trustedTime'
	| 'activationType'
	| 'kmsClientBlock'
	| 'cmid'
	| 'registeredKmsName'
	| 'lookupDomain'
	| 'kmsFromDns'
	| 'dnsAutoDiscovery'
	| 'kmsIp'
	| 'kmsPid'
	| 'activationInterval'
	| 'renewalInterval'
	| 'hostCachingOn'
	| 'hostCachingOff'
	| 'kmsHostBlock'
	| 'currentCount'
	| 'listeningPort'
	| 'dnsPublishingOn'
	| 'dnsPublishingOff'
	| 'kmsPriority'
	| 'totalRequests'
	| 'failedRequests'
	| 'adBlock'
	| 'aoName'
	| 'aoDn'
	| 'aoPid'
	| 'aoActId'
	| 'pleaseActivate'
	| 'activated'
	| 'activationFailed'
	| 'error'
	| 'errorText'
	| 'xprVolume'
	| 'xprPermanent'
	| 'xprInitialGrace'
	| 'xprAdditionalGrace'
	| 'xprNonGenuine'
	| 'xprExtendedGrace'
	| 'xprNotification';

export interface LabelRule {
	readonly field: SlmgrField;
	/** English Windows; slmgr.vbs strings unless a source says otherwise. */
	readonly en: readonly string[];
	/** Japanese Windows. Where no Japanese Windows output was found, KMS Lab's own translation (`jaOrigin: 'kmslab'`). */
	readonly ja: readonly string[];
	/** Other tools that print the same facts (ospp.vbs for Office). */
	readonly other?: readonly string[];
	readonly jaOrigin?: 'windows' | 'kmslab';
	readonly sources?: readonly Source[];
}

const L = (
	field: SlmgrField,
	en: readonly string[],
	ja: readonly string[],
	other?: readonly string[],
	extra: Partial<LabelRule> = {}
): LabelRule => ({ field, en, ja, ...(other ? { other } : {}), jaOrigin: 'kmslab', ...extra });

export const SLMGR_LABELS: readonly LabelRule[] = [
	L(
		'serviceVersion',
		['Software licensing service version:'],
		['ソフトウェア ライセンス サービスのバージョン:']
	),
	L('name', ['Name:'], ['名前:'], ['LICENSE NAME:']),
	L('description', ['Description:'], ['説明:'], ['LICENSE DESCRIPTION:']),
	L('activationId', ['Activation ID:'], ['ライセンス認証 ID:'], ['SKU ID:']),
	L('applicationId', ['Application ID:'], ['アプリケーション ID:']),
	L('extendedPid', ['Extended PID:'], ['拡張 PID:'], ['PRODUCT ID:']),
	L('productKeyChannel', ['Product Key Channel:'], ['プロダクト キー チャネル:']),
	L('installationId', ['Installation ID:'], ['インストール ID:']),
	L(
		'partialProductKey',
		['Partial Product Key:'],
		['プロダクト キーの一部:', '部分プロダクト キー:'],
		['Last 5 characters of installed product key:']
	),
	L('licenseNotInUse', ['This license is not in use.'], ['このライセンスは使用されていません。']),
	L('licenseStatus', ['License Status:'], ['ライセンスの状態:'], ['LICENSE STATUS:'], {
		sources: [S.licenseStates],
	}),
	L('timeRemaining', ['Time remaining:'], ['残り時間:'], ['REMAINING GRACE:']),
	L(
		'volumeExpiration',
		[
			'Volume activation expiration:',
			'Timebased activation expiration:',
			'Automatic VM activation expiration:',
		],
		['ボリューム ライセンス認証の有効期限:'],
		undefined,
		{ sources: [S.licenseStates] }
	),
	L('notificationReason', ['Notification Reason:'], ['通知の理由:'], undefined, {
		sources: [S.nonGenuine],
	}),
	// The second Japanese label is what Japanese Windows 10 prints (paso-kake.com, a screenshot read by hand).
	L(
		'rearmWindows',
		['Remaining Windows rearm count:'],
		['Windows の残りの再調整回数:', '残りのWindows猶予期限リセット可能回数:'],
		undefined,
		{ sources: [S.slmgrVbs, S.jaRearmLabel] }
	),
	L(
		'rearmSku',
		['Remaining SKU rearm count:'],
		['SKU の残りの再調整回数:', '残りの SKU 猶予期限リセット可能回数:']
	),
	L('trustedTime', ['Trusted time:'], ['信頼された時刻:']),
	L(
		'activationType',
		['Configured Activation Type:'],
		['構成されているライセンス認証の種類:'],
		['Activation Type Configuration:']
	),
	L(
		'kmsClientBlock',
		['Key Management Service client information', 'Key Management Service client information:'],
		['キー管理サービス クライアント情報']
	),
	L('cmid', ['Client Machine ID (CMID):'], ['クライアント コンピューター ID (CMID):'], ['CMID:']),
	L(
		'registeredKmsName',
		['Registered KMS machine name:', 'Key Management Service machine name:'],
		['登録されている KMS コンピューター名:'],
		['KMS machine registry override defined:']
	),
	L(
		'lookupDomain',
		['Registered KMS SRV record lookup domain:'],
		['登録されている KMS SRV レコードの検索ドメイン:']
	),
	L('kmsFromDns', ['KMS machine name from DNS:'], ['DNS から取得した KMS コンピューター名:']),
	L('dnsAutoDiscovery', ['DNS auto-discovery:'], ['DNS 自動検出:']),
	L('kmsIp', ['KMS machine IP address:'], ['KMS コンピューターの IP アドレス:']),
	L('kmsPid', ['KMS machine extended PID:'], ['KMS コンピューターの拡張 PID:']),
	L(
		'activationInterval',
		['Activation interval:'],
		['ライセンス認証の間隔:'],
		['Activation Interval:']
	),
	L('renewalInterval', ['Renewal interval:'], ['更新間隔:'], ['Renewal Interval:']),
	L(
		'hostCachingOn',
		['KMS host caching is enabled'],
		['KMS ホスト キャッシュは有効です'],
		['KMS host caching: Enabled']
	),
	L(
		'hostCachingOff',
		['KMS host caching is disabled'],
		['KMS ホスト キャッシュは無効です'],
		['KMS host caching: Disabled']
	),
	// "on this computer" is how the Office 2010 KMS host pack words it.
	L(
		'kmsHostBlock',
		[
			'Key Management Service is enabled on this machine',
			'Key Management Service is enabled on this computer',
		],
		['このコンピューターではキー管理サービスが有効です']
	),
	L('currentCount', ['Current count:'], ['現在の数:'], undefined, {
		sources: [S.licenseStates, S.kmsGeneral],
	}),
	L('listeningPort', ['Listening on Port:'], ['待ち受けポート:']),
	L('dnsPublishingOn', ['DNS publishing enabled'], ['DNS 発行は有効です']),
	L('dnsPublishingOff', ['DNS publishing disabled'], ['DNS 発行は無効です']),
	L('kmsPriority', ['KMS priority:'], ['KMS 優先度:']),
	L('totalRequests', ['Total requests received:'], ['受信した要求の合計:']),
	L('failedRequests', ['Failed requests received:'], ['失敗した要求:']),
	L('adBlock', ['AD Activation client information'], ['AD ライセンス認証クライアント情報']),
	L('aoName', ['Activation Object name:'], ['ライセンス認証オブジェクト名:']),
	L('aoDn', ['AO DN:'], ['AO DN:']),
	L('aoPid', ['AO extended PID:'], ['AO 拡張 PID:']),
	L('aoActId', ['AO activation ID:'], ['AO ライセンス認証 ID:']),
	L(
		'pleaseActivate',
		['Please use slmgr.vbs /ato to activate…'],
		['値を更新するには、slmgr.vbs /ato…']
	),
	L(
		'activated',
		['Product activated successfully.'],
		['製品のライセンス認証に成功しました。'],
		['<Product activation successful>']
	),
	L(
		'activationFailed',
		['Error: Product activation failed.'],
		['エラー: 製品のライセンス認証に失敗しました。']
	),
	L('error', ['Error:'], ['エラー:'], ['ERROR CODE:']),
	L('errorText', [], [], ['ERROR DESCRIPTION:']),
	L(
		'xprVolume',
		[
			'Volume activation will expire…',
			'Timebased activation will expire…',
			'Automatic VM activation will expire…',
		],
		[]
	),
	// The second Japanese text was seen in a capture of Japanese Windows 11 (softantenna.com).
	L(
		'xprPermanent',
		['The machine is permanently activated.'],
		[
			'このコンピューターは永続的にライセンス認証されています。',
			'コンピューターのライセンス認証は完了しました。',
		],
		undefined,
		{ sources: [S.slmgrVbs, S.jaXpr] }
	),
	L('xprInitialGrace', ['Initial grace period ends…'], ['初期猶予期間の終了日時:']),
	L('xprAdditionalGrace', ['Additional grace period ends…'], ['追加の猶予期間の終了日時:']),
	L('xprNonGenuine', ['Non-genuine grace period ends…'], ['猶予期間 (非正規版) の終了日時:']),
	L('xprExtendedGrace', ['Extended grace period ends…'], ['延長猶予期間の終了日時:']),
	L(
		'xprNotification',
		['Windows is in Notification mode'],
		['Windows は通知モードです'],
		undefined,
		{ sources: [S.slmgrVbs, S.jaXpr] }
	),
];

/** "Activating <product> (<Activation ID>) ..." in each language: the start of `slmgr /ato`. */
export const ACTIVATING_LINE: Readonly<Record<'en' | 'ja', RegExp>> = {
	en: /^Activating (.{1,200}?) \(([0-9a-fA-F-]{36})\) ?\.\.\.$/,
	ja: /^(.{1,200}?) \(([0-9a-fA-F-]{36})\) のライセンス認証を行っています/,
};

/** License Status values (and ospp.vbs's) to the status codes 0–6 of src/data/licenseStatus.ts. */
export const LICENSE_STATUS_VALUES: readonly {
	readonly status: 0 | 1 | 2 | 3 | 4 | 5 | 6;
	readonly texts: readonly string[];
}[] = [
	{ status: 0, texts: ['Unlicensed', '---UNLICENSED---', 'ライセンスされていません'] },
	{ status: 1, texts: ['Licensed', '---LICENSED---', 'ライセンスされています', 'ライセンス済み'] },
	{ status: 2, texts: ['Initial grace period', '---OOB_GRACE---', '初期猶予期間'] },
	{ status: 3, texts: ['Additional grace period', '---OOT_GRACE---', '追加の猶予期間'] },
	{
		status: 4,
		texts: [
			'Non-genuine grace period',
			'---NON_GENUINE_GRACE---',
			'猶予期間 (非正規版)',
			'非正規の猶予期間',
		],
	},
	{ status: 5, texts: ['Notification', '---NOTIFICATIONS---', '通知'] },
	{ status: 6, texts: ['Extended grace period', '延長猶予期間'] },
];

// ---------------------------------------------------------------- channels

export type Channel =
	'kmsClient' | 'kmsHost' | 'adba' | 'mak' | 'retail' | 'oem' | 'avma' | 'timebased';

/** The channel from the Description line (first match wins) or the Product Key Channel line. */
export const CHANNEL_PATTERNS: readonly {
	readonly channel: Channel;
	readonly description: RegExp;
	readonly keyChannel?: RegExp;
	readonly sources: readonly Source[];
}[] = [
	{
		channel: 'kmsClient',
		description: /VOLUME_KMSCLIENT/i,
		keyChannel: /^Volume:GVLK/i,
		sources: [S.kmsGeneral],
	},
	{
		channel: 'kmsHost',
		description: /VOLUME_KMS/i,
		keyChannel: /^Volume:CSVLK/i,
		sources: [S.licenseStates],
	},
	{
		channel: 'mak',
		description: /VOLUME_MAK/i,
		keyChannel: /^Volume:MAK/i,
		sources: [S.kmsGeneral],
	},
	{ channel: 'avma', description: /VIRTUAL_MACHINE_ACTIVATION/i, sources: [S.avma] },
	{ channel: 'timebased', description: /TIMEBASED_/i, sources: [S.slmgrVbs] },
	{ channel: 'oem', description: /OEM_/i, keyChannel: /^OEM/i, sources: [S.slmgrVbs] },
	{ channel: 'retail', description: /RETAIL/i, keyChannel: /^Retail/i, sources: [S.kmsGeneral] },
];

/** Minimum count by the kind of product asking (src/data/timers.ts), when no event gives its N-Policy. */
export const THRESHOLDS = {
	client: CLIENT_ACTIVATION_THRESHOLD,
	server: SERVER_ACTIVATION_THRESHOLD,
	office: OFFICE_ACTIVATION_THRESHOLD,
} as const;
/** A KMS activation with less than this left is renewing late (newer Windows warns at the same point). */
export const RENEWAL_LATE_MINUTES = EXPIRY_WARNING_MINUTES;

// ---------------------------------------------------------------- events

export type KmsEventId = 12288 | 12289 | 12290 | 12293 | 12294;

export interface EventRule {
	readonly id: KmsEventId;
	/** The first sentence of the message, in English and Japanese Windows. */
	readonly message: readonly RegExp[];
	/** The Info fields in order (src/data/events.ts). */
	readonly fields: readonly string[];
	/** True when the wording was not confirmed against Windows (the Japanese texts, 12294). */
	readonly wordingUnconfirmed?: boolean;
	readonly sources: readonly Source[];
}

export const EVENT_RULES: readonly EventRule[] = [
	{
		id: 12288,
		message: [
			/^The client has sent an activation request to the key management service machine/i,
			/^クライアントはキー管理サービス ?コンピューターにライセンス認証要求を送信しました/,
		],
		fields: [
			'hresult',
			'statusFlags',
			'server',
			'cmid',
			'clientTime',
			'vm',
			'licensingStatus',
			'timeToExpiration',
			'actId',
			'nPolicy',
		],
		sources: [S.eventLog, S.f074],
	},
	{
		id: 12289,
		message: [
			/^The client has processed an activation response from the key management service machine/i,
			/^クライアントはキー管理サービス ?コンピューターからのライセンス認証応答を処理しました/,
		],
		fields: [
			'hresult',
			'statusFlags',
			'activated',
			'unused',
			'count',
			'activationInterval',
			'renewalInterval',
			'clientTime',
		],
		sources: [S.eventLog, S.kmsGeneral],
	},
	{
		id: 12290,
		message: [/^An activation request has been processed/i, /^ライセンス認証要求が処理されました/],
		fields: [
			'hresult',
			'nPolicy',
			'clientName',
			'cmid',
			'clientTime',
			'vm',
			'licensingStatus',
			'timeToExpiration',
			'actId',
		],
		sources: [S.eventLog, S.f074],
	},
	{
		id: 12293,
		message: [
			/^Publishing the Key Manag[e]?ment Service \(KMS\) to DNS in the .{0,260} domain failed/i,
			/^キー管理サービス \(KMS\) を.{0,260}ドメインの DNS に発行できませんでした/,
		],
		fields: ['hresult', 'dnsDomain'],
		sources: [S.event12293],
	},
	{
		id: 12294,
		message: [
			/^Publishing the Key Manag[e]?ment Service \(KMS\) to DNS in the .{0,260} domain (?:was )?successful/i,
			/^キー管理サービス \(KMS\) を.{0,260}ドメインの DNS に正常に発行しました/,
		],
		fields: [],
		wordingUnconfirmed: true,
		sources: [S.event12293],
	},
];

/** "Event ID:" in Event Viewer's copy and wevtutil, "Id :" in Format-List, <EventID> in XML. */
export const EVENT_ID_LABELS: readonly string[] = ['Event ID', 'EventID', 'Id', 'イベント ID'];
export const EVENT_INFO_LABELS: readonly string[] = ['Info', '情報'];

// ---------------------------------------------------------------- sentences and codes

/** slmgr and the activation pages' error sentences, for a paste that lost its code (or never had one). */
export const ERROR_SENTENCES: readonly {
	readonly code: string;
	readonly text: readonly string[];
	readonly sources: readonly Source[];
}[] = [
	{
		code: '0xC004F038',
		text: ['count reported by your Key Management Service (KMS) is insufficient'],
		sources: [S.f038, S.slmgrVbs],
	},
	{
		code: '0xC004F074',
		text: [
			'No Key Management Service (KMS) could be contacted',
			'The Key Management Server (KMS) is unavailable',
		],
		sources: [S.f074],
	},
	{
		code: '0xC004F042',
		text: ['specified Key Management Service (KMS) cannot be used'],
		sources: [S.f042],
	},
	{
		code: '0xC004F039',
		text: ['The Key Management Service (KMS) is not enabled'],
		sources: [S.slmgrVbs],
	},
	{
		code: '0xC004F041',
		text: ['Key Management Server (KMS) is not activated'],
		sources: [S.slmgrVbs],
	},
	{ code: '0x8007232B', text: ['DNS name does not exist'], sources: [S.dns232b] },
	{ code: '0x8007232A', text: ['DNS server failure'], sources: [S.dns232a] },
	{
		code: '0xC004F200',
		text: ['running within the non-genuine notification period'],
		sources: [S.nonGenuine],
	},
];

/** Codes the diagnosis reads that the error reference (errors.ts) does not list yet. */
export const EXTRA_CODES: readonly {
	readonly code: string;
	readonly name: string | null;
	readonly sources: readonly Source[];
}[] = [
	{ code: '0xC004F200', name: null, sources: [S.nonGenuine] },
	{ code: '0xC004F025', name: null, sources: [S.slmgrVbs] },
];

// ---------------------------------------------------------------- causes

export type CauseId =
	| 'clock_skew'
	| 'count_below_threshold'
	| 'duplicate_cmid'
	| 'port_blocked'
	| 'name_resolution_failed'
	| 'host_unreachable'
	| 'no_srv_record'
	| 'dns_server_failure'
	| 'manual_host'
	| 'wrong_host_or_old_key'
	| 'host_not_activated'
	| 'kms_not_enabled'
	| 'dns_publish_denied'
	| 'dns_publish_failed'
	| 'dns_publishing_disabled'
	| 'not_kms_channel'
	| 'grace_expired'
	| 'non_genuine'
	| 'out_of_tolerance'
	| 'renewal_late'
	| 'not_yet_activated'
	| 'access_denied'
	| 'azure_kms'
	| 'evaluation_expired'
	| 'slui_failed'
	| 'see_error_entry'
	| 'unknown_code';

export interface GuideLink {
	/** Page path without the language prefix, e.g. `guides/troubleshooting`. */
	readonly page: string;
	/** Heading anchor on that page, per language (Starlight's slugs of the headings). */
	readonly anchor: Localized;
}

export interface CauseRule {
	readonly id: CauseId;
	/** Codes that point to this cause; the first one is the error reference entry to link. */
	readonly codes: readonly string[];
	/** Commands to run next, exactly as typed (`<host>` is filled in by whoever shows them). */
	readonly commands: readonly string[];
	readonly guide: GuideLink;
	readonly sources: readonly Source[];
}

const step = (n: number, ja: string, en: string): GuideLink => ({
	page: 'guides/troubleshooting',
	anchor: { ja: `手順-${n}-${ja}`, en: `step-${n}-${en}` },
});
export const STEP = {
	client: step(1, 'クライアントの状態を確認する', 'check-the-client'),
	host: step(2, 'kms-ホストの状態を確認する', 'check-the-kms-host'),
	events: step(3, 'イベントを確認する', 'check-the-events'),
	dns: step(4, 'dns-を確認する', 'check-dns'),
	record: step(
		5,
		'レコードの問題か名前解決の問題かを切り分ける',
		'record-problem-or-name-resolution-problem'
	),
	port: step(6, 'tcp-1688-に届くかを確認する', 'check-that-tcp-1688-gets-through'),
	firewall: step(7, 'ファイアウォールを確認する', 'check-the-firewall'),
	clocks: step(8, '時刻のずれを確認する', 'check-the-clocks'),
	count: step(9, 'カウントが増えない', 'a-count-that-does-not-grow'),
	publishing: step(10, 'dns-発行を確認する', 'check-dns-publishing'),
	elevated: step(11, '管理者権限で実行する', 'run-elevated'),
} as const;
/** Sections of other guides a cause points to. */
export const SECTION = {
	azure: {
		page: 'guides/troubleshooting',
		anchor: { ja: 'azure-の仮想マシン', en: 'azure-virtual-machines' },
	},
	renewal: {
		page: 'guides/lifecycle',
		anchor: {
			ja: 'オンラインなのに更新できない-pc',
			en: 'a-machine-that-is-online-but-cannot-renew',
		},
	},
	evaluation: { page: 'guides/lifecycle', anchor: { ja: '評価版', en: 'evaluation-editions' } },
} as const satisfies Record<string, GuideLink>;

const EVENTS_12288 =
	"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288,12289} -MaxEvents 4 | Format-List";

export const CAUSE_RULES: readonly CauseRule[] = [
	{
		id: 'clock_skew',
		codes: ['0xC004F06C'],
		commands: ['w32tm /query /status /verbose', 'w32tm /resync'],
		guide: STEP.clocks,
		sources: [S.f06c, S.f074],
	},
	{
		id: 'count_below_threshold',
		codes: ['0xC004F038'],
		commands: ['slmgr /dlv', 'slmgr /dli'],
		guide: STEP.count,
		sources: [S.f038, S.planning],
	},
	{
		id: 'duplicate_cmid',
		codes: ['0xC004F038'],
		commands: ['slmgr /dlv', 'sysprep /generalize'],
		guide: STEP.count,
		sources: [S.kmsGeneral],
	},
	{
		id: 'port_blocked',
		codes: ['0x800706BA', '0xC004F074'],
		commands: [
			'Test-NetConnection -ComputerName <host> -Port 1688',
			'Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True',
		],
		guide: STEP.port,
		sources: [S.f074, S.errorCodes],
	},
	{
		id: 'name_resolution_failed',
		codes: ['0xC004F074'],
		commands: ['nslookup <host>', 'ipconfig /all'],
		guide: STEP.record,
		sources: [S.kmsDns],
	},
	{
		id: 'host_unreachable',
		codes: ['0xC004F074'],
		commands: [
			EVENTS_12288,
			'Test-NetConnection -ComputerName <host> -Port 1688',
			'sc query sppsvc',
		],
		guide: STEP.events,
		sources: [S.f074, S.kmsGeneral],
	},
	{
		id: 'no_srv_record',
		codes: ['0x8007232B', '0x8007251D', '0x8007007B'],
		commands: ['nslookup -type=srv _vlmcs._tcp', 'ipconfig /all', 'slmgr /skms <host>:1688'],
		guide: STEP.dns,
		sources: [S.dns232b, S.kmsDns],
	},
	{
		id: 'dns_server_failure',
		codes: ['0x8007232A'],
		commands: ['ipconfig /all', 'nslookup -type=srv _vlmcs._tcp'],
		guide: STEP.dns,
		sources: [S.dns232a],
	},
	{
		id: 'manual_host',
		codes: ['0xC004F074'],
		commands: ['slmgr /ckms', 'nslookup -type=srv _vlmcs._tcp', 'slmgr /ato'],
		guide: STEP.record,
		sources: [S.kmsDns, S.dns232b],
	},
	{
		id: 'wrong_host_or_old_key',
		codes: ['0xC004F042'],
		commands: ['slmgr /dlv', 'slmgr /skms <host>:1688'],
		guide: STEP.host,
		sources: [S.f042, S.kmsGeneral],
	},
	{
		id: 'host_not_activated',
		codes: ['0xC004F041'],
		commands: ['slmgr /ato', 'slmgr /dlv'],
		guide: STEP.host,
		sources: [S.errorCodes],
	},
	{
		id: 'kms_not_enabled',
		codes: ['0xC004F039'],
		commands: ['Test-NetConnection -ComputerName <host> -Port 1688'],
		guide: STEP.port,
		sources: [S.errorCodes],
	},
	{
		id: 'dns_publish_denied',
		codes: ['0x80072338'],
		commands: ['nslookup -type=srv _vlmcs._tcp', 'Restart-Service sppsvc'],
		guide: STEP.publishing,
		sources: [S.event12293],
	},
	{
		id: 'dns_publish_failed',
		codes: [],
		commands: ['nslookup -type=srv _vlmcs._tcp', 'ipconfig /all'],
		guide: STEP.publishing,
		sources: [S.event12293, S.kmsDns],
	},
	{
		id: 'dns_publishing_disabled',
		codes: ['0x8007232B'],
		commands: ['slmgr /sdns', 'nslookup -type=srv _vlmcs._tcp'],
		guide: STEP.publishing,
		sources: [S.kmsDns],
	},
	{
		id: 'not_kms_channel',
		codes: [],
		commands: ['slmgr /dlv', 'slmgr /ipk <GVLK>', 'slmgr /ato'],
		guide: STEP.client,
		sources: [S.kmsGeneral, S.dns232b],
	},
	{
		id: 'grace_expired',
		codes: ['0xC004F009'],
		commands: ['slmgr /ato', 'slmgr /dlv'],
		guide: STEP.client,
		sources: [S.errorCodes],
	},
	{
		id: 'non_genuine',
		codes: ['0xC004F200'],
		commands: ['slmgr /dlv'],
		guide: STEP.client,
		sources: [S.nonGenuine],
	},
	{
		id: 'out_of_tolerance',
		codes: ['0xC004F00F'],
		commands: ['slmgr /xpr', EVENTS_12288, 'slmgr /ato'],
		guide: SECTION.renewal,
		sources: [S.errorCodes, S.licenseStates],
	},
	{
		id: 'renewal_late',
		codes: [],
		commands: ['slmgr /xpr', EVENTS_12288, 'slmgr /ato'],
		guide: SECTION.renewal,
		sources: [S.kmsGeneral],
	},
	{
		id: 'not_yet_activated',
		codes: [],
		commands: ['slmgr /ato', EVENTS_12288],
		guide: STEP.events,
		sources: [S.kmsGeneral],
	},
	{
		id: 'access_denied',
		codes: ['0x80070005', '0xC004F025'],
		commands: [],
		guide: STEP.elevated,
		sources: [S.errorCodes],
	},
	{
		id: 'see_error_entry',
		codes: [],
		commands: ['slmgr /dlv', EVENTS_12288],
		guide: STEP.events,
		sources: [S.errorCodes],
	},
	{
		id: 'unknown_code',
		codes: [],
		commands: ['slmgr /dlv', EVENTS_12288],
		guide: STEP.events,
		sources: [S.errorCodes],
	},
];

/** Things a diagnosis can ask for, each named by what to paste. */
export type MissingId =
	| 'client_dlv'
	| 'host_dlv'
	| 'event_12288'
	| 'event_12289'
	| 'event_12290'
	| 'ato_output'
	| 'nslookup'
	| 'test_netconnection'
	| 'w32tm';

export const MISSING_COMMANDS: Readonly<Record<MissingId, string>> = {
	client_dlv: 'slmgr /dlv',
	host_dlv: 'slmgr /dlv',
	event_12288: EVENTS_12288,
	event_12289: EVENTS_12288,
	event_12290: "Get-WinEvent -LogName 'Key Management Service' -MaxEvents 4 | Format-List",
	ato_output: 'slmgr /ato',
	nslookup: 'nslookup -type=srv _vlmcs._tcp',
	test_netconnection: 'Test-NetConnection -ComputerName <host> -Port 1688',
	w32tm: 'w32tm /query /status /verbose',
};
