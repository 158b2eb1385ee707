import type { Localized } from './types.ts';

/**
 * Windows editions that can be KMS/ADBA clients in KMS Lab, with their GVLK (KMS client setup
 * key) from Microsoft's published table (GVLK_SOURCE in sources.ts). GVLKs are public: Microsoft says they
 * are the only product keys that need no secrecy, and they activate nothing without your own
 * KMS host or AD activation object.
 *
 * `name.en` is the product name as Microsoft writes it; `name.ja` is the Japanese display name
 * (Microsoft's Japanese pages keep the English edition names).
 */

/** Client OS or server OS: decides the threshold (25 or 5) and which host keys cover it. */
export type ProductFamily = 'client' | 'server';

/**
 * A product line: the unit the host-key (CSVLK) matrix is written in (rule R4).
 * Lines without entries in PRODUCTS (Windows 8.1, 7, older servers) appear only in that matrix,
 * because the lab has no clients of those versions.
 */
export type ProductLine =
	| 'win11'
	| 'win10'
	| 'win11-ltsc2024'
	| 'win10-ltsc2021'
	| 'win10-ltsc2019'
	| 'win10-ltsb2016'
	| 'win10-ltsb2015'
	| 'iot-ltsc'
	| 'win8.1'
	| 'win7'
	| 'ws2025'
	| 'ws2022'
	| 'ws-sac'
	| 'ws2019'
	| 'ws2016'
	| 'ws2012r2'
	| 'ws2012'
	| 'ws2008r2'
	| 'ws2008';

export interface Product {
	/** Stable id used by scenarios, e.g. `win11-enterprise`. */
	readonly id: string;
	readonly name: Localized;
	readonly line: ProductLine;
	readonly family: ProductFamily;
	/** The Windows version the edition belongs to, e.g. "Windows 11", "Windows Server 2022". */
	readonly version: string;
	/** KMS client setup key (GVLK). Several editions share one (Windows 10/11 GA, LTSC 2019/2021/2024). */
	readonly gvlk: string;
	/** Windows 8.1+ and Server 2012+ can use Active Directory-based activation. */
	readonly adbaCapable: boolean;
}

/** The revision of Microsoft's GVLK page these keys were read from (a newer one exists; re-check before publishing). */
export const GVLK_PAGE_REVISION = '2024-10-01';

