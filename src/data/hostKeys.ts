import type { Localized, Source } from './types.ts';
import type { Product, ProductLine } from './products.ts';

/**
 * KMS host keys (CSVLK groups): where each can be hosted, what it activates, and the minimum
 * updates a host needs to activate newer versions (fact sheet §8, from Microsoft's KMS
 * activation planning page, revision dated 2024-11-12).
 *
 * A KMS host never hands out keys: clients keep their own GVLK. The host key *group* only
 * decides which client products the host will count and activate.
 */

export const HOST_KEY_SOURCE: Source = {
	title: 'Key Management Services (KMS) activation planning',
	url: 'https://learn.microsoft.com/windows-server/get-started/kms-activation-planning',
};

export type CsvlkGroupId = 'ws2025' | 'ws2022' | 'ws2019' | 'ws2016' | 'win10';

/** Operating systems a KMS host can run in KMS Lab. */
export type HostOsId = 'ws2025' | 'ws2022' | 'ws2019' | 'ws2016' | 'ws2012r2' | 'ws2012' | 'win10' | 'win8.1' | 'win7';

export const HOST_OS_NAMES: Readonly<Record<HostOsId, Localized>> = {
	ws2025: { ja: 'Windows Server 2025', en: 'Windows Server 2025' },
	ws2022: { ja: 'Windows Server 2022', en: 'Windows Server 2022' },
	ws2019: { ja: 'Windows Server 2019', en: 'Windows Server 2019' },
	ws2016: { ja: 'Windows Server 2016', en: 'Windows Server 2016' },
	ws2012r2: { ja: 'Windows Server 2012 R2', en: 'Windows Server 2012 R2' },
	ws2012: { ja: 'Windows Server 2012', en: 'Windows Server 2012' },
	win10: { ja: 'Windows 10', en: 'Windows 10' },
	'win8.1': { ja: 'Windows 8.1', en: 'Windows 8.1' },
	win7: { ja: 'Windows 7', en: 'Windows 7' },
};

export interface CsvlkGroup {
	readonly id: CsvlkGroupId;
	/** Microsoft's name for the key group, e.g. "Volume License for Windows Server 2022". */
	readonly name: Localized;
	/** Host operating systems the key can be installed on. */
	readonly hostedOn: readonly HostOsId[];
	/** Product lines a host with this key activates. */
	readonly activates: readonly ProductLine[];
	/** The activation list as Microsoft writes it (editions named there). */
	readonly activatesText: Localized;
	/** True for the Windows client host key: it activates client OSes only. */
	readonly clientOnly: boolean;
	readonly note?: Localized;
}

const SERVERS_FROM_2008: readonly ProductLine[] = ['ws-sac', 'ws2019', 'ws2016', 'ws2012r2', 'ws2012', 'ws2008r2', 'ws2008'];

