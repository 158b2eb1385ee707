import type { Localized, Source } from './types.ts';
import type { Product, ProductLine } from './products.ts';

/**
 * KMS host keys (CSVLK groups): where each can be hosted, what it activates, and the minimum
 * updates a host needs to activate newer versions (rule R4, from Microsoft's KMS
 * activation planning page, revision dated 2024-11-12).
 *
 * The page's address is HOST_KEY_SOURCE in sources.ts, not here: the engine reads these tables in
 * the lab's first load, which has no use for the list of sources.
 *
 * A KMS host never hands out keys: clients keep their own GVLK. The host key *group* only
 * decides which client products the host will count and activate.
 */

export type CsvlkGroupId = 'ws2025' | 'ws2022' | 'ws2019' | 'ws2016' | 'win10';

/**
 * Operating systems a KMS host can run in KMS Lab. Server 2008 R2 is here for the minimum-updates
 * table only: none of the five key groups below can be hosted on it (HOST_KEY_SOURCE in sources.ts).
 */
export type HostOsId =
	| 'ws2025'
	| 'ws2022'
	| 'ws2019'
	| 'ws2016'
	| 'ws2012r2'
	| 'ws2012'
	| 'ws2008r2'
	| 'win10'
	| 'win8.1'
	| 'win7';

