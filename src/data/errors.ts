import {
	ERROR_MEANINGS,
	OUR_READING,
	canonicalErrorCode,
	type DocumentedErrorCode,
	type ErrorMeaning,
} from './errorMeanings.ts';
import type { Localized, Source } from './types.ts';
import {
	ACTIVATE_CLIENTS as WIN_CLIENTS_PAGE,
	ACTIVATION_ERROR_CODES as ERROR_CODES_PAGE,
	ADBA_ACTIVATION as ADBA_PAGE,
	ADBA_TROUBLESHOOTING as ADBA_TS_PAGE,
	AZURE_SAMPLES_145,
	ERROR_232A,
	ERROR_232B as DNS_232B_PAGE,
	ERROR_F015 as F015_PAGE,
	ERROR_F06C as F06C_PAGE,
	ERROR_F074 as F074_PAGE,
	ERROR_FE33 as FE33_PAGE,
	EVALUATION_CONVERSION as EVAL_CONVERSION_PAGE,
	EVENT_12293 as EVENT_12293_PAGE,
	KMS_COUNT_NOT_INCREASING as KMS_COUNT_PAGE,
	KMS_CREATE_HOST as CREATE_HOST_PAGE,
	KMS_DNS_PROCEDURES as KMS_DNS_PAGE,
	KMS_PLANNING as KMS_PLANNING_PAGE,
	KMS_TROUBLESHOOTING as KMS_GENERAL_PAGE,
	NOT_GENUINE_NOTIFICATIONS as NOT_GENUINE_PAGE,
	SLERROR_H,
	SLMGR_PAGE as SLMGR_PAGE,
} from './sources.ts';

/**
 * Activation error codes, in our own words in both languages: each code's meaning
 * (`src/data/errorMeanings.ts`, which the lab's command line also reads) with its cause, fix,
 * commands, lab scenes and sources.
 * `cause` and `fix` say only what the entry's `sources` say. Where the sources disagree or say
 * nothing, the entry carries `disputed` and `cause`/`fix` stay `null`: we never invent an answer
 * for a help-desk reader. Anything the site adds beyond its sources (a reading of ours, an assumed
 * fix) goes in `disputed`, labelled with `OUR_READING` (errorMeanings.ts).
 */
export interface ErrorCodeEntry extends ErrorMeaning {
	/** Where sources disagree, what is UNCONFIRMED, or the site's own reading (after `OUR_READING`). */
	readonly disputed?: Localized;
	/** Usual cause; null when no Microsoft source gives one (see `disputed`). */
	readonly cause: Localized | null;
	/** What to do; null when no Microsoft source gives a fix (see `disputed`). */
	readonly fix: Localized | null;
	/** Commands to run for the fix, exactly as typed. */
	readonly commands: readonly string[];
	/** Lab preset ids (`/simulator/?scenario=<id>`) that reproduce this code. */
	readonly scenes: readonly string[];
	readonly sources: readonly Source[];
}

type ErrorDetails = Omit<ErrorCodeEntry, keyof ErrorMeaning>;

const TS = 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/';

const SL_API_PAGE: Source = {
	title: 'SLInstallProofOfPurchaseEx function (slpublic.h)',
	url: 'https://learn.microsoft.com/windows/win32/api/slpublic/nf-slpublic-slinstallproofofpurchaseex',
};
const SL_GENUINE_PAGE: Source = {
	title: 'SLSetGenuineInformation function (slpublic.h)',
	url: 'https://learn.microsoft.com/windows/win32/api/slpublic/nf-slpublic-slsetgenuineinformation',
};
const WININET_ERRORS_PAGE: Source = {
	title: 'Error Messages (Wininet.h)',
	url: 'https://learn.microsoft.com/windows/win32/wininet/wininet-errors',
};
const DNS_232A_PAGE: Source = {
	title: 'Error 0x8007232A "DNS server failure" when you activate Windows',
	url: ERROR_232A.url,
};
const E015_PAGE: Source = {
	title: 'Error 0xC004E015 (SL_E_EUL_CONSUMPTION_FAILED) when you activate Windows',
	url: `${TS}error-0xc004e015-sl-e-eul-consumption-failed-activate-windows`,
};
const TOKENS_DAT_PAGE: Source = {
	title:
		'How to rebuild the Tokens.dat file when you troubleshoot Windows activation issues (KB 2736303)',
	url: `${TS}rebuild-tokens-dotdat-file`,
};
const SLMGR_VBS_TEXT: Source = {
	title: 'slmgr.vbs (%SystemRoot%\\System32, Microsoft), its built-in strings',
	url: SLMGR_PAGE.url,
};
const COM_ERRORS_PAGE: Source = {
	title: 'Generic COM error codes',
	url: 'https://learn.microsoft.com/windows/win32/adsi/generic-com-error-codes',
};
const KMS_KEYS_2017: Source = {
	title: 'KMS client setup keys, 2017 revision (MicrosoftDocs/windowsserverdocs)',
	url: 'https://github.com/MicrosoftDocs/windowsserverdocs/blob/01bda6f7cca9957ad12f73f04539714822893fb0/WindowsServerDocs/get-started/KMSclientkeys.md',
};

/** Shared wording for entries whose cause and fix no Microsoft source gives. */
const NO_CONFIRMED_FIX: Localized = {
	ja: 'Microsoft Learn のライセンス認証のページには、このコードの原因と対処方法が載っていません (未確認)。推測で対処せず、`slmgr /dlv` の出力とイベント ログを添えて Microsoft サポートに問い合わせてください。',
	en: 'The Microsoft Learn activation pages give no cause or fix for this code (unconfirmed). Rather than guess, contact Microsoft Support with the `slmgr /dlv` output and the event logs.',
};