export const CSVLK_GROUPS: readonly CsvlkGroup[] = [
	{
		id: 'ws2025',
		name: { ja: 'Volume License for Windows Server 2025', en: 'Volume License for Windows Server 2025' },
		hostedOn: ['ws2025', 'ws2022', 'ws2019'],
		activates: ['ws2025', 'ws2022', ...SERVERS_FROM_2008, 'win11-ltsc2024', 'win11', 'win10-ltsc2021', 'win10-ltsc2019', 'win10-ltsb2016', 'win10-ltsb2015', 'win10', 'win8.1', 'win7'],
		activatesText: {
			ja: 'Windows Server 2025、2022、半期チャネル、2019、2016、2012 R2、2012、2008 R2、2008。Windows 11 Enterprise LTSC 2024。Windows 11 Enterprise/N、Pro/N、Pro for Workstations/N、Education/N。Windows 10 Enterprise LTSC/LTSC N/LTSB、Enterprise/N、Pro/N、Pro for Workstations/N、Education/N。Windows 8.1 Enterprise/Pro。Windows 7 Enterprise/Professional',
			en: 'Windows Server 2025, 2022, SAC, 2019, 2016, 2012 R2, 2012, 2008 R2, 2008; Windows 11 Enterprise LTSC 2024; Windows 11 Enterprise/N, Pro/N, Pro for Workstations/N, Education/N; Windows 10 Enterprise LTSC/LTSC N/LTSB, Enterprise/N, Pro/N, Pro for Workstations/N, Education/N; Windows 8.1 Enterprise/Pro; Windows 7 Enterprise/Pro',
		},
		clientOnly: false,
		note: {
			ja: 'Windows Server 2025 と 2022 の Datacenter: Azure Edition は KMS ホストにできません。',
			en: 'Windows Server 2025 and 2022 Datacenter: Azure Edition cannot be a KMS host.',
		},
	},
	{
		id: 'ws2022',
		name: { ja: 'Volume License for Windows Server 2022', en: 'Volume License for Windows Server 2022' },
		hostedOn: ['ws2022', 'ws2019', 'ws2016'],
		activates: ['ws2022', ...SERVERS_FROM_2008, 'win11', 'win10-ltsc2021', 'win10-ltsc2019', 'win10-ltsb2016', 'win10-ltsb2015', 'win10', 'win8.1', 'win7'],
		activatesText: {
			ja: 'Windows Server 2025 用の一覧から Windows Server 2025 と Windows 11 Enterprise LTSC 2024 を除いたもの',
			en: 'The Windows Server 2025 list minus Windows Server 2025 and Windows 11 Enterprise LTSC 2024',
		},
		clientOnly: false,
		note: {
			ja: 'Windows Server 2022 Datacenter: Azure Edition は KMS ホストにできません。',
			en: 'Windows Server 2022 Datacenter: Azure Edition cannot be a KMS host.',
		},
	},
	{
		id: 'ws2019',
		name: { ja: 'Volume License for Windows Server 2019', en: 'Volume License for Windows Server 2019' },
		hostedOn: ['ws2019', 'ws2016', 'ws2012r2'],
		activates: [...SERVERS_FROM_2008, 'win10-ltsc2019', 'win10-ltsb2016', 'win10-ltsb2015', 'win10', 'win8.1', 'win7'],
		activatesText: {
			ja: 'Windows Server 半期チャネル、2019、2016、2012 R2、2012、2008 R2、2008。Windows 10 (LTSC/LTSB、Enterprise、Pro、Pro for Workstations、Education)、Windows 8.1 Enterprise/Pro、Windows 7 Enterprise/Professional。Windows 11 は含まれません',
			en: 'Windows Server SAC, 2019, 2016, 2012 R2, 2012, 2008 R2, 2008; Windows 10 (LTSC/LTSB, Enterprise, Pro, Pro for Workstations, Education), 8.1 Enterprise/Pro, 7 Enterprise/Pro. No Windows 11.',
		},
		clientOnly: false,
		note: {
			ja: 'Microsoft の一覧は「LTSC/LTSB」とだけ書いています。KMS Lab ではこのキーより後に出た Windows 10 Enterprise LTSC 2021 は含めていません (未確認)。',
			en: 'Microsoft\'s list says only "LTSC/LTSB". KMS Lab does not count Windows 10 Enterprise LTSC 2021, released after this key (unconfirmed).',
		},
	},
	{
		id: 'ws2016',
		name: { ja: 'Volume License for Windows Server 2016', en: 'Volume License for Windows Server 2016' },
		hostedOn: ['ws2016', 'ws2012r2', 'ws2012'],
		activates: [...SERVERS_FROM_2008.filter((l) => l !== 'ws2019'), 'win10-ltsb2016', 'win10-ltsb2015', 'win10', 'win8.1', 'win7'],
		activatesText: {
			ja: 'Windows Server 半期チャネル、2016、2012 R2、2012、2008 R2、2008。Windows 10 LTSB 2015/2016、Enterprise、Pro、Pro for Workstations、Education。Windows 8.1。Windows 7',
			en: 'Windows Server SAC, 2016, 2012 R2, 2012, 2008 R2, 2008; Windows 10 LTSB 2015/2016, Enterprise, Pro, Pro for Workstations, Education; 8.1; 7',
		},
		clientOnly: false,
	},
	{
		id: 'win10',
		name: { ja: 'Volume license for Windows 10 (クライアント用 KMS ホスト キー)', en: 'Volume license for Windows 10 (client host key)' },
		hostedOn: ['win10', 'win8.1', 'win7'],
		activates: ['win10-ltsb2015', 'win10', 'win8.1', 'win7'],
		activatesText: {
			ja: 'Windows 10 Enterprise LTSB 2015、Enterprise、Pro、Education、Pro for Workstations。Windows 8.1 Enterprise/Pro。Windows 7 Enterprise/Professional (クライアント OS のみ)',
			en: 'Windows 10 Enterprise LTSB 2015, Enterprise, Pro, Education, Pro for Workstations; 8.1 Enterprise/Pro; 7 Enterprise/Pro (client OSes only)',
		},
		clientOnly: true,
		note: {
			ja: 'Windows クライアントの KMS ホスト キーは Windows Server にはインストールできません。',
			en: "A client KMS key can't be installed on Windows Server.",
		},
	},
];

/**
 * Editions that Microsoft's activation lists do not name (Pro Education, Enterprise G, IoT
 * Enterprise LTSC). KMS Lab covers the first two through their version line, and IoT through no
 * group; both choices are unconfirmed and shown as such.
 */
