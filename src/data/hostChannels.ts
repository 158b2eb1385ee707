import type { CsvlkGroupId } from './hostKeys.ts';
import type { Localized, Source } from './types.ts';
import {
	ERROR_F015 as KB3086418,
	KMS_TROUBLESHOOTING,
	LICENSE_STATES_TECHNET as LICENSE_STATES,
	QA_478271,
	SLMGR_PAGE,
} from './sources.ts';

/*
 * Kept apart from hostKeys.ts, which the engine (and so the lab's island) loads: these notes are
 * for the guides and the diagnosis tool only.
 */

// ---------------------------------------------------------------- channel names in /dlv

/**
 * The channel a KMS host shows in the Description line of `slmgr /dlv`
 * ("Windows(R) Operating System, <channel> channel"). slmgr.vbs itself treats a Description that
 * contains VOLUME_KMS but not VOLUME_KMSCLIENT as a KMS host, and Microsoft's troubleshooting page
 * says the Description "shows you which key is currently installed". Which channel stands for
 * which host key group is not written down by Microsoft; the names below are the ones a source
 * shows, each with how sure the mapping is.
 */
export interface HostChannelName {
	/** As printed, e.g. `VOLUME_KMS_C`. */
	readonly channel: string;
	/** The host key group it is read as, when the site has one. */
	readonly group: CsvlkGroupId | null;
	/** Where a source shows it, and what it is read as. */
	readonly note: Localized;
	/** True when a source states the mapping; false when it is our reading (the note says so). */
	readonly mappingConfirmed: boolean;
	readonly sources: readonly Source[];
}

/** The rule slmgr.vbs applies to the Description line. */
export const HOST_CHANNEL_RULE: Localized = {
	ja: 'slmgr.vbs は、説明 (Description) に VOLUME_KMSCLIENT を含むライセンスを KMS クライアント、VOLUME_KMSCLIENT ではなく VOLUME_KMS を含むライセンスを KMS ホストとして扱います。KMS ホストのプロダクト キー チャネルは Volume:CSVLK です。Microsoft のトラブルシューティングのページは、説明の欄で「どのキーが入っているか」がわかるとしていますが、チャネル名とホスト キーのグループの対応表は公開していません。',
	en: "slmgr.vbs treats a license whose Description contains VOLUME_KMSCLIENT as a KMS client, and one that contains VOLUME_KMS but not VOLUME_KMSCLIENT as a KMS host. A KMS host's Product Key Channel is Volume:CSVLK. Microsoft's troubleshooting page says the Description shows which key is installed, but Microsoft publishes no table from channel names to host key groups.",
};

const WS2008_GROUPS: Source = {
	title: 'Volume Activation of Windows Server 2008 (Microsoft blog archive)',
	url: 'https://learn.microsoft.com/archive/blogs/microsoft_higher_education_east/volume-activation-of-windows-server-2008',
};
const QA478271: Source = {
	title: 'Microsoft Q&A 478271 "active directory based activation" (a user\'s pasted slmgr /dlv)',
	url: QA_478271.url,
};
const KMS_GENERAL: Source = {
	title: 'Guidelines for troubleshooting the Key Management Service (KMS)',
	url: KMS_TROUBLESHOOTING.url,
};
const SLMGR_VBS: Source = {
	title: 'slmgr.vbs (%SystemRoot%\\System32, Microsoft), its built-in strings',
	url: SLMGR_PAGE.url,
};

/**
 * OUR_READING of errorMeanings.ts, written out: importing that module would pull every error
 * meaning into the bundles that load host keys (the lab). A test keeps the two equal.
 */
export const HOST_CHANNEL_OUR_READING: Localized = { ja: '当サイトの解釈:', en: 'Our reading:' };
const OUR_READING = HOST_CHANNEL_OUR_READING;

export const HOST_CHANNEL_SOURCES: readonly Source[] = [KMS_GENERAL, SLMGR_VBS];