export const HOST_OS_NAMES: Readonly<Record<HostOsId, Localized>> = {
	ws2025: { ja: 'Windows Server 2025', en: 'Windows Server 2025' },
	ws2022: { ja: 'Windows Server 2022', en: 'Windows Server 2022' },
	ws2019: { ja: 'Windows Server 2019', en: 'Windows Server 2019' },
	ws2016: { ja: 'Windows Server 2016', en: 'Windows Server 2016' },
	ws2012r2: { ja: 'Windows Server 2012 R2', en: 'Windows Server 2012 R2' },
	ws2012: { ja: 'Windows Server 2012', en: 'Windows Server 2012' },
	ws2008r2: { ja: 'Windows Server 2008 R2', en: 'Windows Server 2008 R2' },
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

const SERVERS_FROM_2008: readonly ProductLine[] = [
	'ws-sac',
	'ws2019',
	'ws2016',
	'ws2012r2',
	'ws2012',
	'ws2008r2',
	'ws2008',
];

export const CSVLK_GROUPS: readonly CsvlkGroup[] = [
	{
		id: 'ws2025',
		name: {
			ja: 'Volume License for Windows Server 2025',
			en: 'Volume License for Windows Server 2025',
		},
		hostedOn: ['ws2025', 'ws2022', 'ws2019'],
		activates: [
			'ws2025',
			'ws2022',
			...SERVERS_FROM_2008,
			'win11-ltsc2024',
			'win11',
			'win10-ltsc2021',
			'win10-ltsc2019',
			'win10-ltsb2016',
			'win10-ltsb2015',
			'win10',
			'win8.1',
			'win7',
		],
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
		name: {
			ja: 'Volume License for Windows Server 2022',
			en: 'Volume License for Windows Server 2022',
		},
		hostedOn: ['ws2022', 'ws2019', 'ws2016'],
		activates: [
			'ws2022',
			...SERVERS_FROM_2008,
			'win11',
			'win10-ltsc2021',
			'win10-ltsc2019',
			'win10-ltsb2016',
			'win10-ltsb2015',
			'win10',
			'win8.1',
			'win7',
		],
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
		name: {
			ja: 'Volume License for Windows Server 2019',
			en: 'Volume License for Windows Server 2019',
		},
		hostedOn: ['ws2019', 'ws2016', 'ws2012r2'],
		activates: [
			...SERVERS_FROM_2008,
			'win10-ltsc2019',
			'win10-ltsb2016',
			'win10-ltsb2015',
			'win10',
			'win8.1',
			'win7',
		],
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
		name: {
			ja: 'Volume License for Windows Server 2016',
			en: 'Volume License for Windows Server 2016',
		},
		hostedOn: ['ws2016', 'ws2012r2', 'ws2012'],
		activates: [
			...SERVERS_FROM_2008.filter((l) => l !== 'ws2019'),
			'win10-ltsb2016',
			'win10-ltsb2015',
			'win10',
			'win8.1',
			'win7',
		],
		activatesText: {
			ja: 'Windows Server 半期チャネル、2016、2012 R2、2012、2008 R2、2008。Windows 10 LTSB 2015/2016、Enterprise、Pro、Pro for Workstations、Education。Windows 8.1。Windows 7',
			en: 'Windows Server SAC, 2016, 2012 R2, 2012, 2008 R2, 2008; Windows 10 LTSB 2015/2016, Enterprise, Pro, Pro for Workstations, Education; 8.1; 7',
		},
		clientOnly: false,
	},
	{
		id: 'win10',
		name: {
			ja: 'Volume license for Windows 10 (クライアント用 KMS ホスト キー)',
			en: 'Volume license for Windows 10 (client host key)',
		},
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
	en: "Pro Education, Enterprise G and IoT Enterprise LTSC are not named in Microsoft's lists. KMS Lab treats Pro Education and Enterprise G like the other editions of their version, and covers IoT Enterprise LTSC by no host key (both unconfirmed).",
};

/** Every Windows 10 line ("Windows 10" in the updates table; IoT LTSC is covered by no host key). */
const WINDOWS_10_LINES: readonly ProductLine[] = [
	'win10',
	'win10-ltsb2015',
	'win10-ltsb2016',
	'win10-ltsc2019',
	'win10-ltsc2021',
];

/** One row of the minimum-updates table: hosts running `hostOs` need `update` to activate `lines`. */
export interface HostUpdate {
	readonly hostOs: readonly HostOsId[];
	/** The product lines the row is about (what `toActivate` says, in machine-readable form). */
	readonly lines: readonly ProductLine[];
	/** What the update lets the host activate. */
	readonly toActivate: Localized;
	/** The KB number, e.g. "KB5034765"; null when no update exists (`noUpdate`). */
	readonly kb: string | null;
	/** Minimum update, e.g. "KB5034765 (Feb 13, 2024) or later CU". */
	readonly update: Localized;
	/** True when no update lets such a host activate these lines (the host OS must be replaced). */
	readonly noUpdate?: true;
	/** Where the row comes from, when not from HOST_KEY_SOURCE (sources.ts). */
	readonly source?: Source;
}

/**
 * Minimum updates on the host to activate versions newer than the host OS (Microsoft's table, in
 * its order). Install the latest CU anyway. Rows for one host OS are listed latest update first,
 * and a later row's lines are a subset of the earlier row's (a test checks it): see
 * `requiredHostUpdate`.
 */
export const HOST_UPDATE_REQUIREMENTS: readonly HostUpdate[] = [
	{
		hostOs: ['ws2022'],
		lines: ['ws2025'],
		toActivate: { ja: 'Windows Server 2025', en: 'Windows Server 2025' },
		kb: 'KB5034765',
		update: {
			ja: 'KB5034765 (2024 年 2 月 13 日) 以降の累積更新プログラム',
			en: 'KB5034765 (Feb 13, 2024) or later CU',
		},
	},
	{
		hostOs: ['ws2019'],
		lines: ['ws2025'],
		toActivate: { ja: 'Windows Server 2025', en: 'Windows Server 2025' },
		kb: 'KB5034768',
		update: {
			ja: 'KB5034768 (2024 年 2 月 13 日) 以降の累積更新プログラム',
			en: 'KB5034768 (Feb 13, 2024) or later CU',
		},
	},
	{
		hostOs: ['ws2019'],
		lines: ['ws2022'],
		toActivate: { ja: 'Windows Server 2022', en: 'Windows Server 2022' },
		kb: 'KB5003646',
		update: {
			ja: 'KB5003646 (2021 年 6 月 8 日) 以降の累積更新プログラム',
			en: 'KB5003646 (Jun 8, 2021) or later CU',
		},
	},
	{
		hostOs: ['ws2016'],
		lines: ['ws2022', 'ws2019'],
		toActivate: { ja: 'Windows Server 2022 と 2019', en: 'Windows Server 2022 and 2019' },
		kb: 'KB5003638',
		update: {
			ja: 'KB5003638 (2021 年 6 月 8 日) 以降の累積更新プログラム',
			en: 'KB5003638 (Jun 8, 2021) or later CU',
		},
	},
	{
		hostOs: ['ws2016'],
		lines: ['ws2019'],
		toActivate: { ja: 'Windows Server 2019', en: 'Windows Server 2019' },
		kb: 'KB4478877',
		update: {
			ja: 'KB4478877 (2018 年 12 月 3 日) 以降の累積更新プログラム',
			en: 'KB4478877 (Dec 3, 2018) or later CU',
		},
	},
	{
		hostOs: ['ws2012r2'],
		lines: ['ws2019', 'ws2016', ...WINDOWS_10_LINES],
		toActivate: {
			ja: 'Windows Server 2019、2016、Windows 10',
			en: 'Windows Server 2019, 2016, Windows 10',
		},
		kb: 'KB4467695',
		update: {
			ja: 'KB4467695 (2018 年 11 月 27 日のプレビュー ロールアップ) 以降',
			en: 'KB4467695 (Nov 27, 2018 preview rollup) or later',
		},
	},
	{
		hostOs: ['ws2012r2', 'win8.1'],
		lines: ['ws2016', ...WINDOWS_10_LINES],
		toActivate: { ja: 'Windows Server 2016、Windows 10', en: 'Windows Server 2016, Windows 10' },
		kb: 'KB3172614',
		update: {
			ja: '2016 年 7 月のロールアップ KB3172614 以降',
			en: 'July 2016 rollup KB3172614 or later',
		},
	},
	{
		hostOs: ['ws2012'],
		lines: ['ws2016', 'ws2012r2', ...WINDOWS_10_LINES],
		toActivate: {
			ja: 'Windows Server 2016、2012 R2、Windows 10',
			en: 'Windows Server 2016, 2012 R2, Windows 10',
		},
		kb: 'KB3172615',
		update: {
			ja: '2016 年 7 月のロールアップ KB3172615 以降',
			en: 'July 2016 rollup KB3172615 or later',
		},
	},
	{
		hostOs: ['ws2008r2', 'win7'],
		lines: ['ws2012r2', 'ws2012', ...WINDOWS_10_LINES],
		toActivate: {
			ja: 'Windows Server 2012 R2、2012、Windows 10',
			en: 'Windows Server 2012 R2, 2012, Windows 10',
		},
		kb: 'KB3079821',
		update: { ja: 'KB3079821', en: 'KB3079821' },
	},
];

/**
 * Pairs no update can fix: the host OS has to be replaced. Kept apart from Microsoft's table (a
 * different page says it) so the table renders as Microsoft writes it.
 */
export const HOST_UPDATE_DEAD_ENDS: readonly HostUpdate[] = [
	{
		hostOs: ['ws2008r2'],
		lines: ['ws2016', 'ws-sac', 'ws2019', 'ws2022', 'ws2025'],
		toActivate: { ja: 'Windows Server 2016 以降', en: 'Windows Server 2016 or later' },
		kb: null,
		update: {
			ja: 'なし (Windows Server 2008 R2 の KMS ホストに Windows Server 2016 以降を認証させる更新プログラムはありません)',
			en: 'None (no update lets a Windows Server 2008 R2 KMS host activate Windows Server 2016 or later)',
		},
		noUpdate: true,
		// Read from the Japanese page's 2018 text (the source below).
		source: {
			title: 'Windows Server 2016 Activation',
			url: 'https://learn.microsoft.com/windows-server/get-started/server-2016-activation',
		},
	},
];

/**
 * The update a host running `hostOs` needs before it can activate `product`, or null when none
 * is listed (the host OS is the same version or newer, or no row covers the pair). A `noUpdate`
 * row means no update helps.
 *
 * When two rows match (Server 2016 host + Server 2019: KB5003638 and KB4478877; Server 2012 R2
 * host + Server 2016 or Windows 10: KB4467695 and KB3172614), the later, more complete update is
 * returned: rollups are cumulative, so it includes the earlier one and is enough whichever host
 * key is installed. That is the first match in table order.
 */
export function requiredHostUpdate(
	hostOs: HostOsId,
	product: Pick<Product, 'line'>
): HostUpdate | null {
	const applies = (row: HostUpdate) =>
		row.hostOs.includes(hostOs) && row.lines.includes(product.line);
	return HOST_UPDATE_DEAD_ENDS.find(applies) ?? HOST_UPDATE_REQUIREMENTS.find(applies) ?? null;
}

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