/** Cause, fix, commands, scenes and sources of every code in `errorMeanings.ts` (the type requires all). */
const DETAILS: Readonly<Record<DocumentedErrorCode, ErrorDetails>> = {
	'0xC004F074': {
		cause: {
			ja: 'クライアントが試したすべての KMS ホストがエラーを返したときに、クライアントの slmgr /ato がこのコードを表示します。Microsoft が挙げる原因は次のとおりです: KMS ホストでソフトウェア保護サービス (sppsvc) が停止している、クライアントと KMS ホストの間で TCP 1688 がブロックされているなどのネットワークの問題、DNS にある KMS ホストのレコード (_VLMCS の SRV レコードや A レコード) が誤っているか古い、KMS ホストがクライアントのバージョンに対応していない (KMS ホストに更新プログラムが必要)、クライアントと KMS ホストの時刻が 4 時間を超えてずれている。時刻のずれの場合も slmgr に表示されるのは 0xC004F074 です。0xC004F06C は、クライアントのイベント 12288 (Windows ログ > Application) の最初の値と、KMS ホストのイベント 12290 (アプリケーションとサービス ログ > Key Management Service) に記録されます。',
			en: "slmgr /ato on the client reports this code when every KMS host the client tried returned an error. The causes Microsoft lists: the Software Protection service (sppsvc) is stopped on the KMS host; a network problem between client and host, such as TCP 1688 being blocked; a wrong or old KMS host record (_VLMCS SRV record or A record) in DNS; a KMS host that does not support the client's version (the host needs an update); or client and host clocks more than 4 hours apart. With clock skew too, slmgr shows 0xC004F074: 0xC004F06C is recorded as the first field of the client's event 12288 (Windows Logs > Application) and in the KMS host's event 12290 (Applications and Services Logs > Key Management Service).",
		},
		fix: {
			ja: 'クライアントの Application ログで、そのライセンス認証の試行に対応するイベント 12288 をすべて開き、それぞれのエラーを確認します。そのうえで、KMS ホストの sppsvc が動いているか (止まっていれば起動)、TCP 1688 に接続できるか、DNS マネージャーの _tcp にある _VLMCS の SRV レコードと KMS ホストの A レコードが正しいか、時刻が合っているか、KMS ホストに必要な更新プログラムが入っているかを確認します。',
			en: "Open every event 12288 of the activation attempt in the client's Application log and read each error. Then check that sppsvc runs on the KMS host (start it if it is stopped), that TCP 1688 can be reached, that the _VLMCS SRV record under _tcp and the host's A record are right in DNS Manager, that the clocks agree, and that the KMS host has the updates it needs.",
		},
		commands: [
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288} -MaxEvents 10",
			'Test-NetConnection -ComputerName <KMS host> -Port 1688',
			'nslookup -type=all _vlmcs._tcp',
			'w32tm /resync',
		],
		scenes: ['firewall'],
		sources: [F074_PAGE, ERROR_CODES_PAGE, F06C_PAGE],
	},
	'0xC004F038': {
		cause: {
			ja: 'KMS ホストの現在の数が足りません。しきい値は Windows Server で 5 以上、Windows クライアントで 25 以上です。現在の数は過去 30 日に接続してきたコンピューターの数なので、台数が足りないか、sysprep /generalize をしていないイメージから複製したためにクライアント コンピューター ID (CMID) が重複しています (台数は十分なのに現在の数が 1 から増えません)。',
			en: "The KMS host's current count is too low. The threshold is 5 or more for Windows Server and 25 or more for Windows clients. The count covers the machines that contacted the host in the last 30 days, so either there are too few, or clones of an image that was not generalized with sysprep /generalize share one client machine ID (CMID) (enough machines, but the count stays at 1).",
		},
		fix: {
			ja: 'KMS ホストで slmgr /dli を実行して現在の数を確認し、KMS のプールにコンピューターを加えます。CMID が重複している場合は、ベース イメージを作り直します。参照コンピューターを sysprep /generalize で一般化し (応答ファイルで SkipRearm を使わない)、キャプチャしたイメージでクライアントを展開し直します。',
			en: 'Run slmgr /dli on the KMS host to read the current count, and add computers to the KMS pool. If the CMIDs are duplicated, rebuild the base image: generalize the reference computer with sysprep /generalize (no SkipRearm in the answer file), capture it, and redeploy the clients from the new image.',
		},
		commands: ['slmgr /dli', 'slmgr /dlv'],
		scenes: ['threshold', 'cloned-image'],
		sources: [ERROR_CODES_PAGE, KMS_PLANNING_PAGE, KMS_GENERAL_PAGE, KMS_COUNT_PAGE],
	},
	'0xC004F039': {
		cause: {
			ja: 'クライアントから KMS ホストまでのネットワーク経路、または TCP 1688 が通っていません。',
			en: 'The network path from the client to the KMS host, or TCP 1688, is blocked.',
		},
		fix: {
			ja: 'ネットワーク経路と TCP 1688 への到達性を確認します。',
			en: 'Check the network path and that TCP 1688 can be reached.',
		},
		commands: ['Test-NetConnection -ComputerName <KMS host> -Port 1688'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F041': {
		cause: {
			ja: 'KMS ホスト キー (CSVLK) をインストールした後、KMS ホストを Microsoft でライセンス認証していません。',
			en: 'The KMS host key (CSVLK) was installed but the host was never activated with Microsoft.',
		},
		fix: {
			ja: 'KMS ホストをオンラインまたは電話でライセンス認証します。',
			en: 'Activate the KMS host online or by phone.',
		},
		commands: ['slmgr /ato', 'slmgr /dlv'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F042': {
		cause: {
			ja: 'クライアントが、そのソフトウェアを認証できない KMS ホストに接続しました。Microsoft は、アプリケーション用と OS 用に別々の KMS ホストがある環境でよく起きるとしています。KMS ホスト キーのグループがクライアントのバージョンを含んでいない KMS ホストもこれに当たります (例: Windows Server 2019 のグループは Windows 11 を含みません)。その場合、KMS ホストでは「Failed requests received」の数が増えます。',
			en: 'The client reached a KMS host that cannot activate its software. Microsoft notes this is common where separate KMS hosts activate applications and operating systems. A KMS host whose host key group does not include the client\'s version is such a host too (the Windows Server 2019 group, for example, does not include Windows 11); on that host "Failed requests received" rises.',
		},
		fix: {
			ja: 'クライアントが正しい KMS ホストに接続しているか確認します (特定のアプリケーションや OS 用の KMS ホストを使っている場合)。KMS ホスト キーのグループがクライアントを含まない場合は、クライアントを含むグループの KMS ホスト キーをインストールし、KMS ホストに必要な更新プログラムを適用します。',
			en: 'Make sure the clients connect to the right KMS host, especially if specific hosts activate specific applications or operating systems. If the host key group does not cover the client, install a host key whose group does, with the updates the KMS host needs.',
		},
		commands: ['slmgr /dlv', 'slmgr /skms <KMS host>:1688'],
		scenes: ['old-host-key'],
		sources: [ERROR_CODES_PAGE, KMS_PLANNING_PAGE, KMS_GENERAL_PAGE],
	},
	'0xC004F06C': {
		cause: {
			ja: 'KMS ホストが、要求のタイムスタンプを無効と判断しました。クライアントと KMS ホストの時刻が 4 時間を超えてずれていると起きます。比較は UTC で行われるため、タイム ゾーンの違いは関係ありません。Microsoft は、Windows Time サービスが動いていない、NtpClient タイム プロバイダーが有効になっていない、ドメイン参加コンピューターが AD DS と時刻を同期していない、という状況を挙げています。このコードが見える場所: クライアントの slmgr /ato が表示するのは 0xC004F074 で、このコードではありません。0xC004F06C は、クライアントのイベント 12288 (Windows ログ > Application) の最初の値 (HRESULT) と、KMS ホストのイベント 12290 (アプリケーションとサービス ログ > Key Management Service) の最初の値に記録されます。Microsoft の 0xC004F074 の記事は、12288 と 12290 に 0xC004F06C が記録される事例で、失敗の理由として時刻のずれのほかに、クライアントと KMS ホストのサポート バージョンの不一致も挙げています (例として、Windows Server 2003 や Windows Server 2008 の KMS ホストが Windows 7 / Windows Server 2008 R2 のクライアントを認証するには、KMS ホストに更新が必要でした)。Info 欄の 0xC004F06C そのものについては、記事は時刻のずれと結び付けています。',
			en: "The KMS host judged the request's timestamp invalid: the client's and host's clocks differ by more than 4 hours. They are compared in UTC, so time zones do not matter. Microsoft lists these conditions: the Windows Time service is not working, the NtpClient time provider is not enabled, or a domain-joined computer does not sync its time with AD DS. Where you see it: slmgr /ato on the client reports 0xC004F074, not this code. 0xC004F06C is the first field (HRESULT) of the client's event 12288 (Windows Logs > Application) and the first field of the KMS host's event 12290 (Applications and Services Logs > Key Management Service). For the case where 12288 and 12290 carry 0xC004F06C, Microsoft's 0xC004F074 article names a second reason for the failure besides the time difference: a support version mismatch between client and KMS host (its example: a KMS host on Windows Server 2003 or Windows Server 2008 needed an update to activate Windows 7 / Windows Server 2008 R2 clients). The article ties 0xC004F06C in the Info field itself to the time difference.",
		},
		fix: {
			ja: '時刻を同期します。Windows Time サービスが動いていることを確認し、ドメイン参加コンピューターは AD DS の時刻の階層 (W32Time の Type が NT5DS) で、ドメインに参加していないコンピューターは NtpClient プロバイダーを有効にして NTP で同期させます。クライアントでは w32tm /resync で同期し直せます。KMS ホストがクライアントより古い場合は、KMS ホストに必要な更新プログラムを入れます (KMS activation planning の「KMS host required updates」)。',
			en: 'Synchronize the clocks: make sure the Windows Time service runs; domain-joined computers sync with the AD DS time hierarchy (W32Time Type NT5DS), and computers outside a domain use NTP with the NtpClient provider enabled. On the client, w32tm /resync resynchronizes. If the KMS host is older than the client, install the update the host needs ("KMS host required updates" on the KMS activation planning page).',
		},
		commands: ['w32tm /query /status /verbose', 'w32tm /resync'],
		scenes: ['clock-skew'],
		sources: [F06C_PAGE, F074_PAGE, ERROR_CODES_PAGE, KMS_PLANNING_PAGE],
	},
	'0xC004F035': {
		cause: {
			ja: 'コンピューターの BIOS に、対象となるエディションの Windows を実行する OEM システムであることを示すマーカーがありません (Windows 7 の例)。Windows 7 のボリューム ライセンス版はアップグレード用としてだけライセンスされるため、対象となる OS がないコンピューターにはインストールできません。',
			en: "The computer's BIOS lacks the Windows marker that identifies it as an OEM system running a qualifying edition (Microsoft's example is Windows 7). Windows 7 volume editions are licensed only as upgrades, so they are not supported on a computer without a qualifying operating system.",
		},
		fix: {
			ja: 'プロダクト キーを有効な MAK かリテール キーに変更し、もう一度ライセンス認証します (対象となる OS のライセンスとボリューム ライセンスのアップグレード ライセンス、またはリテールの完全なライセンスが必要です)。その際に 0x80072EE2 が出る場合は電話でライセンス認証します: slmgr /dti でインストール ID を表示し、ライセンス認証窓口から受け取った確認 ID を slmgr /atp で入力します。',
			en: 'Change the product key to a valid MAK or retail key and activate again (you need a qualifying OS license plus a volume upgrade license, or a full retail license). If that attempt fails with 0x80072EE2, activate by phone: slmgr /dti shows the Installation ID, and slmgr /atp installs the Confirmation ID the Activation Center gives you.',
		},
		commands: [
			'slmgr /ipk <MAK or retail key>',
			'slmgr /ato',
			'slmgr /dti',
			'slmgr /atp <Confirmation ID>',
		],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F050': {
		disputed: {
			ja: `Microsoft の KMS クライアント セットアップ キーのページの以前の版 (2017 年) は、Windows 8.1、Windows Server 2012 R2 以降のシステムのライセンス認証で出る「Error: 0xC004F050 The Software Licensing Service reported that the product key is invalid」を直すには、KMS ホストが Windows 8.1、Windows Server 2012 R2、Windows 8、Windows Server 2012 の場合に KB3172614 をインストールする、と案内していました。現在のページにこの記述はなく、エラー コードのページも KB3172614 には触れていません。${OUR_READING.ja} KB3172614 は Windows Server 2012 R2 / Windows 8.1 の KMS ホストが Windows Server 2016 と Windows 10 を認証するための更新なので、KMS ホストより新しいクライアントでこのエラーが出たら、KMS ホストの更新を確認します。`,
			en: `An older revision (2017) of Microsoft's KMS client setup keys page said: to fix "Error: 0xC004F050 The Software Licensing Service reported that the product key is invalid" when activating Windows 8.1, Windows Server 2012 R2 or a newer system, install KB3172614 on the KMS host if it runs Windows 8.1, Windows Server 2012 R2, Windows 8 or Windows Server 2012. The current page no longer says this, and the error-code page does not mention KB3172614. ${OUR_READING.en} KB3172614 lets a Windows Server 2012 R2 / Windows 8.1 KMS host activate Windows Server 2016 and Windows 10, so if clients newer than the host get this error, check the host's updates.`,
		},
		cause: {
			ja: '入力ミスか、一般公開版の OS にベータ版のキーを使ったことです。',
			en: 'A typo, or a beta key used on a generally available version of the OS.',
		},
		fix: {
			ja: 'その Windows のバージョンに合った正しいキーを入力し直します。文字を正しく入力したか確かめ、貼り付けた場合はハイフンがダッシュ (—) に置き換わっていないか確認します。',
			en: 'Install the correct key for this version of Windows. Check the characters, and if you pasted the key, check that the clipboard did not turn the hyphens into em dashes.',
		},
		commands: ['slmgr /ipk <product key>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE, KMS_PLANNING_PAGE, KMS_KEYS_2017],
	},
	'0xC004F051': {
		cause: {
			ja: 'このプロダクト キーは Microsoft によってブロックされています。',
			en: 'Microsoft has blocked the product key.',
		},
		fix: {
			ja: '新しい MAK または KMS ホスト キーを入手してインストールし、もう一度ライセンス認証します。',
			en: 'Get a new MAK or KMS host key, install it, and activate again.',
		},
		commands: ['slmgr /ipk <product key>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F009': {
		disputed: {
			ja: `${OUR_READING.ja} KMS クライアントでは、長く KMS ホストに接続できなかった場合に起きると考えられます。社内ネットワークにつないで slmgr /ato を実行します。`,
			en: `${OUR_READING.en} on a KMS client, expect it after a long time without reaching a KMS host. Connect to the corporate network and run slmgr /ato.`,
		},
		cause: {
			ja: 'ライセンス認証をする前に猶予期間が終わりました。システムは通知状態になっています。',
			en: 'The grace period ended before the system was activated. The system is in the Notifications state.',
		},
		fix: {
			ja: 'マイクロソフト ライセンス認証専用窓口に問い合わせます。',
			en: 'Contact a Microsoft Licensing Activation Center for help.',
		},
		commands: [],
		scenes: ['laptop-away'],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004FC07': {
		disputed: {
			ja: `原因と対処方法を書いた Microsoft のページはありません (未確認)。${OUR_READING.ja} 期限が切れた評価版 (slmgr /dlv の説明に EVAL を含むもの) の出力で、「Notification Reason」(通知の理由) にこのコードが表示されている例が多く見られます。評価版なら、ライフサイクルのガイドの「評価版」の節にある、Microsoft が文書化した変換の手順を確認します。`,
			en: `No Microsoft page gives a cause or fix (unconfirmed). ${OUR_READING.en} outputs of expired evaluation editions (slmgr /dlv shows EVAL in the Description) often show this code on the "Notification Reason" line. For an evaluation edition, see the conversion Microsoft documents, in the "Evaluation editions" section of the lifecycle guide.`,
		},
		cause: null,
		fix: null,
		commands: ['slmgr /dlv', 'DISM /online /Get-CurrentEdition'],
		scenes: [],
		sources: [SLERROR_H],
	},
	'0xC004F00F': {
		cause: {
			ja: 'ハードウェアが変更されたか、ドライバーが更新されました。',
			en: 'The hardware changed or its drivers were updated.',
		},
		fix: {
			ja: 'MAK の場合は、OOT の猶予期間内にオンラインまたは電話で再度ライセンス認証します。KMS クライアントの場合は再起動するか slmgr /ato を実行します。',
			en: 'MAK: reactivate online or by phone during the out-of-tolerance (OOT) grace period. KMS client: restart Windows, or run slmgr /ato.',
		},
		commands: ['slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F014': {
		cause: {
			ja: 'プロダクト キーがアンインストールされたか、最初から入っていません。',
			en: 'The product key was uninstalled or was never installed.',
		},
		fix: {
			ja: 'MAK で運用するなら MAK を、KMS で運用するなら KMS クライアント セットアップ キー (GVLK) をインストールします。GVLK はインストール メディアの \\sources\\pid.txt にも記載されています。',
			en: 'For MAK, install the MAK. For KMS, install the KMS client setup key (GVLK), which is also listed in \\sources\\pid.txt on the media.',
		},
		commands: ['slmgr /ipk <GVLK or MAK>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F015': {
		disputed: {
			ja: '上の原因と対処方法は、KB 3086418 の事例 (Windows Server 2012 R2 または 2008 R2 の KMS ホストで Windows 10 Enterprise を認証する場合) に限られます。ほかの場面でこのコードが出たときの原因は、Microsoft のページにありません (未確認)。',
			en: 'The cause and fix above are those of KB 3086418 only (activating Windows 10 Enterprise on a Windows Server 2012 R2 or 2008 R2 KMS host). No Microsoft page gives the cause when the code appears elsewhere (unconfirmed).',
		},
		cause: {
			ja: 'Microsoft の記事 (KB 3086418) では、Windows Server 2012 R2 (または 2008 R2) の KMS ホストに Windows 10 用の KMS ホスト キー (クライアント向けの CSVLK) を入れていると、Windows 10 Enterprise をライセンス認証できず、KMS ホストのイベント 12290 に 0xC004F015 が記録されます (エラーの詳細は 0xC004F042 SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH)。この環境では、更新された「WS2012R2+Win10」の KMS ホスト キーが必要です。',
			en: 'In Microsoft\'s article (KB 3086418), a Windows Server 2012 R2 (or 2008 R2) KMS host that has the Windows 10 KMS host key (the client CSVLK) cannot activate Windows 10 Enterprise, and the host logs 0xC004F015 in event 12290 (error details: 0xC004F042, SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH). Such an environment needs the updated "WS2012R2+Win10" KMS host key.',
		},
		fix: {
			ja: 'ボリューム ライセンス サービス センター (VLSC) の Product Keys で「Windows Srv 2012R2 DataCtr/Std KMS for Windows 10」のキーを探し、KMS ホストにインストールしてライセンス認証します。前提として、Windows Server 2012 R2 の KMS ホストには更新プログラム 3172614、Windows Server 2008 R2 の KMS ホストには 3079821 が必要です。',
			en: 'In the Volume Licensing Service Center (VLSC), under Product Keys, find the key "Windows Srv 2012R2 DataCtr/Std KMS for Windows 10", install it on the KMS host and activate it. Prerequisites: update 3172614 on a Windows Server 2012 R2 KMS host, update 3079821 on a Windows Server 2008 R2 KMS host.',
		},
		commands: ['slmgr /ipk <KMS host key>', 'slmgr /ato', 'slmgr /dlv'],
		scenes: [],
		sources: [F015_PAGE, SLERROR_H, KMS_PLANNING_PAGE],
	},
	'0xC004F025': {
		cause: {
			ja: 'その操作には管理者特権が必要です (slerror.h の説明は「the action requires administrator privilege」)。slmgr.vbs は、このコードに「Access denied: the requested action requires elevated privileges」という文を表示します。プロダクト キーのインストールなど、slmgr のオプションの多くは管理者特権で実行する必要があります。',
			en: 'The action needs administrator privileges (slerror.h: "the action requires administrator privilege"). slmgr.vbs prints "Access denied: the requested action requires elevated privileges" for this code. Many slmgr options, such as installing a product key, must run elevated.',
		},
		fix: {
			ja: 'コマンド プロンプトか PowerShell を「管理者として実行」で開き、同じコマンドを実行し直します。',
			en: 'Open Command Prompt or PowerShell with "Run as administrator" and run the same command again.',
		},
		commands: [],
		scenes: [],
		sources: [SLERROR_H, SLMGR_VBS_TEXT, SLMGR_PAGE],
	},
	'0xC004F02C': {
		cause: {
			ja: '電話によるライセンス認証で入力したデータが正しくありません。',
			en: 'The data entered during phone activation is not valid.',
		},
		fix: {
			ja: '確認 ID (CID) を正しく入力し直します。',
			en: 'Enter the Confirmation ID (CID) again, correctly.',
		},
		commands: ['slmgr /dti', 'slmgr /atp <Confirmation ID>'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F064': {
		cause: {
			ja: 'Windows Activation Technologies がこのシステムを正規品ではないと判断しました。',
			en: 'Windows Activation Technologies decided the system is not genuine.',
		},
		fix: {
			ja: 'Microsoft のライセンス認証窓口に問い合わせます。',
			en: 'Contact a Microsoft Activation Center.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F065': {
		disputed: {
			ja: 'エラー コードのページは 0xC004F065 と書いていますが、slerror.h でこの名前が付いているのは情報コードの 0x4004F065 です。名前は 0x4004F065 のものとして読んでください。',
			en: 'The error-code page lists 0xC004F065, but slerror.h gives this name to the informational code 0x4004F065. Read the name as belonging to 0x4004F065.',
		},
		cause: {
			ja: 'Windows Activation Technologies がこのシステムを正規品ではないと判断しました。',
			en: 'Windows Activation Technologies decided the system is not genuine.',
		},
		fix: {
			ja: '猶予期間が終わる前に正規のキーをインストールしてライセンス認証します。終わると通知状態になります。',
			en: 'Install a genuine key and activate before the grace period ends; after that the system enters the Notifications state.',
		},
		commands: ['slmgr /ipk <product key>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE, SLERROR_H],
	},
	'0xC004F200': {
		disputed: {
			ja: 'Microsoft の記事は、2019 年 1 月の Windows 7 の事例だけを扱っています。Windows 10 以降でこのコードが出たときの原因と対処方法は、Microsoft のページにありません (未確認)。',
			en: "Microsoft's article covers only the January 2019 Windows 7 case. No Microsoft page gives a cause or fix for this code on Windows 10 or later (unconfirmed).",
		},
		cause: {
			ja: "slerror.h の意味は「現在の状態が正規品ではない」です。Microsoft の記事 (KB 4487266) は、2019 年 1 月 8 日ごろ、KB 971033 を入れたボリューム ライセンス版 Windows 7 SP1 の KMS クライアントで起きた事例を説明しています。Microsoft のライセンス認証・検証サーバーの変更が原因で (1 月 9 日に元に戻されました)、「Windows is not genuine」の通知が出て、slmgr /dlv は「License Status: Notification」と「Notification Reason: 0xC004F200 (non-genuine).」を表示し、slmgr /ato は「Windows is running within the non-genuine notification period. Run 'slui.exe' to go online and validate Windows.」で失敗しました。",
			en: 'slerror.h: the current state is not genuine. Microsoft\'s article (KB 4487266) describes volume-licensed Windows 7 SP1 KMS clients with KB 971033 installed, around January 8, 2019: a change on Microsoft\'s activation and validation servers (reverted on January 9) brought "Windows is not genuine" notifications, slmgr /dlv showed "License Status: Notification" with "Notification Reason: 0xC004F200 (non-genuine).", and slmgr /ato failed with "Windows is running within the non-genuine notification period. Run \'slui.exe\' to go online and validate Windows."',
		},
		fix: {
			ja: 'KB 4487266 の手順 (Windows 7): KB 971033 をアンインストールし (wusa /uninstall /kb:971033)、記事のコマンドでライセンス認証関連のファイルを作り直してから (sppuinotify と sppsvc を止め、tokens.dat と cache.dat などを削除し、sppsvc を起動)、エディションに合った GVLK を slmgr /ipk で入れて slmgr /ato でライセンス認証します。',
			en: "KB 4487266's steps (Windows 7): uninstall KB 971033 (wusa /uninstall /kb:971033), rebuild the activation files with the article's commands (stop sppuinotify and sppsvc, delete tokens.dat, cache.dat and the other listed files, start sppsvc), then install the edition's GVLK with slmgr /ipk and activate with slmgr /ato.",
		},
		commands: ['slmgr /dlv', 'wusa /uninstall /kb:971033', 'slmgr /ipk <GVLK>', 'slmgr /ato'],
		scenes: [],
		sources: [NOT_GENUINE_PAGE, SLERROR_H, SLMGR_VBS_TEXT],
	},
	'0xC004F066': {
		disputed: {
			ja: '出典の説明が食い違っています。slerror.h と API ドキュメントは上記の意味ですが、slmgr.vbs のメッセージは「製品 SKU が見つからない」です。原因と対処方法は未確認です。',
			en: 'The sources disagree: slerror.h and the API documentation say the above; the message inside slmgr.vbs says "product SKU is not found". Cause and fix are unconfirmed.',
		},
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H, SL_GENUINE_PAGE],
	},
	'0xC004F068': {
		disputed: {
			ja: '未確認です。このコードを仮想マシンと結び付ける Microsoft 以外のページがありますが、slerror.h で仮想マシンに関するコードは 0xC004F06B です。その説明は採用していません。',
			en: 'Unconfirmed. A non-Microsoft page links this code to virtual machines, but in slerror.h the virtual-machine code is 0xC004F06B, so we do not repeat that claim.',
		},
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H],
	},
	'0xC004F069': {
		disputed: {
			ja: `${OUR_READING.ja} キーがこのエディション (SKU) のものではないと考えられます。slmgr /dlv の Name のエディションに合ったキーを使います。Windows Server の評価版の場合、Microsoft が文書化しているのは、DISM /Set-Edition とリテールのプロダクト キーで製品版に変換し、その後 slmgr /ipk でボリューム ライセンスのキーを入れる手順です (Upgrade and conversion options for Windows Server)。評価版に GVLK を入れるとこのコードになるかどうかは未確認です。`,
			en: `${OUR_READING.en} the key is probably not for this edition (SKU); use a key for the edition in the Name line of slmgr /dlv. For a Windows Server evaluation edition, what Microsoft documents is converting it to retail with DISM /Set-Edition and a retail product key, then installing a volume license key with slmgr /ipk (Upgrade and conversion options for Windows Server). Whether a GVLK on an evaluation edition gives this code is unconfirmed.`,
		},
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SL_API_PAGE, SLERROR_H, EVAL_CONVERSION_PAGE],
	},
	'0xC004F06B': {
		disputed: {
			ja: '現在のバージョンでの原因と対処方法は未確認です。',
			en: 'Cause and fix on current versions are unconfirmed.',
		},
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H],
	},
	'0xC004F081': {
		disputed: {
			ja: `${OUR_READING.ja} 原因と対処方法を書いた Microsoft のページはありません。クライアントはエディション (GVLK) に合うライセンス認証オブジェクトで認証されるので、フォレストに合うオブジェクトがないと考えられます。slmgr /ao-list で確認し、なければ slmgr /ad-activation-online <CSVLK> で作成します。`,
			en: `${OUR_READING.en} no Microsoft page gives a cause or fix. A client activates with an activation object that matches its edition (GVLK), so the forest probably has none for it. Check with slmgr /ao-list; create one with slmgr /ad-activation-online <CSVLK>.`,
		},
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H, ADBA_PAGE, SLMGR_PAGE],
	},
	'0xC004F082': {
		cause: {
			ja: 'ライセンス認証オブジェクトの名前は Unicode で 40 文字までです。',
			en: 'Activation object names are limited to 40 Unicode characters.',
		},
		fix: {
			ja: '40 文字以内の名前を指定してやり直します。',
			en: 'Run the command again with a name of 40 characters or fewer.',
		},
		commands: ['slmgr /ad-activation-online <CSVLK> <AO name>'],
		scenes: [],
		sources: [SLERROR_H, SLMGR_PAGE],
	},
	'0xC004F083': {
		cause: {
			ja: 'フォレストのスキーマが、Active Directory によるライセンス認証に必要なものに更新されていません。Active Directory によるライセンス認証には、サポートされているサーバー OS の adprep.exe でフォレストのスキーマを更新しておく必要があります。',
			en: 'The forest schema has not been updated for Active Directory-based activation, which requires the forest schema to be updated with adprep.exe from a supported server OS.',
		},
		fix: {
			ja: 'サポートされているサーバー OS の adprep.exe でフォレストのスキーマを更新します。スキーマを更新した後は、古いドメイン コントローラーもクライアントを認証できます。Active Directory によるライセンス認証の構成はフォレスト全体の設定を変えるため、Enterprise Admins のメンバーシップが必要です。',
			en: 'Update the forest schema with adprep.exe from a supported server OS; after that, older domain controllers can still activate clients. Setting up Active Directory-based activation changes forest-wide settings, so it needs Enterprise Admins membership.',
		},
		commands: ['adprep /forestprep'],
		scenes: [],
		sources: [SLERROR_H, ADBA_PAGE],
	},
	'0xC004C001': {
		cause: {
			ja: '入力した MAK が有効ではありません。',
			en: 'The MAK that was entered is not valid.',
		},
		fix: {
			ja: 'MAK を入力し直して、正しく入力したか確かめます。解決しない場合は、マイクロソフト ライセンス認証専用窓口に MAK が有効かどうか確認します。',
			en: 'Enter the MAK again to make sure it is right; otherwise ask a Microsoft Licensing Activation Center whether the MAK is valid.',
		},
		commands: ['slmgr /ipk <MAK>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004C003': {
		cause: {
			ja: 'この MAK はライセンス認証サーバーでブロックされています。',
			en: 'The MAK is blocked on the activation server.',
		},
		fix: {
			ja: 'マイクロソフト ライセンス認証専用窓口から新しい MAK を入手し、インストールしてもう一度ライセンス認証します。',
			en: 'Get a new MAK from a Microsoft Licensing Activation Center, install it, and activate again.',
		},
		commands: ['slmgr /ipk <MAK>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004C008': {
		cause: {
			ja: 'KMS ホスト キーがライセンス認証の上限を超えました。1 つの KMS ホスト キー (CSVLK) でライセンス認証できる KMS ホストは、最初の 1 台に加えて最大 5 台、合計 6 台までで、各ホストは同じキーで最大 9 回まで再認証できます。',
			en: 'The KMS host key has exceeded its activation limit. One KMS host key (CSVLK) activates the first KMS host plus up to 5 more, 6 hosts in all, and each host can be reactivated up to 9 times with the same key.',
		},
		fix: {
			ja: 'マイクロソフト ライセンス認証専用窓口に、追加のライセンス認証 (例外) を依頼します。',
			en: 'Ask a Microsoft Licensing Activation Center for more activations (an exception).',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE, KMS_PLANNING_PAGE],
	},
	'0xC004C020': {
		cause: {
			ja: 'MAK のライセンス認証の回数が上限を超えました。MAK で認証できる回数はボリューム ライセンス契約に基づいてあらかじめ決まっています。',
			en: 'The MAK has exceeded its activation limit. Each MAK allows a preset number of activations, based on the volume licensing agreement.',
		},
		fix: {
			ja: 'マイクロソフト ライセンス認証専用窓口に、追加のライセンス認証を依頼します。',
			en: 'Ask a Microsoft Licensing Activation Center for more activations.',
		},
		commands: [],
		scenes: ['mak'],
		sources: [ERROR_CODES_PAGE, WIN_CLIENTS_PAGE],
	},
	'0xC004C021': {
		cause: {
			ja: 'MAK のライセンス認証の回数が上限を超えました (Microsoft のページは 0xC004C020 と同じ原因を挙げています。メッセージは「延長の上限を超えた」です)。',
			en: "The MAK has exceeded its activation limit (Microsoft's page gives the same cause as for 0xC004C020; the message says the extension limit was exceeded).",
		},
		fix: {
			ja: 'マイクロソフト ライセンス認証専用窓口に、延長の上限を増やすための追加のライセンス認証を依頼します。',
			en: 'Ask a Microsoft Licensing Activation Center for more activations to raise the extension limit.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004B100': {
		cause: {
			ja: 'Microsoft が、使用している MAK をサポートしていません。',
			en: 'Microsoft does not support the MAK being used.',
		},
		fix: {
			ja: '使っている MAK が Microsoft から提供されたものと同じか確かめ、マイクロソフト ライセンス認証専用窓口に MAK が有効かどうか確認します。',
			en: 'Check that the MAK is the one Microsoft gave you, and ask a Microsoft Licensing Activation Center whether it is valid.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004E003': {
		disputed: NO_CONFIRMED_FIX,
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H],
	},
	'0xC004E015': {
		cause: {
			ja: "Microsoft の記事によると、C:\\Windows\\System32\\spp\\store\\2.0\\tokens.dat が壊れているときに、ライセンス認証でこのエラーが出ます。slmgr の表示は「Error: 0xC004E015 On a computer running Microsoft Windows non-core edition, run 'slui.exe 0x2a 0xC004E015' to display the error text.」です。",
			en: "According to Microsoft's article, activation fails with this error when C:\\Windows\\System32\\spp\\store\\2.0\\tokens.dat is corrupted. slmgr prints \"Error: 0xC004E015 On a computer running Microsoft Windows non-core edition, run 'slui.exe 0x2a 0xC004E015' to display the error text.\"",
		},
		fix: {
			ja: 'tokens.dat を作り直してから、もう一度ライセンス認証します。管理者として開いたコマンド プロンプトで net stop sppsvc を実行し、%windir%\\system32\\spp\\store\\2.0 (Windows 10 / Windows Server 2016 以降) で ren tokens.dat tokens.bar を実行し、net start sppsvc と cscript %windir%\\system32\\slmgr.vbs /rilc を実行して、コンピューターを 2 回再起動します。その後プロダクト キーを入れ直します (KMS クライアントなら slmgr /ipk <GVLK> の後に slmgr /ato)。Microsoft は、/upk でキーをアンインストールせず、/ipk で上書きするよう注意しています。',
			en: 'Rebuild tokens.dat, then activate again. In an elevated Command Prompt run net stop sppsvc; in %windir%\\system32\\spp\\store\\2.0 (Windows 10 / Windows Server 2016 and later) run ren tokens.dat tokens.bar; run net start sppsvc and cscript %windir%\\system32\\slmgr.vbs /rilc; restart the computer twice. Then reinstall the product key (for a KMS client, slmgr /ipk <GVLK>, then slmgr /ato). Microsoft warns never to uninstall the key with /upk: install over it with /ipk.',
		},
		commands: [
			'net stop sppsvc',
			'cd %windir%\\system32\\spp\\store\\2.0',
			'ren tokens.dat tokens.bar',
			'net start sppsvc',
			'cscript %windir%\\system32\\slmgr.vbs /rilc',
			'slmgr /ipk <GVLK>',
			'slmgr /ato',
		],
		scenes: [],
		sources: [E015_PAGE, TOKENS_DAT_PAGE, SLERROR_H],
	},
	'0xC004E016': {
		disputed: NO_CONFIRMED_FIX,
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H],
	},
	'0xC004D307': {
		disputed: {
			ja: 'Windows のバージョンごとの rearm の上限回数は未確認です。',
			en: 'The exact rearm limit per Windows version is unconfirmed.',
		},
		cause: {
			ja: 'slmgr /rearm (sysprep /generalize も内部で実行します) を上限の回数まで実行しました。',
			en: 'slmgr /rearm (which sysprep /generalize also runs) has been used up to the limit.',
		},
		fix: {
			ja: 'もう一度 rearm するには、OS を再インストールします。残りの回数は、slmgr /dlv が表示する「Remaining Windows rearm count」の行で確認できます。',
			en: 'Reinstall the OS before rearming again. slmgr /dlv prints the remaining count on its "Remaining Windows rearm count" line.',
		},
		commands: ['slmgr /dlv'],
		scenes: [],
		sources: [SLERROR_H, SLMGR_PAGE],
	},
	'0x8007232A': {
		cause: {
			ja: 'ネットワークまたは DNS の問題です。KMS ホストのアドレスを解決するための DNS サーバーに接続できず、DNS の問い合わせそのものが失敗しました (DNS サーバーに到達できないか、応答がありません)。エラー コードのページはこのコードを KMS ホストの欄に載せていますが、0x8007232A の記事はライセンス認証しようとしたコンピューターで出るエラーとして説明しています。',
			en: 'A network or DNS problem: Windows could not contact a DNS server to resolve the KMS host\'s address, so the DNS query itself failed (the DNS server is unreachable or does not respond). The error-code page lists this code under "KMS host"; the 0x8007232A article describes it on the computer being activated.',
		},
		fix: {
			ja: '「Common troubleshooting procedures for KMS and DNS issues」の手順で、ネットワーク接続と DNS を確認します。まず DNS サーバーに ping が通るかを確かめ、ipconfig /all で DNS サーバーの設定を確認します。',
			en: 'Troubleshoot the network connection and DNS with "Common troubleshooting procedures for KMS and DNS issues": first check that the DNS server answers ping, and check the DNS server settings with ipconfig /all.',
		},
		commands: ['ping <DNS server IP address>', 'ipconfig /all', 'nslookup -type=all _vlmcs._tcp'],
		scenes: [],
		sources: [ERROR_CODES_PAGE, DNS_232A_PAGE, KMS_DNS_PAGE],
	},
	'0x80072338': {
		cause: {
			ja: 'KMS ホストに、DNS にすでにある _VLMCS の SRV レコードを編集するアクセス許可がありません。このとき KMS ホストは、Windows ログ > Application (ソース Security-SPP) にイベント 12293 (「Publishing the Key Managment Service (KMS) to DNS in the <ドメイン> domain failed.」、Info: 0x80072338) を記録します。2 台目以降の KMS ホストで起きます: 最初に _VLMCS のレコードを作った KMS ホストがその作成者/所有者 (Creator/Owner) になり、ほかの KMS ホストは、アクセス許可を与えられるまで同じ名前の SRV レコードをそのゾーンに発行できません。',
			en: 'The KMS host has no permission to edit the existing _VLMCS SRV record in DNS. The host then logs event 12293 ("Publishing the Key Managment Service (KMS) to DNS in the <domain> domain failed.", Info: 0x80072338) in Windows Logs > Application (source Security-SPP). It happens on a second or later KMS host: the first KMS host to create the _VLMCS record becomes its Creator/Owner, and other KMS hosts cannot publish SRV records with that name in the zone until they are given permission.',
		},
		fix: {
			ja: 'Microsoft の DNS サーバーでは、DNS マネージャーで「前方参照ゾーン\\<ゾーン>\\_tcp」の _VLMCS レコードのプロパティを開き、[セキュリティ] タブで新しい KMS ホストのコンピューター アカウントを追加してフル コントロールを与えます。または、すべての KMS ホストを 1 つの AD セキュリティ グループに入れ、SRV レコードのある各 DNS ドメインで、そのグループに _VLMCS._TCP レコードのフル コントロールを与えます。そのあと KMS ホストでソフトウェア保護サービス (sppsvc) を再起動します。発行に成功すると、KMS ホストの Application ログにイベント 12294 が記録されます。Microsoft 以外の DNS サーバーでは、その製品のドキュメントでアクセス許可の変え方を確認します。',
			en: "On a Microsoft DNS server, open the properties of the _VLMCS record under Forward Lookup Zones\\<zone>\\_tcp in DNS Manager and, on the Security tab, add the new KMS host's computer account with Full Control. Or put all KMS hosts in one AD security group and give that group full control of the _VLMCS._TCP record in each DNS domain that holds the SRV records. Then restart the Software Protection service (sppsvc) on the KMS host. When publishing succeeds, the host logs event 12294 in its Application log. For another DNS server, see its documentation for how to change permissions.",
		},
		commands: [
			'Restart-Service sppsvc',
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12293,12294} -MaxEvents 10",
			'nslookup -type=all _vlmcs._tcp',
		],
		scenes: [],
		sources: [EVENT_12293_PAGE, WIN_CLIENTS_PAGE],
	},
	'0x8007232B': {
		cause: {
			ja: 'KMS ホストがない、KMS ホストの DNS 発行が無効になっている、slmgr /skms で指定した名前が間違っている、DNS の転送や再帰の設定に抜けがある、ファイアウォールやネットワーク セキュリティ グループが DNS を止めている、などです。KMS ホストのない環境で GVLK のまま使っている場合にも起きます。',
			en: 'No KMS host exists, DNS publishing is turned off on the host, the name set with slmgr /skms is wrong, DNS forwarding or recursion has gaps, or a firewall or network security group blocks DNS. It also appears on a machine that still has a GVLK in a network with no KMS host.',
		},
		fix: {
			ja: 'KMS ホストとその DNS 発行を確認し、SRV レコードを nslookup で確かめます。急ぐ場合は slmgr /skms でホストを直接指定します。KMS ホストがない環境なら MAK に切り替えます。',
			en: 'Check the KMS host and its DNS publishing, and look for the SRV record with nslookup. As a quick workaround, point the client at the host with slmgr /skms. Without a KMS host, switch to a MAK.',
		},
		commands: [
			'nslookup -type=srv _vlmcs._tcp',
			'ipconfig /all',
			'slmgr /skms <KMS host FQDN>:1688',
			'slmgr /ato',
		],
		scenes: ['dns-missing'],
		sources: [DNS_232B_PAGE, KMS_DNS_PAGE, ERROR_CODES_PAGE],
	},
	'0x8007251D': {
		cause: {
			ja: 'クライアントが参照する DNS ゾーンに _vlmcs._tcp の SRV レコードがありません。',
			en: 'The DNS zone the client searches has no _vlmcs._tcp SRV record.',
		},
		fix: {
			ja: 'DNS の問題を切り分けます。SRV レコードと、クライアントの DNS サフィックス検索一覧を確認します。',
			en: "Troubleshoot DNS: check the SRV record and the client's DNS suffix search list.",
		},
		commands: ['nslookup -type=srv _vlmcs._tcp', 'ipconfig /all'],
		scenes: [],
		sources: [ERROR_CODES_PAGE, KMS_DNS_PAGE],
	},
	'0x80092328': {
		cause: {
			ja: 'KMS の SRV レコードが DNS にありません。',
			en: 'The KMS SRV records are missing from DNS.',
		},
		fix: {
			ja: 'DNS の問題を切り分けます。',
			en: 'Troubleshoot DNS.',
		},
		commands: ['nslookup -type=srv _vlmcs._tcp'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0x8007007B': {
		cause: {
			ja: 'KMS クライアントが、DNS で KMS の SRV リソース レコードを見つけられません。Microsoft の ADBA のトラブルシューティング記事では、ADBA クライアントのイベント 8198 にこのコードが出ていましたが、DNS は正常で、原因はクライアントのキーが RETAIL チャネル (ボリューム ライセンス版ではないメディア) だったことでした。',
			en: "The KMS client cannot find the KMS SRV resource records in DNS. In Microsoft's ADBA troubleshooting article the code appeared in event 8198 on ADBA clients whose DNS was fine: their key was from the RETAIL channel (non-volume media).",
		},
		fix: {
			ja: '「Common troubleshooting procedures for KMS and DNS issues」の手順で DNS を確認します。DNS に問題がない場合は、slmgr /dlv の Description が VOLUME_KMSCLIENT になっているかを確認し、RETAIL などなら KMS クライアント セットアップ キー (GVLK) をインストールしてライセンス認証します。',
			en: 'Troubleshoot DNS with "Common troubleshooting procedures for KMS and DNS issues". If DNS is fine, check that the Description line of slmgr /dlv shows VOLUME_KMSCLIENT; if it shows RETAIL or another channel, install the KMS client setup key (GVLK) and activate.',
		},
		commands: ['nslookup -type=all _vlmcs._tcp', 'slmgr /dlv', 'slmgr /ipk <GVLK>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE, KMS_DNS_PAGE, ADBA_TS_PAGE],
	},
	'0x800706BA': {
		cause: {
			ja: 'KMS ホストのファイアウォールで KMS の例外 (TCP 1688) が有効になっていないか、DNS の SRV レコードが古くなっています。',
			en: "The KMS exception (TCP 1688) is not enabled in the host's firewall, or the DNS SRV records are stale.",
		},
		fix: {
			ja: 'KMS ホストでファイアウォールの KMS の例外 (TCP 1688) を有効にします。この例外は既定では無効です。SRV レコードが実在する KMS ホストを指しているかも確認します。それでも解決しない場合は、サーバーに接続できるかネットワークを確認します。',
			en: 'Enable the KMS firewall exception (TCP 1688) on the KMS host; it is off by default. Check that the SRV records point to a valid KMS host. If it still fails, check the network connection to the server.',
		},
		commands: [
			'Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True',
			'Test-NetConnection -ComputerName <KMS host> -Port 1688',
			'nslookup -type=all _vlmcs._tcp',
		],
		scenes: ['firewall'],
		sources: [ERROR_CODES_PAGE, KMS_GENERAL_PAGE, CREATE_HOST_PAGE],
	},
	'0x80070005': {
		cause: {
			ja: 'ユーザー アカウント制御 (UAC) により、管理者として実行していないコマンド プロンプトではライセンス認証の処理を実行できません。',
			en: 'User Account Control (UAC) does not let activation run from a command prompt that is not elevated.',
		},
		fix: {
			ja: 'コマンド プロンプトを「管理者として実行」で開き、slmgr.vbs を実行し直します。',
			en: 'Open Command Prompt with "Run as administrator" and run slmgr.vbs again.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0x80004005': {
		disputed: {
			ja: `${OUR_READING.ja} イベント 8198 (「License Activation (slui.exe) failed with the following error code: hr=0x80004005」) は、KMS クライアントの自動ライセンス認証が失敗したときにも記録されます。その場合の原因を説明した Microsoft のページはありません。同じ時刻のイベント 12288 と slmgr /ato の結果で、本当のエラーを確かめます。Microsoft の Azure-Samples リポジトリの issue では、Azure VM の既定の送信アクセスを無効にした後に hr=0x80004005 の 8198 が記録され (画面上は 0xC004F074)、強制トンネリングの記事の方法 (Azure KMS への経路の追加) で解決しています。`,
			en: `${OUR_READING.en} event 8198 ("License Activation (slui.exe) failed with the following error code: hr=0x80004005") is also logged when a KMS client's automatic activation fails. No Microsoft page explains the cause in that case: read the 12288 events of the same time and the result of slmgr /ato for the real error. In an issue in Microsoft's Azure-Samples repository, 8198 with hr=0x80004005 appeared on Azure VMs after default outbound access was disabled (the UI showed 0xC004F074), and the forced-tunneling article's fix (a route to Azure KMS) solved it.`,
		},
		cause: {
			ja: '一般的な「詳細不明のエラー」(E_FAIL, Unspecified error) で、このコードだけでは原因を特定できません。ライセンス認証については、Microsoft の記事 (KB 921471) が、Basic 認証を有効にしたプロキシ サーバーを経由してインターネットでライセンス認証するときに「Error code: 0x80004005 Description: License Activation (SLUI.exe) failed.」になる事例を説明しています (0x8004FE33 と一緒に出ることがあります)。ライセンス認証の画面では資格情報を入力できないため、Basic 認証が失敗します。',
			en: 'A generic "Unspecified error" (E_FAIL): the code alone does not tell the cause. For activation, Microsoft\'s article (KB 921471) describes "Error code: 0x80004005 Description: License Activation (SLUI.exe) failed." when Windows activates over the internet through a proxy server with Basic authentication (0x8004FE33 may appear too): the activation UI cannot take credentials, so Basic authentication fails.',
		},
		fix: {
			ja: 'KB 921471 の回避策は次のいずれかです: 電話でライセンス認証する (SLUI 04 でウィザードを開く)、プロキシ サーバーで Basic 認証を無効にする、記事に載っているライセンス認証と CRL の URL (activation.sls.microsoft.com、validation.sls.microsoft.com など) を認証なしで通す。',
			en: "KB 921471's workarounds: activate by telephone (SLUI 04 opens the wizard), turn off Basic authentication on the proxy server, or let the activation and CRL URLs the article lists (activation.sls.microsoft.com, validation.sls.microsoft.com and others) through without authentication.",
		},
		commands: [
			"Get-WinEvent -FilterHashtable @{LogName='Application'; Id=8198,12288} -MaxEvents 10 | Format-List TimeCreated, Id, Message",
			'slmgr /ato',
			'slui 04',
		],
		scenes: [],
		sources: [COM_ERRORS_PAGE, FE33_PAGE, AZURE_SAMPLES_145],
	},
	'0x8004FE21': {
		cause: {
			ja: '多くは、言語パックの使用が許可されていないエディションに言語パックを追加したことです。マルウェアやファイルの破損でも起きます。',
			en: 'Usually language packs added to an edition not licensed for them; malware or corrupted files can also cause it.',
		},
		fix: {
			ja: 'OS を再インストールします。',
			en: 'Reinstall the operating system.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0x80070490': {
		cause: {
			ja: 'MAK が有効でないか、Windows Server 2019 の既知の問題でプロダクト キーの認証が妨げられました。',
			en: 'The MAK was not valid, or a known Windows Server 2019 issue interfered with authenticating the product key.',
		},
		fix: {
			ja: '回避策として、管理者として実行したコマンド プロンプトで slmgr -ipk でキーをインストールします。',
			en: 'As a workaround, install the key with slmgr -ipk from an elevated command prompt.',
		},
		commands: ['slmgr -ipk <product key>'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0x80072EE7': {
		disputed: {
			ja: `ライセンス認証に特有の説明は Microsoft のページにありません (未確認)。${OUR_READING.ja} オンライン ライセンス認証 (MAK・リテール・KMS ホスト キー) で Microsoft のライセンス認証サーバーの名前を解決できない状態と考えられます。DNS、プロキシ、インターネット接続を確認するか、電話でライセンス認証します。`,
			en: `No Microsoft page gives activation-specific guidance (unconfirmed). ${OUR_READING.en} online activation (MAK, retail, KMS host key) cannot resolve Microsoft's activation servers; check DNS, the proxy and internet access, or activate by phone.`,
		},
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [WININET_ERRORS_PAGE],
	},
};

export const ERROR_CODES: readonly ErrorCodeEntry[] = ERROR_MEANINGS.map((meaning) => ({
	...meaning,
	...DETAILS[meaning.code],
}));

/** Map for O(1) lookups; keys are the canonical `0xXXXXXXXX` upper-case form. */
const BY_CODE: ReadonlyMap<string, ErrorCodeEntry> = new Map(
	ERROR_CODES.map((entry) => [entry.code, entry])
);

/**
 * Finds an entry by its hex code. Accepts `0xC004F074`, `C004F074` or any letter case.
 * For pasted sentences and signed decimals use `parseErrorCode` in `src/tools/errorCode.ts`.
 */
export function findError(code: string): ErrorCodeEntry | undefined {
	const canonical = canonicalErrorCode(code);
	return canonical === undefined ? undefined : BY_CODE.get(canonical);
}