export const HOST_CHANNEL_NAMES: readonly HostChannelName[] = [
	{
		channel: 'VOLUME_KMS_C',
		group: null,
		note: {
			ja: `Microsoft の「Managing License States」(Windows 7 / Windows Server 2008 R2 の時代の資料) の KMS ホストの例 (ServerEnterprise エディション) に「VOLUME_KMS_C channel」と表示されています。Windows Server 2008 と 2008 R2 のサーバー用キーは 3 つのグループ (A・B・C) に分かれ、KMS キーは自分のグループと「下位」のグループを認証します。${OUR_READING.ja} C はそのグループ C (Datacenter と Itanium 向け) の KMS キーと考えられます。現在のグループ (Volume License for Windows Server 2016 以降) のどれにも当たりません。`,
			en: `Microsoft's "Managing License States" (Windows 7 / Windows Server 2008 R2 era) shows "VOLUME_KMS_C channel" on its sample KMS host (ServerEnterprise edition). Windows Server 2008 and 2008 R2 server keys come in three groups (A, B, C), and a KMS key activates its own group and the "lower" ones. ${OUR_READING.en} C is that group C (Datacenter and Itanium) KMS key. It is none of the current groups (Volume License for Windows Server 2016 and later).`,
		},
		mappingConfirmed: false,
		sources: [LICENSE_STATES, WS2008_GROUPS],
	},
	{
		channel: 'VOLUME_KMS_2012-R2_WIN10',
		group: null,
		note: {
			ja: `Microsoft Q&A に利用者が貼った、Windows Server 2012 R2 の KMS ホスト (ADBA にも使用) の slmgr /dlv にある名前です。Microsoft の KB 3086418 は、Windows Server 2012 R2 の KMS ホストで Windows 10 を認証するためのキーを VLSC の「Windows Srv 2012R2 DataCtr/Std KMS for Windows 10」としています。${OUR_READING.ja} このチャネルはそのキーと考えられます。`,
			en: `Seen in slmgr /dlv of a Windows Server 2012 R2 KMS host (also used for ADBA) that a user pasted on Microsoft Q&A. Microsoft's KB 3086418 names the key that lets a Windows Server 2012 R2 KMS host activate Windows 10 "Windows Srv 2012R2 DataCtr/Std KMS for Windows 10" in VLSC. ${OUR_READING.en} this channel is that key.`,
		},
		mappingConfirmed: false,
		sources: [QA478271, KB3086418],
	},
	{
		channel: 'VOLUME_KMS_WS22',
		group: 'ws2022',
		note: {
			ja: `実際の出力に見られる名前で、KMS Lab のシミュレーターも Windows Server 2022 のホスト キーにこの名前を使います。${OUR_READING.ja} WS22 は Windows Server 2022 を指し、「Volume License for Windows Server 2022」のグループのキーと考えられます。Microsoft のページにこの名前はありません。`,
			en: `Seen in real outputs, and the KMS Lab simulator prints it for a Windows Server 2022 host key. ${OUR_READING.en} WS22 stands for Windows Server 2022, the "Volume License for Windows Server 2022" group. No Microsoft page shows this name.`,
		},
		mappingConfirmed: false,
		sources: [KMS_GENERAL, SLMGR_VBS],
	},
];

const channelByName = new Map(HOST_CHANNEL_NAMES.map((c) => [c.channel.toUpperCase(), c]));

/** The entry for a channel read from a Description line (`VOLUME_KMS_C`, any letter case), if listed. */
export function findHostChannel(channel: string): HostChannelName | undefined {
	return channelByName.get(channel.trim().toUpperCase());
}

/** True when a Description line names a KMS host channel, by slmgr.vbs's own rule. */
export function isKmsHostDescription(description: string): boolean {
	return description.includes('VOLUME_KMS') && !description.includes('VOLUME_KMSCLIENT');
}
