import { OUR_READING } from './errorMeanings.ts';
import type { Localized, Source } from './types.ts';
import {
	EVALUATION_CONVERSION,
	EVALUATION_VMS,
	KMS_CLIENT_KEYS,
	SLERROR_H,
	SLMGR_PAGE,
	WS2012_VOLUME_ACTIVATION,
} from './sources.ts';

/**
 * Evaluation editions (Windows Server Evaluation, Windows Enterprise Evaluation): how to tell one,
 * what happens when the evaluation period ends, and how Microsoft documents converting a Windows
 * Server evaluation to a licensed edition (then to a volume-licensed one).
 *
 * Each fact says how sure it is: `documented` facts say only what their sources say; `ourReading`
 * facts start with OUR_READING; `unconfirmed` facts say what is not known.
 */

export const EVALUATION_SOURCES = {
	conversion: EVALUATION_CONVERSION,
	eval2012: WS2012_VOLUME_ACTIVATION,
	devVm: EVALUATION_VMS,
	slmgrVbs: {
		title: 'slmgr.vbs (%SystemRoot%\\System32, Microsoft), its built-in strings',
		url: SLMGR_PAGE.url,
	},
	slerror: SLERROR_H,
	kmsKeys: KMS_CLIENT_KEYS,
} as const satisfies Record<string, Source>;
const S = EVALUATION_SOURCES;

export type FactStatus = 'documented' | 'ourReading' | 'unconfirmed';

export interface EvaluationFact {
	readonly id: string;
	readonly status: FactStatus;
	readonly text: Localized;
	readonly sources: readonly Source[];
}

/** The `Description` channel of an evaluation edition as slmgr /dlv prints it (see the `channel` fact). */
export const EVALUATION_CHANNEL = 'TIMEBASED_EVAL';
/** slmgr.vbs treats a Description containing this as time-based and prints "Timebased activation expiration:". */
export const TIMEBASED_CHANNEL_PREFIX = 'TIMEBASED_';
/** Windows Server evaluation period, in days (Microsoft's Windows Server 2012 page). */
export const SERVER_EVALUATION_DAYS = 180;

