import { ERROR_MEANINGS, canonicalErrorCode, type DocumentedErrorCode, type ErrorMeaning } from './errorMeanings.ts';
import type { Localized, Source } from './types.ts';

/**
 * Activation error codes (fact sheet §6), in our own words in both languages: each code's meaning
 * (`src/data/errorMeanings.ts`, which the lab's command line also reads) with its cause, fix,
 * commands, lab scenes and sources.
 * Where the sources disagree or say nothing, the entry carries `disputed` and `cause`/`fix`
 * stay `null`: we never invent an answer for a help-desk reader.
 */
export interface ErrorCodeEntry extends ErrorMeaning {
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
const WS = 'https://learn.microsoft.com/windows-server/get-started/';

const ERROR_CODES_PAGE: Source = { title: 'Troubleshoot Windows activation error codes', url: `${TS}troubleshoot-activation-error-codes` };
const F074_PAGE: Source = { title: 'Error 0xC004F074 when you activate Windows', url: `${TS}error-0xc004f074-activate-windows` };
const F06C_PAGE: Source = { title: 'Error 0xC004F06C when you activate Windows', url: `${TS}error-0xc004f06c-activate-windows` };
const DNS_232B_PAGE: Source = { title: 'Activation error 0x8007232B: DNS name does not exist', url: `${TS}activation-error-0x8007232b-dns-name-does-not-exist` };
const ADBA_TS_PAGE: Source = { title: 'Troubleshoot Active Directory-based activation clients that do not activate', url: `${TS}troubleshoot-adba-clients-not-activate` };
const KMS_GENERAL_PAGE: Source = { title: 'Troubleshoot KMS activation (general)', url: `${WS}activation-troubleshoot-kms-general` };
const KMS_PLANNING_PAGE: Source = { title: 'Key Management Services (KMS) activation planning', url: `${WS}kms-activation-planning` };
const SLMGR_PAGE: Source = { title: 'Slmgr.vbs options for obtaining volume activation information', url: `${WS}activation-slmgr-vbs-options` };
const KMS_DNS_PAGE: Source = { title: 'Common troubleshooting procedures for KMS and DNS issues', url: `${WS}common-troubleshooting-procedures-kms-dns` };
const ADBA_PAGE: Source = { title: 'Activate using Active Directory-based activation', url: 'https://learn.microsoft.com/windows/deployment/volume-activation/activate-using-active-directory-based-activation-client' };
const SLERROR_H: Source = { title: 'slerror.h (Windows SDK header, Microsoft win32metadata repository)', url: 'https://github.com/microsoft/win32metadata/blob/main/generation/WinSDK/RecompiledIdlHeaders/um/slerror.h' };
const SL_API_PAGE: Source = { title: 'SLInstallProofOfPurchaseEx function (slpublic.h)', url: 'https://learn.microsoft.com/windows/win32/api/slpublic/nf-slpublic-slinstallproofofpurchaseex' };

/** Cause, fix, commands, scenes and sources of every code in `errorMeanings.ts` (the type requires all). */
const DETAILS: Readonly<Record<DocumentedErrorCode, ErrorDetails>> = {
	'0xC004F074': {
		cause: {
			ja: 'KMS ホストでソフトウェア保護サービス (sppsvc) が停止している、TCP 1688 がファイアウォールでブロックされている、DNS の SRV レコードや A レコードが古いか誤っている、クライアントと KMS ホストの時刻が 4 時間以上ずれている (このときイベント 12288 には 0xC004F06C が記録されます)、KMS ホストのキーや更新プログラムがクライアントより古い、などがよくある原因です。',
			en: 'Common causes: the Software Protection service (sppsvc) is stopped on the host, TCP 1688 is blocked by a firewall, a stale or wrong SRV or A record, client and host clocks more than 4 hours apart (event 12288 then shows 0xC004F06C), or a host key or host updates older than the client.',
		},
		fix: {
			ja: 'まずクライアントのイベント 12288 を開き、実際のエラー コードを確認します。そのうえで KMS ホストのサービス、TCP 1688 への到達性、DNS レコード、時刻、KMS ホストの更新プログラムを順に確認します。',
			en: 'First open event 12288 on the client to find the real error. Then check the host service, reachability of TCP 1688, the DNS records, the clocks, and the updates on the KMS host.',
		},
		commands: ['slmgr /dlv', 'Test-NetConnection -ComputerName <KMS host> -Port 1688', 'nslookup -type=srv _vlmcs._tcp', 'w32tm /query /status'],
		scenes: ['firewall'],
		sources: [F074_PAGE, ERROR_CODES_PAGE],
	},
	'0xC004F038': {
		cause: {
			ja: 'しきい値は Windows Server で 5 以上、Windows クライアントで 25 以上です。過去 30 日に KMS ホストへ接続したコンピューターが足りないか、sysprep /generalize をしていないイメージから複製したためにクライアント コンピューター ID (CMID) が重複しています。',
			en: 'The threshold is 5 or more for Windows Server and 25 or more for Windows clients. Either too few machines contacted the host in the last 30 days, or clones of an image that was not generalized share one client machine ID (CMID).',
		},
		fix: {
			ja: 'KMS ホストで現在の数を確認し、接続するコンピューターを増やします。数が 1 から増えない場合は、複製元イメージを sysprep /generalize で一般化し直します。',
			en: 'Check the current count on the KMS host and add machines to the pool. If the count stays at 1, generalize the source image with sysprep /generalize and redeploy.',
		},
		commands: ['slmgr /dli', 'slmgr /dlv'],
		scenes: ['threshold', 'cloned-image'],
		sources: [ERROR_CODES_PAGE, KMS_GENERAL_PAGE, KMS_PLANNING_PAGE],
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
			ja: 'KMS ホスト キーのグループがクライアントより古い (例: Windows Server 2019 用のキーで Windows 11 をライセンス認証しようとしている) か、アプリケーション用と OS 用に別々の KMS ホストがあり、クライアントが違うほうに接続しています。KMS ホストでは「Failed requests received」の数が増えます。',
			en: 'The host key group is older than the client (for example a Windows Server 2019 key asked to activate Windows 11), or separate application and OS KMS hosts exist and the client reached the wrong one. On the host, "Failed requests received" rises.',
		},
		fix: {
			ja: 'クライアントを正しい KMS ホストに向けるか、クライアントを含むグループの KMS ホスト キーを KMS ホストに入れます。必要な更新プログラムも KMS ホストに適用します。',
			en: 'Point the client at the right host, or install a host key whose group covers the client, with the updates the host needs.',
		},
		commands: ['slmgr /dlv', 'slmgr /skms <KMS host>:1688'],
		scenes: ['old-host-key'],
		sources: [ERROR_CODES_PAGE, KMS_PLANNING_PAGE, KMS_GENERAL_PAGE],
	},
	'0xC004F06C': {
		cause: {
			ja: 'クライアントと KMS ホストの時刻が 4 時間より大きくずれています。比較は UTC で行われるため、タイム ゾーンの違いは関係ありません。',
			en: 'The client and host clocks differ by more than 4 hours. They are compared in UTC, so time zones do not matter.',
		},
		fix: {
			ja: '時刻を同期します。Windows Time サービスが動いているか確認し、ドメイン メンバーは NT5DS (AD の階層) で、スタンドアロンのコンピューターは NtpClient で同期させます。',
			en: 'Synchronize the clocks: make sure the Windows Time service runs, domain members sync through the AD hierarchy (NT5DS), and standalone machines have NtpClient enabled.',
		},
		commands: ['w32tm /query /status /verbose', 'w32tm /resync'],
		scenes: ['clock-skew'],
		sources: [F06C_PAGE, F074_PAGE],
	},
	'0xC004F035': {
		cause: {
			ja: 'Windows 7 世代のハードウェアで、BIOS に対象となる OS の OEM マーカーがありません。ボリューム ライセンスはアップグレード ライセンスなので、元になる OS のライセンスが必要です。',
			en: 'On Windows 7-era hardware, the BIOS lacks the OEM marker of a qualifying operating system. Volume licenses are upgrade licenses and need a qualifying OS license underneath.',
		},
		fix: {
			ja: '対象となる OS をインストールして MAK またはリテール キーを使うか、電話でライセンス認証します。',
			en: 'Install a qualifying OS and use a MAK or retail key, or activate by phone.',
		},
		commands: ['slmgr /ipk <MAK>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F050': {
		cause: {
			ja: '入力ミス、製品版の OS にベータ版のキーを入れた、ハイフンの代わりにダッシュ (—) が貼り付けられた、などです。Windows 8.1 / Windows Server 2012 R2 のクライアントでは、KMS ホストに KB3172614 が入っていないことが原因だった例もあります。',
			en: 'A typo, a beta key on a released OS, or dashes pasted instead of hyphens. For Windows 8.1 / Windows Server 2012 R2 clients, a KMS host missing KB3172614 was also a documented cause.',
		},
		fix: {
			ja: 'このバージョンに合った正しいキーを入力し直します。',
			en: 'Re-enter the correct key for this version.',
		},
		commands: ['slmgr /ipk <product key>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F051': {
		cause: {
			ja: 'このキーは Microsoft のライセンス認証サーバーで使用できなくなっています。',
			en: 'The key is no longer accepted by Microsoft\'s activation servers.',
		},
		fix: {
			ja: '新しい MAK または KMS ホスト キーを入手します。',
			en: 'Get a new MAK or KMS host key.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004F009': {
		cause: {
			ja: '猶予期間のうちにライセンス認証できませんでした。たとえば、KMS クライアントが長期間社内ネットワークに戻らず、KMS ホストに接続できなかった場合です。',
			en: 'The machine did not activate within its grace period, for example a KMS client that stayed away from the corporate network and never reached a KMS host.',
		},
		fix: {
			ja: 'ライセンス認証を行います。KMS クライアントなら社内ネットワークに接続して slmgr /ato を実行します。解決しない場合は Microsoft のライセンス認証窓口に問い合わせます。',
			en: 'Activate the system. For a KMS client, connect it to the corporate network and run slmgr /ato. If that does not help, contact a Microsoft Activation Center.',
		},
		commands: ['slmgr /ato', 'slmgr /dlv'],
		scenes: ['laptop-away'],
		sources: [ERROR_CODES_PAGE, KMS_GENERAL_PAGE],
	},
	'0xC004F00F': {
		cause: {
			ja: 'ハードウェアやドライバーが変更されました。',
			en: 'The hardware or drivers changed.',
		},
		fix: {
			ja: 'MAK の場合は、OOT の猶予期間内にオンラインまたは電話で再度ライセンス認証します。KMS クライアントの場合は再起動するか slmgr /ato を実行します。',
			en: 'MAK: reactivate online or by phone during the out-of-tolerance grace period. KMS client: restart, or run slmgr /ato.',
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
	'0xC004F02C': {
		cause: {
			ja: '確認 ID (CID) の入力に誤りがあります。',
			en: 'The Confirmation ID (CID) was entered incorrectly.',
		},
		fix: {
			ja: '確認 ID を正しく入力し直します。',
			en: 'Enter the Confirmation ID again, correctly.',
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
	'0xC004F066': {
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H, SLMGR_PAGE],
	},
	'0xC004F068': {
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H],
	},
	'0xC004F069': {
		cause: {
			ja: 'プロダクト キーが、インストールされている SKU (エディション) と一致していません。',
			en: 'The product key does not match an installed SKU (edition).',
		},
		fix: {
			ja: 'インストールされているエディションに合ったキーを使います。必要なら先にエディションを変換します。',
			en: 'Use the key for the installed edition, converting the edition first if needed.',
		},
		commands: ['slmgr /dlv', 'slmgr /ipk <key for this edition>'],
		scenes: [],
		sources: [SL_API_PAGE, SLERROR_H],
	},
	'0xC004F06B': {
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H],
	},
	'0xC004F081': {
		cause: {
			ja: 'フォレストにライセンス認証オブジェクトがまだ作成されていないか、クライアントのエディションと GVLK に合うオブジェクトがありません。',
			en: 'No activation object exists in the forest yet, or none matches the client\'s edition and GVLK.',
		},
		fix: {
			ja: 'KMS ホスト キー (CSVLK) でライセンス認証オブジェクトを作成します。',
			en: 'Create the activation object with the KMS host key (CSVLK).',
		},
		commands: ['slmgr /ad-activation-online <CSVLK> [<AO name>]', 'slmgr /ao-list'],
		scenes: [],
		sources: [SLERROR_H, SLMGR_PAGE, ADBA_PAGE],
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
			ja: 'フォレストのスキーマが、ライセンス認証オブジェクトのクラスを含むバージョン (Windows Server 2012 以降) に拡張されていません。',
			en: 'The forest schema has not been extended to a version that includes the activation-object class (Windows Server 2012 or later).',
		},
		fix: {
			ja: 'サポートされているサーバー OS の adprep.exe でスキーマを拡張します (Enterprise Admins のメンバーシップが必要です)。',
			en: 'Extend the schema with adprep.exe from a supported server OS (this needs Enterprise Admins membership).',
		},
		commands: ['adprep /forestprep'],
		scenes: [],
		sources: [SLERROR_H, ADBA_PAGE],
	},
	'0xC004C001': {
		cause: {
			ja: '入力した MAK が正しくないか、この製品用ではありません。',
			en: 'The MAK that was entered is wrong or not for this product.',
		},
		fix: {
			ja: 'MAK を確認します。解決しない場合は Microsoft のライセンス認証窓口に問い合わせます。',
			en: 'Check the MAK; if that does not help, contact a Microsoft Activation Center.',
		},
		commands: ['slmgr /ipk <MAK>', 'slmgr /ato'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004C003': {
		cause: {
			ja: 'この MAK は Microsoft によってブロックされています。',
			en: 'Microsoft has blocked this MAK.',
		},
		fix: {
			ja: '新しい MAK を入手します。',
			en: 'Get a new MAK.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004C008': {
		cause: {
			ja: 'KMS ホスト キーでライセンス認証できるのは、最大 6 台のコンピューターで合計 10 回までです。',
			en: 'A KMS host key can be activated up to 10 times on up to 6 computers.',
		},
		fix: {
			ja: 'Microsoft のライセンス認証窓口に、追加のライセンス認証を依頼します。',
			en: 'Ask a Microsoft Activation Center for more activations.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE, KMS_PLANNING_PAGE],
	},
	'0xC004C020': {
		cause: {
			ja: 'MAK で認証できる回数は契約に基づいてあらかじめ決まっており、すべて使い切りました。',
			en: 'Each MAK allows a preset number of activations, set by the licensing agreement, and all have been used.',
		},
		fix: {
			ja: 'Microsoft に追加のライセンス認証を依頼します。',
			en: 'Ask Microsoft for more activations.',
		},
		commands: [],
		scenes: ['mak'],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004C021': {
		cause: {
			ja: 'この MAK で認められた追加分もすべて使い切りました。',
			en: 'The extra activations granted for this MAK are used up as well.',
		},
		fix: {
			ja: 'Microsoft に追加のライセンス認証を依頼します。',
			en: 'Ask Microsoft for more activations.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004B100': {
		cause: {
			ja: 'この MAK がサポートされていません。',
			en: 'The MAK is not supported.',
		},
		fix: {
			ja: 'Microsoft のライセンス認証窓口に、MAK が有効かどうか確認します。',
			en: 'Check with a Microsoft Activation Center that the MAK is valid.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0xC004E003': {
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H],
	},
	'0xC004E016': {
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [SLERROR_H],
	},
	'0xC004D307': {
		cause: {
			ja: 'slmgr /rearm (または sysprep /generalize) を上限まで実行しました。',
			en: 'slmgr /rearm (or sysprep /generalize, which calls it) has been run up to the limit.',
		},
		fix: {
			ja: 'OS を再インストールします。残りの回数は slmgr /dlv の「Remaining Windows rearm count」で確認できます。',
			en: 'Reinstall the OS. slmgr /dlv shows the "Remaining Windows rearm count".',
		},
		commands: ['slmgr /dlv'],
		scenes: [],
		sources: [SLMGR_PAGE],
	},
	'0x8007232A': {
		cause: {
			ja: 'KMS ホストが使う DNS サーバーが要求を処理できませんでした。',
			en: 'The DNS server the KMS host uses could not process the request.',
		},
		fix: {
			ja: 'ネットワークと DNS の問題を切り分けます。',
			en: 'Troubleshoot the network and DNS.',
		},
		commands: ['ipconfig /all', 'nslookup -type=srv _vlmcs._tcp'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
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
		commands: ['nslookup -type=srv _vlmcs._tcp', 'ipconfig /all', 'slmgr /skms <KMS host FQDN>:1688', 'slmgr /ato'],
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
			en: 'Troubleshoot DNS: check the SRV record and the client\'s DNS suffix search list.',
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
			ja: 'KMS の SRV レコードが見つかりません。Microsoft の ADBA のトラブルシューティング ページにも、ライセンス認証されない ADBA クライアントのエラーとして載っています。',
			en: 'The KMS SRV records cannot be found. Microsoft\'s ADBA troubleshooting page lists it as well, for ADBA clients that do not activate.',
		},
		fix: {
			ja: 'DNS の問題を切り分けます。ADBA の場合はライセンス認証オブジェクトとクライアントの GVLK を確認します。',
			en: 'Troubleshoot DNS. For ADBA, check the activation object and the client\'s GVLK.',
		},
		commands: ['nslookup -type=srv _vlmcs._tcp', 'slmgr /dlv', 'slmgr /ao-list'],
		scenes: [],
		sources: [ERROR_CODES_PAGE, ADBA_TS_PAGE],
	},
	'0x800706BA': {
		cause: {
			ja: 'KMS ホストのファイアウォールで KMS の例外 (TCP 1688) が有効になっていないか、SRV レコードが古くなっています。',
			en: 'The KMS exception (TCP 1688) is not enabled in the host\'s firewall, or the SRV records are stale.',
		},
		fix: {
			ja: 'KMS ホストでファイアウォールの KMS の規則を有効にし、古い SRV レコードを直します。この規則は既定で無効です。',
			en: 'Enable the KMS firewall rule on the host (it is off by default) and fix the stale SRV records.',
		},
		commands: ['Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True', 'Test-NetConnection -ComputerName <KMS host> -Port 1688', 'nslookup -type=srv _vlmcs._tcp'],
		scenes: ['firewall'],
		sources: [ERROR_CODES_PAGE, { title: 'Create a Key Management Services (KMS) activation host', url: `${WS}kms-create-host` }],
	},
	'0x80070005': {
		cause: {
			ja: '管理者として実行していません (UAC により昇格が必要です)。',
			en: 'The command needs elevation (UAC) and was not run as administrator.',
		},
		fix: {
			ja: '管理者として実行したコマンド プロンプトから実行し直します。',
			en: 'Run it again from an elevated command prompt.',
		},
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
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
			ja: 'MAK が正しくないか、Windows Server 2019 の既知の問題です。',
			en: 'A bad MAK, or a known Windows Server 2019 issue.',
		},
		fix: {
			ja: 'slmgr でキーをインストールします。',
			en: 'Install the key with slmgr.',
		},
		commands: ['slmgr -ipk <product key>'],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
	'0x80072EE7': {
		cause: null,
		fix: null,
		commands: [],
		scenes: [],
		sources: [ERROR_CODES_PAGE],
	},
};

export const ERROR_CODES: readonly ErrorCodeEntry[] = ERROR_MEANINGS.map((meaning) => ({ ...meaning, ...DETAILS[meaning.code] }));

/** Map for O(1) lookups; keys are the canonical `0xXXXXXXXX` upper-case form. */
const BY_CODE: ReadonlyMap<string, ErrorCodeEntry> = new Map(ERROR_CODES.map((entry) => [entry.code, entry]));

/**
 * Finds an entry by its hex code. Accepts `0xC004F074`, `C004F074` or any letter case.
 * For pasted sentences and signed decimals use `parseErrorCode` in `src/tools/errorCode.ts`.
 */
export function findError(code: string): ErrorCodeEntry | undefined {
	const canonical = canonicalErrorCode(code);
	return canonical === undefined ? undefined : BY_CODE.get(canonical);
}
