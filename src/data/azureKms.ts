import type { Localized, Source } from './types.ts';
import { EVENT_8198, KMS_PLANNING } from './sources.ts';

/**
 * Azure's own KMS for Windows virtual machines in Azure: its endpoints per cloud and what a VM
 * needs to reach it, as Microsoft's Azure troubleshooting articles document them.
 */

const AZ = 'https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/';

export const AZURE_KMS_SOURCES = {
	troubleshoot: {
		title: 'Troubleshoot Azure Windows virtual machine activation problems',
		url: `${AZ}troubleshoot-activation-problems`,
	},
	forcedTunneling: {
		title:
			'Windows activation fails in forced tunneling scenario (use Azure custom routes to enable KMS activation)',
		url: `${AZ}custom-routes-enable-kms-activation`,
	},
	f074: {
		title:
			'Error 0xC004F074 "No Key Management Service (KMS) could be contacted" (Azure Windows VM)',
		url: `${AZ}windows-vm-activation-error-0xc004f074`,
	},
	faq: {
		title: 'Azure Windows virtual machine activation FAQ',
		url: `${AZ}windows-virtual-machine-activation-faq`,
	},
	event8198: EVENT_8198,
	planning: KMS_PLANNING,
} as const satisfies Record<string, Source>;
const S = AZURE_KMS_SOURCES;

/** The port of Azure KMS, as of any KMS host. */
export const AZURE_KMS_PORT = 1688;

export interface AzureKmsEndpoint {
	readonly id: 'global' | 'usgov' | 'china' | 'germany';
	readonly cloud: Localized;
	/** DNS names, in the order of Microsoft's table. */
	readonly hosts: readonly string[];
	/** Every IP address of those names: a custom route needs all of them. */
	readonly ips: readonly string[];
}

/** Microsoft's table (forced-tunneling article, revision 2024-07-17). */
export const AZURE_KMS_ENDPOINTS: readonly AzureKmsEndpoint[] = [
	{
		id: 'global',
		cloud: { ja: 'Azure グローバル (パブリック) クラウド', en: 'Azure global (public) cloud' },
		hosts: ['azkms.core.windows.net', 'kms.core.windows.net'],
		ips: ['20.118.99.224', '40.83.235.53', '23.102.135.246'],
	},
	{
		id: 'usgov',
		cloud: { ja: 'Azure US Government', en: 'Azure US Government' },
		hosts: ['kms.core.usgovcloudapi.net', 'azkms.core.usgovcloudapi.net'],
		ips: ['23.97.0.13', '52.126.105.2'],
	},
	{
		id: 'china',
		cloud: { ja: 'Azure China 21Vianet', en: 'Azure China 21Vianet' },
		hosts: ['azkms.core.chinacloudapi.cn', 'kms.core.chinacloudapi.cn'],
		ips: ['159.27.28.100', '163.228.64.161', '42.159.7.249'],
	},
	{
		id: 'germany',
		cloud: { ja: 'Azure Germany', en: 'Azure Germany' },
		hosts: ['kms.core.cloudapi.de'],
		ips: ['51.4.143.248'],
	},
];

export interface AzureKmsRequirement {
	readonly id: string;
	readonly text: Localized;
	readonly commands: readonly string[];
	readonly sources: readonly Source[];
}