export const EVALUATION_FACTS: readonly EvaluationFact[] = [
	{
		id: 'detect',
		status: 'documented',
		text: {
			ja: '評価版かどうかは、管理者として開いたコマンド プロンプトで確かめます。DISM /online /Get-CurrentEdition のエディション名に Eval が含まれるか (例: Windows Server Datacenter (デスクトップ エクスペリエンス) の評価版は ServerDatacenterEval)、slmgr.vbs /dlv の出力に EVAL が含まれるかを見ます。',
			en: 'To tell an evaluation version, from an elevated prompt: the edition name from DISM /online /Get-CurrentEdition includes Eval (Windows Server Datacenter (Desktop Experience) Evaluation is ServerDatacenterEval), and the output of slmgr.vbs /dlv includes EVAL.',
		},
		sources: [S.conversion],
	},
	{
		id: 'timebased',
		status: 'documented',
		text: {
			ja: 'slmgr.vbs は、説明 (Description) に TIMEBASED_ を含むライセンスを時間制限付き (time-based) として扱い、ライセンス済みのときは「Timebased activation expiration: <分> minute(s) (<日> day(s))」と、/xpr では「Timebased activation will expire <日時>」と表示します。評価の終了日があるライセンスでは、/dlv に「Evaluation End Date:」の行も出ます。',
			en: 'slmgr.vbs treats a license whose Description contains TIMEBASED_ as time-based: when licensed, /dlv prints "Timebased activation expiration: <n> minute(s) (<d> day(s))" and /xpr prints "Timebased activation will expire <date>". A license with an evaluation end date also gets an "Evaluation End Date:" line in /dlv.',
		},
		sources: [S.slmgrVbs],
	},
	{
		id: 'channel',
		status: 'ourReading',
		text: {
			ja: `${OUR_READING.ja} 評価版の slmgr /dlv の説明は、実際の出力では「Windows(R) Operating System, TIMEBASED_EVAL channel」になっています。Microsoft のページは「EVAL を含む」とだけ書いていて、TIMEBASED_EVAL という文字列そのものは示していません。`,
			en: `${OUR_READING.en} in real outputs the Description of an evaluation edition reads "Windows(R) Operating System, TIMEBASED_EVAL channel". Microsoft's page says only that the output includes EVAL and does not show the TIMEBASED_EVAL string itself.`,
		},
		sources: [S.conversion, S.slmgrVbs],
	},
	{
		id: 'period',
		status: 'documented',
		text: {
			ja: 'Windows Server 2012 の評価版は、オンラインのライセンス認証を 10 日以内に済ませると評価期間が始まり、180 日続きます。評価期間中はデスクトップに残りの日数が表示され、slmgr.vbs /dlv でも残り時間を確認できます。',
			en: 'A Windows Server 2012 evaluation version has 10 days to complete online activation; then the evaluation period begins and runs for 180 days. The desktop shows the days remaining, and slmgr.vbs /dlv shows the time remaining.',
		},
		sources: [S.eval2012],
	},
	{
		id: 'expiryServer',
		status: 'documented',
		text: {
			ja: '180 日の評価期間が終わると、Windows Server Standard / Datacenter の評価版は次のようになります: デスクトップに「Windows License is expired」と表示される、ログオン時に「Activate now」と「Ask me later」を求められる、システムが 1 時間ごとにシャットダウンする、インストールできる更新プログラムはセキュリティ更新だけになる、アプリケーション ログに WLMS のイベント 100「The license period for this installation of Windows has expired. The operating system will shut down every hour.」が記録される。Essentials は警告を出すだけで、シャットダウンしません。',
			en: 'When the 180-day evaluation period ends, a Windows Server Standard / Datacenter evaluation version shows "Windows License is expired" on the desktop, offers "Activate now" and "Ask me later" at logon, shuts down every hour, can install security updates only, and logs WLMS event 100 "The license period for this installation of Windows has expired. The operating system will shut down every hour." in the Application log. Essentials only warns; it does not shut down.',
		},
		sources: [S.eval2012],
	},
	{
		id: 'expiryClient',
		status: 'documented',
		text: {
			ja: 'Windows 11 Enterprise の評価版 (Microsoft が配布している開発用の仮想マシン) は、評価期間が切れるとデスクトップの背景が黒くなり、正規品ではないことを示す通知が出続け、PC が 1 時間ごとにシャットダウンします。Microsoft は、これらの仮想マシンのイメージはプロダクト キーによるライセンス認証に対応していない、としています。',
			en: "A Windows 11 Enterprise evaluation (Microsoft's developer virtual machines): when the evaluation period expires, the desktop background turns black, a persistent notification says the system is not genuine, and the PC shuts down every hour. Microsoft says these VM images do not support activation with a product key.",
		},
		sources: [S.devVm],
	},
	{
		id: 'notificationReason',
		status: 'ourReading',
		text: {
			ja: `${OUR_READING.ja} 期限が切れた評価版の slmgr /dlv では、ライセンスの状態が Notification (通知) になり、「Notification Reason」に 0xC004FC07 (slerror.h の SL_E_VALIDITY_PERIOD_EXPIRED、有効期間の終了) や 0xC004F009 (猶予期間の終了) が表示されている例が見られます。Microsoft のページはこの対応を示していません。`,
			en: `${OUR_READING.en} on an expired evaluation, slmgr /dlv shows License Status Notification with a "Notification Reason" of 0xC004FC07 (slerror.h SL_E_VALIDITY_PERIOD_EXPIRED, the validity period expired) or 0xC004F009 (grace period expired) in real outputs. No Microsoft page shows this pairing.`,
		},
		sources: [S.slerror, S.slmgrVbs],
	},
	{
		id: 'gvlkWithDism',
		status: 'unconfirmed',
		text: {
			ja: 'Microsoft が文書化している変換は、DISM /Set-Edition にリテールのプロダクト キーを使い、製品版にしてからボリューム ライセンスのキーを slmgr /ipk で入れる手順です。DISM /Set-Edition に GVLK (KMS クライアント セットアップ キー) を直接使う手順は Microsoft 以外の資料にしかなく、未確認です。',
			en: 'The conversion Microsoft documents uses a retail product key with DISM /Set-Edition, then installs a volume license key with slmgr /ipk. Using a GVLK (KMS client setup key) directly in DISM /Set-Edition appears only in non-Microsoft material: unconfirmed.',
		},
		sources: [S.conversion],
	},
	{
		id: 'clientConversion',
		status: 'unconfirmed',
		text: {
			ja: 'Windows 10 / 11 Enterprise の評価版を製品版やボリューム ライセンス版に変換できるかは、Microsoft のページで確認できていません。確認できたのは、Microsoft の開発用仮想マシンのイメージについて「プロダクト キーによるライセンス認証に対応していない」という記述だけです。',
			en: "Whether a Windows 10 / 11 Enterprise evaluation can be converted to a licensed or volume-licensed edition is not confirmed by a Microsoft page. The only statement found is about Microsoft's developer VM images: they do not support activation with a product key.",
		},
		sources: [S.devVm],
	},
];