export const UNLISTED_EDITIONS_NOTE: Localized = {
	ja: 'Pro Education、Enterprise G、IoT Enterprise LTSC は Microsoft の一覧に明記されていません。KMS Lab では Pro Education と Enterprise G を同じバージョンの他のエディションと同様に扱い、IoT Enterprise LTSC はどのホスト キーにも含めていません (いずれも未確認)。',
	en: 'Pro Education, Enterprise G and IoT Enterprise LTSC are not named in Microsoft\'s lists. KMS Lab treats Pro Education and Enterprise G like the other editions of their version, and covers IoT Enterprise LTSC by no host key (both unconfirmed).',
};

export interface HostUpdateRequirement {
	readonly hostOs: readonly HostOsId[];
	/** What the update lets the host activate. */
	readonly toActivate: Localized;
	/** Minimum update, e.g. "KB5034765 (Feb 13, 2024) or later CU". */
	readonly update: Localized;
}

/** Minimum updates on the host to activate versions newer than the host OS. Install the latest CU anyway. */
export const HOST_UPDATE_REQUIREMENTS: readonly HostUpdateRequirement[] = [
	{ hostOs: ['ws2022'], toActivate: { ja: 'Windows Server 2025', en: 'Windows Server 2025' }, update: { ja: 'KB5034765 (2024 年 2 月 13 日) 以降の累積更新プログラム', en: 'KB5034765 (Feb 13, 2024) or later CU' } },
	{ hostOs: ['ws2019'], toActivate: { ja: 'Windows Server 2025', en: 'Windows Server 2025' }, update: { ja: 'KB5034768 (2024 年 2 月 13 日) 以降の累積更新プログラム', en: 'KB5034768 (Feb 13, 2024) or later CU' } },
	{ hostOs: ['ws2019'], toActivate: { ja: 'Windows Server 2022', en: 'Windows Server 2022' }, update: { ja: 'KB5003646 (2021 年 6 月 8 日) 以降の累積更新プログラム', en: 'KB5003646 (Jun 8, 2021) or later CU' } },
	{ hostOs: ['ws2016'], toActivate: { ja: 'Windows Server 2022 と 2019', en: 'Windows Server 2022 and 2019' }, update: { ja: 'KB5003638 (2021 年 6 月 8 日) 以降の累積更新プログラム', en: 'KB5003638 (Jun 8, 2021) or later CU' } },
	{ hostOs: ['ws2016'], toActivate: { ja: 'Windows Server 2019', en: 'Windows Server 2019' }, update: { ja: 'KB4478877 (2018 年 12 月 3 日) 以降の累積更新プログラム', en: 'KB4478877 (Dec 3, 2018) or later CU' } },
	{ hostOs: ['ws2012r2'], toActivate: { ja: 'Windows Server 2019、2016、Windows 10', en: 'Windows Server 2019, 2016, Windows 10' }, update: { ja: 'KB4467695 (2018 年 11 月 27 日のプレビュー ロールアップ) 以降', en: 'KB4467695 (Nov 27, 2018 preview rollup) or later' } },
	{ hostOs: ['ws2012r2', 'win8.1'], toActivate: { ja: 'Windows Server 2016、Windows 10', en: 'Windows Server 2016, Windows 10' }, update: { ja: '2016 年 7 月のロールアップ KB3172614 以降', en: 'July 2016 rollup KB3172614 or later' } },
	{ hostOs: ['ws2012'], toActivate: { ja: 'Windows Server 2016、2012 R2、Windows 10', en: 'Windows Server 2016, 2012 R2, Windows 10' }, update: { ja: '2016 年 7 月のロールアップ KB3172615 以降', en: 'July 2016 rollup KB3172615 or later' } },
	{ hostOs: ['win7'], toActivate: { ja: 'Windows Server 2012 R2、2012、Windows 10', en: 'Windows Server 2012 R2, 2012, Windows 10' }, update: { ja: 'KB3079821', en: 'KB3079821' } },
];

const groupsById = new Map(CSVLK_GROUPS.map((g) => [g.id, g]));

export function findCsvlkGroup(id: string): CsvlkGroup | undefined {
	return groupsById.get(id as CsvlkGroupId);
}

/** True if a host with this key group counts and activates the product (R4; otherwise 0xC004F042). */
export function groupActivates(group: CsvlkGroupId, product: Product): boolean {
	const g = groupsById.get(group);
	return g !== undefined && g.activates.includes(product.line);
}

/** True if the key group can be installed on this host OS. */
export function groupHostableOn(group: CsvlkGroupId, os: HostOsId): boolean {
	const g = groupsById.get(group);
	return g !== undefined && g.hostedOn.includes(os);
}