/** What a VM needs to activate against Azure KMS, and how to check each part. */
export const AZURE_KMS_REQUIREMENTS: readonly AzureKmsRequirement[] = [
	{
		id: 'gvlk',
		text: {
			ja: 'Azure Marketplace のイメージには、適切な KMS クライアント セットアップ キー (GVLK) が最初から入っています。カスタム イメージで作った VM の slmgr /dlv の説明が RETAIL なら、GVLK を slmgr /ipk で入れて slmgr /ato を実行します。Windows 10 Enterprise マルチセッション (説明が ServerRdsh) ではこの手順は不要で、別のエディションのキーに変えると元に戻せません。',
			en: "Azure Marketplace images already have the right KMS client setup key (GVLK). If slmgr /dlv on a VM built from a custom image shows RETAIL in its Description, install the GVLK with slmgr /ipk and run slmgr /ato. Windows 10 Enterprise multi-session (Name shows ServerRdsh) does not need this, and changing it to another edition's key cannot be undone.",
		},
		commands: [
			'cscript c:\\windows\\system32\\slmgr.vbs /dlv',
			'cscript c:\\windows\\system32\\slmgr.vbs /ipk <kms-client-setup-key>',
			'cscript c:\\windows\\system32\\slmgr.vbs /ato',
		],
		sources: [S.faq, S.f074],
	},
	{
		id: 'endpoint',
		text: {
			ja: 'VM が使う KMS を Azure KMS に設定します。Azure パブリック クラウドのエンドポイントは azkms.core.windows.net:1688 で、以前の kms.core.windows.net は 2022 年 7 月に azkms.core.windows.net に更新されました。',
			en: 'Point the VM at Azure KMS. The endpoint for Azure public cloud regions is azkms.core.windows.net:1688; the older kms.core.windows.net was updated to azkms.core.windows.net in July 2022.',
		},
		commands: [
			'slmgr.vbs /ckms',
			'cscript c:\\windows\\system32\\slmgr.vbs /skms azkms.core.windows.net:1688',
		],
		sources: [S.troubleshoot, S.f074],
	},
	{
		id: 'publicIp',
		text: {
			ja: 'Azure KMS へのライセンス認証の要求は、Azure のパブリック IP アドレスから来る必要があります。強制トンネリング (サイト間 VPN や ExpressRoute で、インターネット向けの通信をすべてオンプレミスに戻す構成) では要求がオンプレミスから出るため、ライセンス認証に失敗します。対処は、Azure KMS の IP アドレスごとに、次ホップの種類を Internet にしたユーザー定義ルート (/32) をサブネットのルート テーブルに追加することです。Azure グローバル クラウドでは 3 つのアドレスすべて (20.118.99.224、40.83.235.53、23.102.135.246) を追加します。',
			en: "Activation requests to Azure KMS must come from an Azure public IP address. With forced tunneling (site-to-site VPN or ExpressRoute sending all internet-bound traffic back on premises) the request leaves from on premises and activation fails. The fix is a user-defined route (/32) with next hop type Internet for each Azure KMS IP address in the subnet's route table; for Azure global cloud add all three (20.118.99.224, 40.83.235.53, 23.102.135.246).",
		},
		commands: [
			'Add-AzRouteConfig -Name "DirectRouteToAZKMS01" -AddressPrefix 20.118.99.224/32 -NextHopType Internet -RouteTable $RouteTable',
			'Add-AzRouteConfig -Name "DirectRouteToAZKMS02" -AddressPrefix 40.83.235.53/32 -NextHopType Internet -RouteTable $RouteTable',
			'Add-AzRouteConfig -Name "DirectRouteToKMS" -AddressPrefix 23.102.135.246/32 -NextHopType Internet -RouteTable $RouteTable',
		],
		sources: [S.forcedTunneling, S.f074],
	},
	{
		id: 'nextHop',
		text: {
			ja: 'Azure Network Watcher の次ホップのテスト (VM の [接続のトラブルシューティング]) で、Azure KMS の各 IP アドレスの 1688 番ポートへの次ホップの種類が Internet になっていることを確かめます。VirtualAppliance や VirtualNetworkGateway なら、Azure の外へ送る既定のルートがあるか、経路の途中で止められています。',
			en: "With an Azure Network Watcher next hop test (the VM's Connection troubleshoot), check that the next hop type to each Azure KMS IP address on port 1688 is Internet. VirtualAppliance, VirtualNetworkGateway or anything else means a default route sends the traffic out of Azure first, or something on the path blocks it.",
		},
		commands: [],
		sources: [S.f074],
	},
	{
		id: 'loadBalancer',
		text: {
			ja: 'Standard SKU の内部ロード バランサーの背後にある VM は、既定でインターネットへの送信が止められます。NAT ゲートウェイをサブネットに関連付けるか、Standard のパブリック ロード バランサーにして送信規則を定義します。',
			en: 'A VM behind a Standard SKU internal load balancer has outbound internet traffic blocked by default: associate a NAT gateway with the subnet, or change to a Standard public load balancer with outbound rules.',
		},
		commands: [],
		sources: [S.f074],
	},
	{
		id: 'nsg',
		text: {
			ja: 'インターネットへの送信をすべて拒否したい場合は、ライセンス認証する VM のサブネットで NSG の規則により送信を拒否します。Azure KMS の IP アドレスの 1688 番ポートへのライセンス認証の通信は、プラットフォームの内部規則によって引き続き許可されます。',
			en: "If all internet traffic must be blocked, deny outbound internet access with an NSG rule on the VM's subnet: activation traffic to the KMS IP addresses on port 1688 stays allowed by platform internal rules.",
		},
		commands: [],
		sources: [S.f074],
	},
	{
		id: 'firewallDns',
		text: {
			ja: 'VM 内のファイアウォールが 1688 番ポートへの送信を止めていないか、Test-NetConnection か PsPing で確かめます。カスタム DNS サーバーを使う仮想ネットワークでは、その DNS サーバーが azkms.core.windows.net を解決できなければなりません。DNS サーバーの設定は VM の中ではなく、ネットワーク インターフェイスか仮想ネットワークで指定します。Azure の DNS は 168.63.129.16 です。',
			en: 'Check with Test-NetConnection or PsPing that the firewall in the VM does not block outbound port 1688. In a virtual network with a custom DNS server, that server must resolve azkms.core.windows.net; set DNS servers on the network interface or the virtual network, not inside the VM. Azure DNS is 168.63.129.16.',
		},
		commands: [
			'Test-NetConnection azkms.core.windows.net -port 1688',
			'.\\psping.exe azkms.core.windows.net:1688',
			'nslookup azkms.core.windows.net 168.63.129.16',
		],
		sources: [S.f074, S.event8198],
	},
	{
		id: 'azureEdition',
		text: {
			ja: 'Windows Server Datacenter: Azure Edition は Azure によってライセンス認証され、KMS ホストにはできません。',
			en: 'Windows Server Datacenter: Azure Edition is activated by Azure and cannot be configured as a KMS host.',
		},
		commands: [],
		sources: [S.planning],
	},
];

/** The order Microsoft's 0xC004F074 article runs the checks in, as one list of commands. */
export const AZURE_KMS_CHECK_COMMANDS: readonly string[] = [
	'cscript c:\\windows\\system32\\slmgr.vbs /dlv',
	'slmgr.vbs /ckms',
	'cscript c:\\windows\\system32\\slmgr.vbs /skms azkms.core.windows.net:1688',
	'Test-NetConnection azkms.core.windows.net -port 1688',
	'cscript c:\\windows\\system32\\slmgr.vbs /ato',
];