export const PRODUCTS: readonly Product[] = [
	{
		id: 'win11-pro',
		name: { en: 'Windows 11 Pro', ja: 'Windows 11 Pro' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'W269N-WFGWX-YVC9B-4J6C9-T83GX',
		adbaCapable: true,
	},
	{
		id: 'win11-pro-n',
		name: { en: 'Windows 11 Pro N', ja: 'Windows 11 Pro N' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'MH37W-N47XK-V7XM9-C7227-GCQG9',
		adbaCapable: true,
	},
	{
		id: 'win11-pro-workstations',
		name: { en: 'Windows 11 Pro for Workstations', ja: 'Windows 11 Pro for Workstations' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'NRG8B-VKK3Q-CXVCJ-9G2XF-6Q84J',
		adbaCapable: true,
	},
	{
		id: 'win11-pro-workstations-n',
		name: { en: 'Windows 11 Pro for Workstations N', ja: 'Windows 11 Pro for Workstations N' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: '9FNHH-K3HBT-3W4TD-6383H-6XYWF',
		adbaCapable: true,
	},
	{
		id: 'win11-pro-education',
		name: { en: 'Windows 11 Pro Education', ja: 'Windows 11 Pro Education' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: '6TP4R-GNPTD-KYYHQ-7B7DP-J447Y',
		adbaCapable: true,
	},
	{
		id: 'win11-pro-education-n',
		name: { en: 'Windows 11 Pro Education N', ja: 'Windows 11 Pro Education N' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'YVWGF-BXNMC-HTQYQ-CPQ99-66QFC',
		adbaCapable: true,
	},
	{
		id: 'win11-education',
		name: { en: 'Windows 11 Education', ja: 'Windows 11 Education' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'NW6C2-QMPVW-D7KKK-3GKT6-VCFB2',
		adbaCapable: true,
	},
	{
		id: 'win11-education-n',
		name: { en: 'Windows 11 Education N', ja: 'Windows 11 Education N' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: '2WH4N-8QGBV-H22JP-CT43Q-MDWWJ',
		adbaCapable: true,
	},
	{
		id: 'win11-enterprise',
		name: { en: 'Windows 11 Enterprise', ja: 'Windows 11 Enterprise' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'NPPR9-FWDCX-D2C8J-H872K-2YT43',
		adbaCapable: true,
	},
	{
		id: 'win11-enterprise-n',
		name: { en: 'Windows 11 Enterprise N', ja: 'Windows 11 Enterprise N' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'DPH2V-TTNVB-4X9Q3-TJR4H-KHJW4',
		adbaCapable: true,
	},
	{
		id: 'win11-enterprise-g',
		name: { en: 'Windows 11 Enterprise G', ja: 'Windows 11 Enterprise G' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'YYVX9-NTFWV-6MDM3-9PT4T-4M68B',
		adbaCapable: true,
	},
	{
		id: 'win11-enterprise-g-n',
		name: { en: 'Windows 11 Enterprise G N', ja: 'Windows 11 Enterprise G N' },
		line: 'win11',
		family: 'client',
		version: 'Windows 11',
		gvlk: '44RPN-FTY23-9VTTB-MP9BX-T84FV',
		adbaCapable: true,
	},
	{
		id: 'win10-pro',
		name: { en: 'Windows 10 Pro', ja: 'Windows 10 Pro' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'W269N-WFGWX-YVC9B-4J6C9-T83GX',
		adbaCapable: true,
	},
	{
		id: 'win10-pro-n',
		name: { en: 'Windows 10 Pro N', ja: 'Windows 10 Pro N' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'MH37W-N47XK-V7XM9-C7227-GCQG9',
		adbaCapable: true,
	},
	{
		id: 'win10-pro-workstations',
		name: { en: 'Windows 10 Pro for Workstations', ja: 'Windows 10 Pro for Workstations' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'NRG8B-VKK3Q-CXVCJ-9G2XF-6Q84J',
		adbaCapable: true,
	},
	{
		id: 'win10-pro-workstations-n',
		name: { en: 'Windows 10 Pro for Workstations N', ja: 'Windows 10 Pro for Workstations N' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: '9FNHH-K3HBT-3W4TD-6383H-6XYWF',
		adbaCapable: true,
	},
	{
		id: 'win10-pro-education',
		name: { en: 'Windows 10 Pro Education', ja: 'Windows 10 Pro Education' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: '6TP4R-GNPTD-KYYHQ-7B7DP-J447Y',
		adbaCapable: true,
	},
	{
		id: 'win10-pro-education-n',
		name: { en: 'Windows 10 Pro Education N', ja: 'Windows 10 Pro Education N' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'YVWGF-BXNMC-HTQYQ-CPQ99-66QFC',
		adbaCapable: true,
	},
	{
		id: 'win10-education',
		name: { en: 'Windows 10 Education', ja: 'Windows 10 Education' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'NW6C2-QMPVW-D7KKK-3GKT6-VCFB2',
		adbaCapable: true,
	},
	{
		id: 'win10-education-n',
		name: { en: 'Windows 10 Education N', ja: 'Windows 10 Education N' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: '2WH4N-8QGBV-H22JP-CT43Q-MDWWJ',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise',
		name: { en: 'Windows 10 Enterprise', ja: 'Windows 10 Enterprise' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'NPPR9-FWDCX-D2C8J-H872K-2YT43',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-n',
		name: { en: 'Windows 10 Enterprise N', ja: 'Windows 10 Enterprise N' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'DPH2V-TTNVB-4X9Q3-TJR4H-KHJW4',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-g',
		name: { en: 'Windows 10 Enterprise G', ja: 'Windows 10 Enterprise G' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'YYVX9-NTFWV-6MDM3-9PT4T-4M68B',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-g-n',
		name: { en: 'Windows 10 Enterprise G N', ja: 'Windows 10 Enterprise G N' },
		line: 'win10',
		family: 'client',
		version: 'Windows 10',
		gvlk: '44RPN-FTY23-9VTTB-MP9BX-T84FV',
		adbaCapable: true,
	},
	{
		id: 'win11-enterprise-ltsc2024',
		name: { en: 'Windows 11 Enterprise LTSC 2024', ja: 'Windows 11 Enterprise LTSC 2024' },
		line: 'win11-ltsc2024',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'M7XTQ-FN8P6-TTKYV-9D4CC-J462D',
		adbaCapable: true,
	},
	{
		id: 'win11-enterprise-n-ltsc2024',
		name: { en: 'Windows 11 Enterprise N LTSC 2024', ja: 'Windows 11 Enterprise N LTSC 2024' },
		line: 'win11-ltsc2024',
		family: 'client',
		version: 'Windows 11',
		gvlk: '92NFX-8DJQP-P6BBQ-THF9C-7CG2H',
		adbaCapable: true,
	},
	{
		id: 'win11-iot-enterprise-ltsc2024',
		name: { en: 'Windows IoT Enterprise LTSC 2024', ja: 'Windows IoT Enterprise LTSC 2024' },
		line: 'iot-ltsc',
		family: 'client',
		version: 'Windows 11',
		gvlk: 'KBN8V-HFGQ4-MGXVD-347P6-PDQGT',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-ltsc2021',
		name: { en: 'Windows 10 Enterprise LTSC 2021', ja: 'Windows 10 Enterprise LTSC 2021' },
		line: 'win10-ltsc2021',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'M7XTQ-FN8P6-TTKYV-9D4CC-J462D',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-n-ltsc2021',
		name: { en: 'Windows 10 Enterprise N LTSC 2021', ja: 'Windows 10 Enterprise N LTSC 2021' },
		line: 'win10-ltsc2021',
		family: 'client',
		version: 'Windows 10',
		gvlk: '92NFX-8DJQP-P6BBQ-THF9C-7CG2H',
		adbaCapable: true,
	},
	{
		id: 'win10-iot-enterprise-ltsc2021',
		name: { en: 'Windows IoT Enterprise LTSC 2021', ja: 'Windows IoT Enterprise LTSC 2021' },
		line: 'iot-ltsc',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'KBN8V-HFGQ4-MGXVD-347P6-PDQGT',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-ltsc2019',
		name: { en: 'Windows 10 Enterprise LTSC 2019', ja: 'Windows 10 Enterprise LTSC 2019' },
		line: 'win10-ltsc2019',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'M7XTQ-FN8P6-TTKYV-9D4CC-J462D',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-n-ltsc2019',
		name: { en: 'Windows 10 Enterprise N LTSC 2019', ja: 'Windows 10 Enterprise N LTSC 2019' },
		line: 'win10-ltsc2019',
		family: 'client',
		version: 'Windows 10',
		gvlk: '92NFX-8DJQP-P6BBQ-THF9C-7CG2H',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-ltsb2016',
		name: { en: 'Windows 10 Enterprise LTSB 2016', ja: 'Windows 10 Enterprise LTSB 2016' },
		line: 'win10-ltsb2016',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'DCPHK-NFMTC-H88MJ-PFHPY-QJ4BJ',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-n-ltsb2016',
		name: { en: 'Windows 10 Enterprise N LTSB 2016', ja: 'Windows 10 Enterprise N LTSB 2016' },
		line: 'win10-ltsb2016',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'QFFDN-GRT3P-VKWWX-X7T3R-8B639',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-ltsb2015',
		name: { en: 'Windows 10 Enterprise LTSB 2015', ja: 'Windows 10 Enterprise LTSB 2015' },
		line: 'win10-ltsb2015',
		family: 'client',
		version: 'Windows 10',
		gvlk: 'WNMTR-4C88C-JK8YV-HQ7T2-76DF9',
		adbaCapable: true,
	},
	{
		id: 'win10-enterprise-n-ltsb2015',
		name: { en: 'Windows 10 Enterprise N LTSB 2015', ja: 'Windows 10 Enterprise N LTSB 2015' },
		line: 'win10-ltsb2015',
		family: 'client',
		version: 'Windows 10',
		gvlk: '2F77B-TNFGY-69QQF-B8YKP-D69TJ',
		adbaCapable: true,
	},
	{
		id: 'ws2025-standard',
		name: { en: 'Windows Server 2025 Standard', ja: 'Windows Server 2025 Standard' },
		line: 'ws2025',
		family: 'server',
		version: 'Windows Server 2025',
		gvlk: 'TVRH6-WHNXV-R9WG3-9XRFY-MY832',
		adbaCapable: true,
	},
	{
		id: 'ws2025-datacenter',
		name: { en: 'Windows Server 2025 Datacenter', ja: 'Windows Server 2025 Datacenter' },
		line: 'ws2025',
		family: 'server',
		version: 'Windows Server 2025',
		gvlk: 'D764K-2NDRG-47T6Q-P8T8W-YP6DF',
		adbaCapable: true,
	},
	{
		id: 'ws2025-datacenter-azure',
		name: {
			en: 'Windows Server 2025 Datacenter: Azure Edition',
			ja: 'Windows Server 2025 Datacenter: Azure Edition',
		},
		line: 'ws2025',
		family: 'server',
		version: 'Windows Server 2025',
		gvlk: 'XGN3F-F394H-FD2MY-PP6FD-8MCRC',
		adbaCapable: true,
	},
	{
		id: 'ws2022-standard',
		name: { en: 'Windows Server 2022 Standard', ja: 'Windows Server 2022 Standard' },
		line: 'ws2022',
		family: 'server',
		version: 'Windows Server 2022',
		gvlk: 'VDYBN-27WPP-V4HQT-9VMD4-VMK7H',
		adbaCapable: true,
	},
	{
		id: 'ws2022-datacenter',
		name: { en: 'Windows Server 2022 Datacenter', ja: 'Windows Server 2022 Datacenter' },
		line: 'ws2022',
		family: 'server',
		version: 'Windows Server 2022',
		gvlk: 'WX4NM-KYWYW-QJJR4-XV3QB-6VM33',
		adbaCapable: true,
	},
	{
		id: 'ws2022-datacenter-azure',
		name: {
			en: 'Windows Server 2022 Datacenter: Azure Edition',
			ja: 'Windows Server 2022 Datacenter: Azure Edition',
		},
		line: 'ws2022',
		family: 'server',
		version: 'Windows Server 2022',
		gvlk: 'NTBV8-9K7Q8-V27C6-M2BTV-KHMXV',
		adbaCapable: true,
	},
	{
		id: 'ws2019-standard',
		name: { en: 'Windows Server 2019 Standard', ja: 'Windows Server 2019 Standard' },
		line: 'ws2019',
		family: 'server',
		version: 'Windows Server 2019',
		gvlk: 'N69G4-B89J2-4G8F4-WWYCC-J464C',
		adbaCapable: true,
	},
	{
		id: 'ws2019-datacenter',
		name: { en: 'Windows Server 2019 Datacenter', ja: 'Windows Server 2019 Datacenter' },
		line: 'ws2019',
		family: 'server',
		version: 'Windows Server 2019',
		gvlk: 'WMDGN-G9PQG-XVVXX-R3X43-63DFG',
		adbaCapable: true,
	},
	{
		id: 'ws2019-essentials',
		name: { en: 'Windows Server 2019 Essentials', ja: 'Windows Server 2019 Essentials' },
		line: 'ws2019',
		family: 'server',
		version: 'Windows Server 2019',
		gvlk: 'WVDHN-86M7X-466P6-VHXV7-YY726',
		adbaCapable: true,
	},
	{
		id: 'ws2016-standard',
		name: { en: 'Windows Server 2016 Standard', ja: 'Windows Server 2016 Standard' },
		line: 'ws2016',
		family: 'server',
		version: 'Windows Server 2016',
		gvlk: 'WC2BQ-8NRM3-FDDYY-2BFGV-KHKQY',
		adbaCapable: true,
	},
	{
		id: 'ws2016-datacenter',
		name: { en: 'Windows Server 2016 Datacenter', ja: 'Windows Server 2016 Datacenter' },
		line: 'ws2016',
		family: 'server',
		version: 'Windows Server 2016',
		gvlk: 'CB7KF-BWN84-R7R2Y-793K2-8XDDG',
		adbaCapable: true,
	},
	{
		id: 'ws2016-essentials',
		name: { en: 'Windows Server 2016 Essentials', ja: 'Windows Server 2016 Essentials' },
		line: 'ws2016',
		family: 'server',
		version: 'Windows Server 2016',
		gvlk: 'JCKRF-N37P4-C2D82-9YXRT-4M63B',
		adbaCapable: true,
	},
	{
		id: 'ws-sac-standard',
		name: {
			en: 'Windows Server SAC 1809/1903/1909/2004/20H2 Standard',
			ja: 'Windows Server 半期チャネル (1809/1903/1909/2004/20H2) Standard',
		},
		line: 'ws-sac',
		family: 'server',
		version: 'Windows Server SAC',
		gvlk: 'N2KJX-J94YW-TQVFB-DG9YT-724CC',
		adbaCapable: true,
	},
	{
		id: 'ws-sac-datacenter',
		name: {
			en: 'Windows Server SAC 1809/1903/1909/2004/20H2 Datacenter',
			ja: 'Windows Server 半期チャネル (1809/1903/1909/2004/20H2) Datacenter',
		},
		line: 'ws-sac',
		family: 'server',
		version: 'Windows Server SAC',
		gvlk: '6NMRW-2C8FM-D24W7-TQWMY-CWH2D',
		adbaCapable: true,
	},
];

/** Display names of the product lines (used by the host-key matrix and tables). */
export const PRODUCT_LINE_NAMES: Readonly<Record<ProductLine, Localized>> = {
	win11: {
		ja: 'Windows 11 (Enterprise、Pro、Pro for Workstations、Education などの一般提供エディション)',
		en: 'Windows 11 (Enterprise, Pro, Pro for Workstations, Education and other GA editions)',
	},
	win10: {
		ja: 'Windows 10 (Enterprise、Pro、Pro for Workstations、Education などの一般提供エディション)',
		en: 'Windows 10 (Enterprise, Pro, Pro for Workstations, Education and other GA editions)',
	},
	'win11-ltsc2024': {
		ja: 'Windows 11 Enterprise LTSC 2024',
		en: 'Windows 11 Enterprise LTSC 2024',
	},
	'win10-ltsc2021': {
		ja: 'Windows 10 Enterprise LTSC 2021',
		en: 'Windows 10 Enterprise LTSC 2021',
	},
	'win10-ltsc2019': {
		ja: 'Windows 10 Enterprise LTSC 2019',
		en: 'Windows 10 Enterprise LTSC 2019',
	},
	'win10-ltsb2016': {
		ja: 'Windows 10 Enterprise LTSB 2016',
		en: 'Windows 10 Enterprise LTSB 2016',
	},
	'win10-ltsb2015': {
		ja: 'Windows 10 Enterprise LTSB 2015',
		en: 'Windows 10 Enterprise LTSB 2015',
	},
	'iot-ltsc': { ja: 'Windows IoT Enterprise LTSC', en: 'Windows IoT Enterprise LTSC' },
	'win8.1': { ja: 'Windows 8.1 Enterprise / Pro', en: 'Windows 8.1 Enterprise / Pro' },
	win7: { ja: 'Windows 7 Enterprise / Professional', en: 'Windows 7 Enterprise / Professional' },
	ws2025: { ja: 'Windows Server 2025', en: 'Windows Server 2025' },
	ws2022: { ja: 'Windows Server 2022', en: 'Windows Server 2022' },
	'ws-sac': { ja: 'Windows Server 半期チャネル', en: 'Windows Server Semi-Annual Channel' },
	ws2019: { ja: 'Windows Server 2019', en: 'Windows Server 2019' },
	ws2016: { ja: 'Windows Server 2016', en: 'Windows Server 2016' },
	ws2012r2: { ja: 'Windows Server 2012 R2', en: 'Windows Server 2012 R2' },
	ws2012: { ja: 'Windows Server 2012', en: 'Windows Server 2012' },
	ws2008r2: { ja: 'Windows Server 2008 R2', en: 'Windows Server 2008 R2' },
	ws2008: { ja: 'Windows Server 2008', en: 'Windows Server 2008' },
};

const byId = new Map(PRODUCTS.map((p) => [p.id, p]));
/** GVLK → the editions that use it (asked for every machine a scenario creates). */
const byGvlk = new Map<string, Product[]>();
for (const p of PRODUCTS) byGvlk.set(p.gvlk, [...(byGvlk.get(p.gvlk) ?? []), p]);

/** The product with this id, or undefined. */
export function findProduct(id: string): Product | undefined {
	return byId.get(id);
}

/** Product keys are compared without case; hyphens are kept (5 groups of 5). */
export function normalizeProductKey(key: string): string {
	return key.trim().toUpperCase();
}

/** True if the text has the 5×5 product-key shape (letters and digits in five groups of five). */
export function isProductKeyShape(key: string): boolean {
	return /^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/.test(normalizeProductKey(key));
}

/** Every edition whose GVLK this is (empty when it is not a published GVLK). */
export function productsForGvlk(key: string): readonly Product[] {
	return byGvlk.get(normalizeProductKey(key)) ?? [];
}

/** True if the key is a published GVLK. */
export function isGvlk(key: string): boolean {
	return productsForGvlk(key).length > 0;
}