export interface ConversionStep {
	readonly command: string;
	readonly what: Localized;
}

/**
 * Converting a Windows Server Standard or Datacenter evaluation, as Microsoft documents it: to a
 * retail edition with DISM and a retail key, then to a volume license with slmgr /ipk.
 */
export const EVALUATION_CONVERSION_STEPS: readonly ConversionStep[] = [
	{
		command: 'DISM /online /Get-CurrentEdition',
		what: {
			ja: '現在のエディション名 (短縮形、例: ServerDatacenterEval) を確かめます。',
			en: 'Read the current edition name (short form, for example ServerDatacenterEval).',
		},
	},
	{
		command: 'DISM /online /Get-TargetEditions',
		what: {
			ja: '変換できるエディションを確かめ、変換先の名前を控えます。目的のエディションがなければ、その製品版を新しくインストールするしかありません。',
			en: "List the editions it can be converted to and note the target's name. If the edition you want is not listed, you need a fresh install of it.",
		},
	},
	{
		command: 'DISM /online /Set-Edition:<target edition> /GetEula:C:\\license.rtf',
		what: {
			ja: '変換先のライセンス条項を保存して確認します。',
			en: 'Save the license terms of the target edition to review them.',
		},
	},
	{
		command: 'DISM /online /Set-Edition:<target edition> /ProductKey:<product key> /AcceptEula',
		what: {
			ja: '変換先のエディション名とリテールのプロダクト キーを指定して変換します。',
			en: 'Convert, giving the target edition name and a retail product key.',
		},
	},
	{
		command: 'slmgr.vbs /ipk <product key>',
		what: {
			ja: '製品版になった後、ボリューム ライセンス (KMS なら GVLK、または MAK) のキーを入れます。エディション (Standard / Datacenter) は変わりません。',
			en: 'Once it is a retail edition, install the volume license key (a GVLK for KMS, or a MAK). The edition (Standard / Datacenter) stays the same.',
		},
	},
	{
		command: 'slmgr.vbs /ato',
		what: { ja: 'ライセンス認証します。', en: 'Activate.' },
	},
];

/** What the conversion cannot do (Microsoft's page). */
export const EVALUATION_CONVERSION_LIMITS: readonly Localized[] = [
	{
		ja: 'Active Directory のドメイン コントローラーは評価版から製品版に変換できません。製品版の別のサーバーにドメイン コントローラーを追加し、FSMO の役割を移してから、評価版のサーバーから AD DS を削除します。',
		en: 'An Active Directory domain controller cannot be converted from evaluation to retail: add a domain controller on a server running a retail version, move the FSMO roles, then remove AD DS from the evaluation server.',
	},
	{
		ja: 'Datacenter の評価版から変換できるのは Datacenter の製品版だけで、Standard にはできません。',
		en: 'A Datacenter evaluation converts only to retail Datacenter, not to Standard.',
	},
	{
		ja: 'Windows Server 2016 以降、デスクトップ エクスペリエンスの評価版を Server Core の製品版に変換することはできません。Standard の Server Core の評価版から変換できるのは、Datacenter の Server Core の製品版です。',
		en: 'Since Windows Server 2016, a Desktop Experience evaluation cannot be converted to a Server Core retail version; a Standard Server Core evaluation converts to retail Datacenter Server Core.',
	},
	{
		ja: 'Windows Server Essentials は、slmgr.vbs /ipk でリテール、ボリューム ライセンス、OEM のキーを入れると製品版になります。',
		en: 'Windows Server Essentials becomes the full retail version when you install a retail, volume license or OEM key with slmgr.vbs /ipk.',
	},
];

/** Sources of EVALUATION_CONVERSION_STEPS and EVALUATION_CONVERSION_LIMITS. */
export const EVALUATION_CONVERSION_SOURCES: readonly Source[] = [S.conversion, S.kmsKeys];
