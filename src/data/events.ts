import { OUR_READING } from './errorMeanings.ts';
import type { Localized, Source } from './types.ts';
import {
	ADBA_ACTIVATION,
	ADBA_TROUBLESHOOTING,
	AZURE_SAMPLES_145,
	ERROR_FE33,
	EVALUATION_CONVERSION,
	EVALUATION_VMS,
	EVENT_8198,
	NOT_GENUINE_NOTIFICATIONS,
	QA_478271,
	WS2012_VOLUME_ACTIVATION,
} from './sources.ts';

/**
 * Windows events around activation beyond the KMS events 12288–12294 (those are in
 * `src/data/diagnosis.ts`, EVENT_RULES): what each says, where it is logged, what to do, and the
 * sources. The project issue "Paste what you see" lists the ones real outputs hold: 8198 (slui and
 * Software Protection failures with `hr=0x…`), 12308 (Active Directory-based activation), 16398,
 * and 1074 when an expired evaluation shuts a machine down.
 *
 * Rules, as in the error reference: `meaning` and `action` say only what the sources say. Where no
 * source says what to do, `action` is null and `disputed` explains why. A reading of ours goes in
 * `disputed` behind OUR_READING, never in `meaning` or `action`.
 */

/** Where a `message` text was read. */
export type MessageOrigin =
	/** Shown in a Microsoft support or Learn page. */
	| 'microsoft-page'
	/** Windows' own message resource (sppsvc.exe), as listed by libyal/winevt-kb; no Microsoft page shows it. */
	| 'windows-message-table';

export interface EventMessage {
	/** The start of the message in English Windows; `<…>` marks a value. */
	readonly text: string;
	readonly origin: MessageOrigin;
}

export interface ActivationEvent {
	/** Unique: the event ID alone is not (WLMS 100 and other providers' 100 differ). */
	readonly key: string;
	readonly id: number;
	/** Provider as Windows names it; null when no source names one. */
	readonly provider: string | null;
	/** The Source column of Event Viewer, where it differs from `provider`. */
	readonly eventViewerSource?: string;
	/** The log, as Event Viewer shows it in each language; null when unknown. */
	readonly log: Localized | null;
	/** The log name Get-WinEvent takes (`LogName`); null when unknown. */
	readonly logName: 'Application' | 'System' | null;
	/** The machine that logs it. */
	readonly machine: 'client' | 'kmsHost' | 'any';
	/** Message texts, most common first; empty when no source shows the text. */
	readonly messages: readonly EventMessage[];
	/** Values of the message, in order, for parsers (`hr` = the `hr=0x…` line). */
	readonly fields: readonly string[];
	readonly meaning: Localized;
	/** What to do; null when no source says (see `disputed`). */
	readonly action: Localized | null;
	/** Codes a cited source documents with this event, most common first (`0x` + 8 upper-case hex digits). */
	readonly codes: readonly string[];
	/** Commands for `action`, exactly as typed. */
	readonly commands: readonly string[];
	/** Unconfirmed parts, conflicts, and readings of ours (after OUR_READING). */
	readonly disputed?: Localized;
	readonly sources: readonly Source[];
}

const TS = 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/';

export const EVENT_SOURCES = {
	event8198: EVENT_8198,
	adbaClients: {
		title: "Troubleshoot Active Directory-based activation (ADBA) clients that don't activate",
		url: ADBA_TROUBLESHOOTING.url,
	},
	events8200: {
		title: 'Event ID 8208, 8200, or 900 is logged (KB 2958281)',
		url: `${TS}event-id-8208-8200-900`,
	},
	notGenuine: NOT_GENUINE_NOTIFICATIONS,
	azure5b4: {
		title: 'Error 0x800705B4 when you activate an Azure Windows virtual machine',
		url: 'https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/windows-vm-activation-error-0x800705b4',
	},
	proxy: ERROR_FE33,
	azureSamples145: AZURE_SAMPLES_145,
	messageTable: {
		title:
			'sppsvc.exe message resources (Windows 7 to Windows 10 1803), as listed by libyal/winevt-kb',
		url: 'https://github.com/libyal/winevt-kb/blob/5e51c65e83317e81eb68bca37a0fc56cc512eb1e/docs/sources/message-files/MessageFile-sppsvc.exe.md',
	},
	qa478271: QA_478271,
	adba: ADBA_ACTIVATION,
	activationObject: {
		title: 'ms-SPP-Activation-Object class (Active Directory schema)',
		url: 'https://learn.microsoft.com/windows/win32/adschema/c-msspp-activationobject',
	},
	wmiShutdown: {
		title: 'How to identify the cause of an unexpected WMI shutdown (event 1074)',
		url: 'https://learn.microsoft.com/troubleshoot/windows-server/system-management-components/identify-cause-of-wmi-shutdown',
	},
	eval2012: WS2012_VOLUME_ACTIVATION,
	evalConversion: EVALUATION_CONVERSION,
	devVm: EVALUATION_VMS,
} as const satisfies Record<string, Source>;
const S = EVENT_SOURCES;

const SPP = 'Microsoft-Windows-Security-SPP';
const APPLICATION_LOG: Localized = {
	ja: 'Windows ログ > アプリケーション',
	en: 'Windows Logs > Application',
};
const SYSTEM_LOG: Localized = { ja: 'Windows ログ > システム', en: 'Windows Logs > System' };

export const ACTIVATION_EVENTS: readonly ActivationEvent[] = [
	{
		key: 'spp-8198',
		id: 8198,
		provider: SPP,
		eventViewerSource: 'Security-SPP',
		log: APPLICATION_LOG,
		logName: 'Application',
		machine: 'client',
		messages: [
			{
				text: 'License Activation (slui.exe) failed with the following error code:',
				origin: 'windows-message-table',
			},
			{
				text: "License Activation failed. The Software Protection service reported that the computer couldn't be activated.",
				origin: 'microsoft-page',
			},
		],
		fields: ['hr', 'commandLine'],
		meaning: {
			ja: 'ライセンス認証 (slui.exe) が失敗したことを示します。メッセージの次の行 (hr=0x…) がエラー コードで、その後の Command-line arguments に slui.exe に渡された引数が続きます。Microsoft の記事では、slmgr /ato が一般的なエラーしか返さないときに、本当のエラーがこのイベントに記録されます。エラー コードが 0xC0020017 か 0x8007139F なら、KMS クライアントが KMS ホスト (Azure VM では Azure KMS) に接続できていません (0xC004F074 と同じ働きで、別の経路から報告されます)。0x8007007B は、ADBA クライアントのキーが RETAIL チャネルだった事例で記録されています。',
			en: 'Activation (slui.exe) failed. The next line (hr=0x…) is the error code; "Command-line arguments" then lists what slui.exe was started with. In Microsoft\'s article, slmgr /ato returns a generic code while the real error is recorded in this event. With 0xC0020017 or 0x8007139F, the KMS client cannot contact the KMS host (Azure KMS for an Azure VM): it works like 0xC004F074 but is reported through a different path. 0x8007007B was recorded on ADBA clients whose key was from the RETAIL channel.',
		},
		action: {
			ja: 'Microsoft の記事 (0xC0020017 / 0x8007139F) の手順は次のとおりです。(1) slmgr /ckms で設定を消し、slmgr /skms <KMS ホストの FQDN>:<ポート> で KMS ホストを指定して slmgr /ato を実行します (Azure KMS なら azkms.core.windows.net:1688)。(2) VPN、DirectAccess、強制トンネリングなどで全通信がゲートウェイを通る構成なら、クライアントと KMS ホストの間の 1688 番ポートの通信を除外します。(3) Restart-Service sppsvc -Force でソフトウェア保護サービスを再起動し、30 秒待ってからやり直します。(4) psping <KMS ホストの IP>:1688 を両方向で試し、ファイアウォール (Azure では NSG) で 1688 と DNS (53) が通るか確認します。(5) nslookup と ipconfig /all で DNS を確認します。各手順の後に slmgr /ato を実行し、このイベントがまた記録されるか確かめます。',
			en: "Microsoft's steps (for 0xC0020017 / 0x8007139F): (1) clear the setting with slmgr /ckms, point the client at the host with slmgr /skms <KMS host FQDN>:<port> (azkms.core.windows.net:1688 for Azure KMS) and run slmgr /ato; (2) if a VPN, DirectAccess or forced tunneling routes all traffic through a gateway, exempt port 1688 between clients and the KMS host; (3) restart the Software Protection service with Restart-Service sppsvc -Force, wait 30 seconds and try again; (4) run psping <KMS host IP>:1688 in both directions and check that firewalls (NSGs on Azure) let 1688 and DNS (53) through; (5) check DNS with nslookup and ipconfig /all. After each step run slmgr /ato and look for a new 8198.",
		},
		codes: ['0xC0020017', '0x8007139F', '0x8007007B', '0x80004005'],
		commands: [
			"Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='Security-SPP'; Id=8198} -MaxEvents 5 | Format-List TimeCreated, Message",
			'cscript c:\\windows\\system32\\slmgr.vbs /ckms',
			'cscript c:\\windows\\system32\\slmgr.vbs /skms <KMSHost_fqdn>:<KMSHost_Port>',
			'cscript c:\\windows\\system32\\slmgr.vbs /ato',
			'Restart-Service sppsvc -Force',
			'psping <KMSHost-ip>:1688',
			'nslookup <KMSHost_fqdn> <intendedDNS_name>',
		],
		disputed: {
			ja: `Microsoft の記事が示すメッセージ (「License Activation failed. …」) と、Windows のメッセージ リソースの文 (「License Activation (slui.exe) failed with the following error code:」、次の行に hr=0x…、その後に Command-line arguments) は一致しません。実際の出力で見られるのは後者です。hr=0x80004005 (E_FAIL) の 8198 の原因を説明した Microsoft のページはありません。${OUR_READING.ja} 実際の出力の Command-line arguments には「Action=AutoActivate」と「Trigger=TimerEvent」などが入っていることが多く、スケジュールされた自動ライセンス認証の失敗と読めます。同じ時刻のイベント 12288 で本当のエラーを確かめます。`,
			en: `Microsoft's article shows the message as "License Activation failed. …", while Windows' message resource reads "License Activation (slui.exe) failed with the following error code:", then hr=0x… on the next line, then "Command-line arguments"; real outputs show the latter. No Microsoft page explains 8198 with hr=0x80004005 (E_FAIL). ${OUR_READING.en} in real outputs the command-line arguments often hold "Action=AutoActivate" and a trigger such as "Trigger=TimerEvent", which reads as a failed scheduled automatic activation; read the 12288 events of the same time for the real error.`,
		},
		sources: [S.event8198, S.adbaClients, S.messageTable, S.azureSamples145],
	},
	{
		key: 'spp-8196',
		id: 8196,
		provider: SPP,
		eventViewerSource: 'Security-SPP',
		log: APPLICATION_LOG,
		logName: 'Application',
		machine: 'client',
		messages: [
			{
				text: 'License Activation Scheduler (sppuinotify.dll) was not able to automatically activate. Error code:',
				origin: 'microsoft-page',
			},
		],
		fields: ['hr'],
		meaning: {
			ja: 'ライセンス認証のスケジューラー (sppuinotify.dll) が自動ライセンス認証に失敗したことを示します。Microsoft の記事では、0xC004F200 (2019 年 1 月の Windows 7 の非正規品の事例) と、Azure VM の 0x800705B4 (タイムアウト。ネットワークか DNS の問題) で記録されています。',
			en: "The License Activation Scheduler (sppuinotify.dll) could not activate automatically. Microsoft's articles show it with 0xC004F200 (the January 2019 Windows 7 non-genuine case) and with 0x800705B4 on Azure VMs (a time-out: network connectivity or DNS).",
		},
		action: {
			ja: 'エラー コードをエラー コード一覧で引きます。Azure VM の 0x800705B4 なら、Microsoft の記事のとおり、VM が azkms.core.windows.net:1688 を使う設定か (slmgr /skms) と、VM のファイアウォールが 1688 番ポートへの送信を止めていないか (Test-NetConnection) を確認してから、ライセンス認証をやり直します。',
			en: "Look the code up in the error code reference. For 0x800705B4 on an Azure VM, Microsoft's article checks that the VM uses azkms.core.windows.net:1688 (slmgr /skms) and that the VM's firewall does not block outbound port 1688 (Test-NetConnection), then retries activation.",
		},
		codes: ['0xC004F200', '0x800705B4'],
		commands: [
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=8196} -MaxEvents 5 | Format-List TimeCreated, Message",
			'Test-NetConnection azkms.core.windows.net -Port 1688',
		],
		sources: [S.notGenuine, S.azure5b4],
	},
	{
		key: 'spp-8200',
		id: 8200,
		provider: SPP,
		log: APPLICATION_LOG,
		logName: 'Application',
		machine: 'any',
		messages: [{ text: 'License acquisition failure details.', origin: 'microsoft-page' }],
		fields: ['hr'],
		meaning: {
			ja: 'Genuine Advantage のチケットの取得に失敗した詳細です。Microsoft の記事 (KB 2958281) の例は hr=0x80072EE7 で、インターネットに適切にアクセスできなかったことを示します。Microsoft は、このイベントがあってもコンピューターが正規品でないとかライセンスに問題があるという意味ではない、としています。',
			en: "Details of a failed Genuine Advantage ticket acquisition. The example in Microsoft's article (KB 2958281) is hr=0x80072EE7: the system did not have proper internet access. Microsoft says the event does not mean the computer is not genuine or that a licensing problem exists.",
		},
		action: {
			ja: 'インターネットに接続し、ファイアウォールとプロキシの設定を確認します (KB 2958281)。',
			en: 'Connect the system to the internet and check the firewall and proxy settings (KB 2958281).',
		},
		codes: ['0x80072EE7'],
		commands: [],
		sources: [S.events8200],
	},
	{
		key: 'spp-8208',
		id: 8208,
		provider: SPP,
		log: APPLICATION_LOG,
		logName: 'Application',
		machine: 'any',
		messages: [
			{
				text: 'Acquisition of genuine ticket failed (hr=<code>) for template Id <GUID>',
				origin: 'microsoft-page',
			},
		],
		fields: ['hr', 'templateId'],
		meaning: {
			ja: 'Genuine Advantage のチケットを取得できなかったことを示します。KB 2958281 の例は hr=0x80072EE7 (インターネットにアクセスできない) で、Microsoft はライセンスの問題を意味しないとしています。KB 4487266 (2019 年 1 月の Windows 7 の事例) では hr=0xC004C4A2 で記録されています。',
			en: "The genuine ticket could not be acquired. KB 2958281's example is hr=0x80072EE7 (no internet access), which Microsoft says does not mean a licensing problem. In KB 4487266 (the January 2019 Windows 7 case) it was logged with hr=0xC004C4A2.",
		},
		action: {
			ja: 'hr=0x80072EE7 なら、インターネットに接続し、ファイアウォールとプロキシの設定を確認します (KB 2958281)。',
			en: 'For hr=0x80072EE7, connect the system to the internet and check the firewall and proxy settings (KB 2958281).',
		},
		codes: ['0x80072EE7', '0xC004C4A2'],
		commands: [],
		sources: [S.events8200, S.notGenuine],
	},
	{
		key: 'spp-12308',
		id: 12308,
		provider: SPP,
		log: APPLICATION_LOG,
		logName: 'Application',
		machine: 'client',
		messages: [
			{ text: 'Active Directory Activation has succeeded.', origin: 'windows-message-table' },
		],
		fields: ['skuId', 'aoName', 'aoDn'],
		meaning: {
			ja: 'Active Directory によるライセンス認証 (ADBA) に成功したことを示します。メッセージには Sku Id、AO name (ライセンス認証オブジェクトの名前)、AO DN (その識別名) が続きます。ライセンス認証オブジェクトは、フォレストの構成名前付けコンテキストの CN=Activation Objects,CN=Microsoft SPP,CN=Services の下にあり、slmgr /dlv の「AD Activation client information」のブロックにも同じ名前と DN が表示されます。',
			en: 'Active Directory-based activation (ADBA) succeeded. The message goes on with Sku Id, AO name (the activation object\'s name) and AO DN (its distinguished name). Activation objects live under CN=Activation Objects,CN=Microsoft SPP,CN=Services in the forest\'s configuration naming context, and slmgr /dlv shows the same name and DN in its "AD Activation client information" block.',
		},
		action: {
			ja: '成功を示すイベントなので、対処は要りません。どのオブジェクトで認証されたかは AO name と AO DN で確かめ、slmgr /ao-list の一覧と照らし合わせられます。',
			en: 'It reports success, so nothing needs fixing. AO name and AO DN tell which object activated the client; compare them with the list from slmgr /ao-list.',
		},
		codes: [],
		commands: [
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12308} -MaxEvents 5 | Format-List TimeCreated, Message",
			'slmgr /dlv',
			'slmgr /ao-list',
		],
		disputed: {
			ja: 'このイベントを説明した Microsoft の記事はありません。メッセージは Windows のメッセージ リソース (sppsvc.exe) の文で、Microsoft Q&A に貼られた実際の出力にも同じ文 (「Client log: Event ID 12308」) があります。その出力では、AO name に KMS ホスト キーの説明 (「Windows(R) Operating System, VOLUME_KMS_2012-R2_WIN10 channel」) が入っていました。',
			en: 'No Microsoft article describes this event. The message is Windows\' own resource text (sppsvc.exe), and a real output pasted on Microsoft Q&A shows the same text ("Client log: Event ID 12308"); there the AO name held the KMS host key\'s description ("Windows(R) Operating System, VOLUME_KMS_2012-R2_WIN10 channel").',
		},
		sources: [S.messageTable, S.qa478271, S.adba, S.activationObject],
	},
	{
		key: 'spp-8213',
		id: 8213,
		provider: SPP,
		log: APPLICATION_LOG,
		logName: 'Application',
		machine: 'client',
		messages: [
			{
				text: 'Activation Object cannot be retrieved from Active Directory.',
				origin: 'windows-message-table',
			},
		],
		fields: ['errorCode', 'kmsId'],
		meaning: {
			ja: 'Active Directory からライセンス認証オブジェクトを取得できなかったことを示します (Error Code と Kms Id が続きます)。オブジェクトを取得できない ADBA クライアントは KMS によるライセンス認証を試みます。',
			en: 'The activation object could not be retrieved from Active Directory (Error Code and Kms Id follow). An ADBA client that cannot get the object falls back to KMS.',
		},
		action: null,
		codes: [],
		commands: ['slmgr /ao-list', 'slmgr /dlv'],
		disputed: {
			ja: `このイベントを説明した Microsoft の記事はなく、対処方法は未確認です。メッセージは Windows のメッセージ リソース (sppsvc.exe) の文です。${OUR_READING.ja} slmgr /ao-list でオブジェクトが見えるか、slmgr /dlv の説明が VOLUME_KMSCLIENT か (ADBA のトラブルシューティング記事の事例) を確認します。`,
			en: `No Microsoft article describes this event, and what to do is unconfirmed. The message is Windows' own resource text (sppsvc.exe). ${OUR_READING.en} check that slmgr /ao-list shows the object and that slmgr /dlv shows VOLUME_KMSCLIENT in its Description (the case in the ADBA troubleshooting article).`,
		},
		sources: [S.messageTable, S.adba, S.adbaClients],
	},
	{
		key: 'spp-8214',
		id: 8214,
		provider: SPP,
		log: APPLICATION_LOG,
		logName: 'Application',
		machine: 'client',
		messages: [
			{
				text: 'Active Directory Activation Object is not usable.',
				origin: 'windows-message-table',
			},
		],
		fields: ['errorCode', 'kmsId', 'aoName', 'aoDn'],
		meaning: {
			ja: 'Active Directory のライセンス認証オブジェクトが使えなかったことを示します (Error Code、Kms Id、AO Name、AO DN が続きます)。ADBA クライアントは、オブジェクトを自分の GVLK とエディションと照らし合わせます。',
			en: 'An Active Directory activation object was not usable (Error Code, Kms Id, AO Name and AO DN follow). An ADBA client compares the object with its GVLK and edition.',
		},
		action: null,
		codes: [],
		commands: ['slmgr /ao-list', 'slmgr /dlv'],
		disputed: {
			ja: `このイベントを説明した Microsoft の記事はなく、対処方法は未確認です。メッセージは Windows のメッセージ リソース (sppsvc.exe) の文です。${OUR_READING.ja} オブジェクトの KMS ホスト キーのグループがクライアントのバージョンを含むかを確認します。`,
			en: `No Microsoft article describes this event, and what to do is unconfirmed. The message is Windows' own resource text (sppsvc.exe). ${OUR_READING.en} check that the object's KMS host key group covers the client's version.`,
		},
		sources: [S.messageTable, S.adba],
	},
	{
		key: 'spp-8215',
		id: 8215,
		provider: SPP,
		log: APPLICATION_LOG,
		logName: 'Application',
		machine: 'client',
		messages: [
			{ text: 'Active Directory Activation has failed.', origin: 'windows-message-table' },
		],
		fields: ['errorCode', 'skuId'],
		meaning: {
			ja: 'Active Directory によるライセンス認証に失敗したことを示します (Error Code と Sku Id が続きます)。',
			en: 'Active Directory-based activation failed (Error Code and Sku Id follow).',
		},
		action: null,
		codes: [],
		commands: ['slmgr /dlv', 'slmgr /ao-list'],
		disputed: {
			ja: `このイベントを説明した Microsoft の記事はなく、対処方法は未確認です。メッセージは Windows のメッセージ リソース (sppsvc.exe) の文です。${OUR_READING.ja} Error Code をエラー コード一覧で引きます。`,
			en: `No Microsoft article describes this event, and what to do is unconfirmed. The message is Windows' own resource text (sppsvc.exe). ${OUR_READING.en} look the Error Code up in the error code reference.`,
		},
		sources: [S.messageTable, S.adba],
	},
	{
		key: 'unknown-16398',
		id: 16398,
		provider: null,
		log: null,
		logName: null,
		machine: 'any',
		messages: [],
		fields: [],
		meaning: {
			ja: 'KMS Lab は、このイベントの文と意味を示す資料を見つけられていません (未確認)。',
			en: "KMS Lab has found no source that gives this event's text or meaning (unconfirmed).",
		},
		action: null,
		codes: [],
		commands: [],
		disputed: {
			ja: 'イベント 16398 は実際の出力に現れますが、Microsoft のページにはなく、Windows 10 1803 までのソフトウェア保護サービス (sppsvc.exe) のメッセージ リソースにも 16398 に当たる文はありません (近くの 16384〜16394 は、サービスの再起動やタスクのスケジュール、ポリシーの更新、ダウンレベルの移行についての文です)。どのプロバイダーのイベントかも確認できていません。',
			en: "Event 16398 appears in real outputs, but no Microsoft page mentions it, and the Software Protection service's message resources (sppsvc.exe, up to Windows 10 1803) have no text for 16398 (the nearby IDs 16384–16394 cover restart and task scheduling, policy updates and downlevel migration). Which provider logs it is not confirmed either.",
		},
		sources: [S.messageTable],
	},
	{
		key: 'user32-1074',
		id: 1074,
		provider: 'User32',
		log: SYSTEM_LOG,
		logName: 'System',
		machine: 'any',
		messages: [
			{
				text: 'The process <path> (<computer>) has initiated the shutdown of computer <computer> on behalf of user <user> for the following reason: <reason>',
				origin: 'microsoft-page',
			},
		],
		fields: ['process', 'computer', 'user', 'reason', 'reasonCode', 'shutdownType', 'comment'],
		meaning: {
			ja: 'あるプロセスがコンピューターのシャットダウン (または再起動) を開始したことを、システム ログ (ソース User32) に記録します。どのプロセスが止めたかはメッセージの最初のパスでわかります。期限が切れた Windows Server の評価版は 1 時間ごとにシャットダウンし、アプリケーション ログに WLMS のイベント 100 を記録します。',
			en: 'A process started a shutdown (or restart) of the computer, recorded in the System log (source User32). The path at the start of the message tells which process did it. An expired Windows Server evaluation version shuts down every hour and logs WLMS event 100 in the Application log.',
		},
		action: {
			ja: 'メッセージのプロセスを確かめます。期限切れの評価版によるシャットダウンなら、アプリケーション ログに WLMS のイベント 100 があり、DISM /online /Get-CurrentEdition のエディション名に Eval が含まれます。その場合は、Microsoft が文書化した手順で製品版に変換します (ライフサイクルのガイドの「評価版」の節)。',
			en: 'Check the process in the message. If an expired evaluation version is shutting the machine down, the Application log has WLMS event 100 and DISM /online /Get-CurrentEdition shows an edition name with Eval; convert it to a licensed edition the way Microsoft documents (the "Evaluation editions" section of the lifecycle guide).',
		},
		codes: [],
		commands: [
			"Get-WinEvent -FilterHashtable @{LogName='System'; Id=1074} -MaxEvents 10 | Format-List TimeCreated, Message",
			"Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='WLMS'} -MaxEvents 5 | Format-List TimeCreated, Id, Message",
			'DISM /online /Get-CurrentEdition',
			'slmgr /dlv',
		],
		disputed: {
			ja: `${OUR_READING.ja} 期限切れの評価版では、1074 のプロセスが評価版のライセンス監視サービス (C:\\Windows\\system32\\wlms\\wlms.exe) になっている出力が多く見られます。Microsoft のページは、評価版のシャットダウンを 1074 と結び付けていません。`,
			en: `${OUR_READING.en} on expired evaluation versions, real outputs often show the evaluation licensing service (C:\\Windows\\system32\\wlms\\wlms.exe) as the process in 1074. No Microsoft page ties the evaluation shutdown to 1074.`,
		},
		sources: [S.wmiShutdown, S.eval2012],
	},
	{
		key: 'wlms-100',
		id: 100,
		provider: 'WLMS',
		log: APPLICATION_LOG,
		logName: 'Application',
		machine: 'any',
		messages: [
			{
				text: 'The license period for this installation of Windows has expired. The operating system will shut down every hour.',
				origin: 'microsoft-page',
			},
		],
		fields: [],
		meaning: {
			ja: 'Windows Server の評価版の評価期間 (180 日) が終わったことを示します。Microsoft の Windows Server 2012 の評価版のページによると、Standard と Datacenter では、デスクトップに「Windows License is expired」と表示され、ログオン時に「Activate now」と「Ask me later」を求められ、システムが 1 時間ごとにシャットダウンし、インストールできる更新プログラムはセキュリティ更新だけになり、アプリケーション ログにこのイベントが記録されます。Essentials は警告だけで、シャットダウンはしません。',
			en: 'A Windows Server evaluation version reached the end of its 180-day evaluation period. According to Microsoft\'s page on Windows Server 2012 evaluation versions, Standard and Datacenter show "Windows License is expired" on the desktop, offer "Activate now" and "Ask me later" at logon, shut down every hour, can install security updates only, and log this event in the Application log. Essentials only warns; it does not shut down.',
		},
		action: {
			ja: '製品版に変換します。Windows Server Standard / Datacenter は、DISM /online /Get-CurrentEdition と DISM /online /Get-TargetEditions で変換先を確かめ、DISM /online /Set-Edition:<変換先のエディション> /ProductKey:<プロダクト キー> /AcceptEula でリテールのキーを使って変換します。ボリューム ライセンスにするのはその後で、slmgr.vbs /ipk <プロダクト キー> を使います。ドメイン コントローラーは変換できません。',
			en: 'Convert it to a licensed version. For Windows Server Standard / Datacenter, check the targets with DISM /online /Get-CurrentEdition and DISM /online /Get-TargetEditions, then convert with a retail key: DISM /online /Set-Edition:<target edition> /ProductKey:<product key> /AcceptEula. Switch to a volume license afterwards with slmgr.vbs /ipk <product key>. A domain controller cannot be converted.',
		},
		codes: [],
		commands: [
			'DISM /online /Get-CurrentEdition',
			'DISM /online /Get-TargetEditions',
			'DISM /online /Set-Edition:<target edition> /ProductKey:<product key> /AcceptEula',
			'slmgr.vbs /ipk <product key>',
		],
		disputed: {
			ja: 'このイベントの文を示している Microsoft のページは、Windows Server 2012 の評価版のページです。Windows Server 2016 以降でも同じ文が記録されるかは、Microsoft のページでは確認できていません。',
			en: 'The Microsoft page that shows this text is the Windows Server 2012 evaluation page. Whether later versions log the same text is not confirmed by a Microsoft page.',
		},
		sources: [S.eval2012, S.evalConversion],
	},
];

const BY_KEY: ReadonlyMap<string, ActivationEvent> = new Map(
	ACTIVATION_EVENTS.map((event) => [event.key, event])
);

/** An event by its key (`spp-8198`, `wlms-100`, …). */
export function findActivationEvent(key: string): ActivationEvent | undefined {
	return BY_KEY.get(key);
}

/** Every event with this ID (several providers can share one). */
export function activationEventsWithId(id: number): readonly ActivationEvent[] {
	return ACTIVATION_EVENTS.filter((event) => event.id === id);
}
