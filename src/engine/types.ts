import type { CsvlkGroupId, HostOsId } from '../data/hostKeys.ts';

/**
 * The world the engine simulates. Everything here is plain JSON-serialisable data: the
 * simulation mutates it in place (no deep cloning per event) and `snapshot()` copies it out.
 * Times are simulated minutes since the scenario start (`Simulation.startDate`).
 */

/** Simulated minutes since the scenario start. */
export type Minutes = number;

/**
 * Every result code the engine can produce. Each is documented in `src/data/errors.ts`
 * (a test checks that).
 */
export type ResultCode =
	| '0x00000000' // success
	| '0xC004F038' // count below threshold
	| '0xC004F074' // no KMS could be contacted
	| '0xC004F06C' // clocks more than 4 h apart
	| '0xC004F041' // KMS host not activated
	| '0xC004F042' // host key group does not cover the product
	| '0x8007232B' // DNS name does not exist (no _vlmcs SRV record / unknown /skms name)
	| '0x800706BA' // RPC server unavailable (cause inside 12288)
	| '0xC004F009' // grace expired, Notification
	| '0xC004C020' // MAK out of activations
	| '0xC004C003' // MAK blocked
	| '0xC004F050' // product key invalid
	| '0xC004F069' // key does not match the installed edition
	| '0xC004F014' // no product key installed
	| '0xC004F02C' // Confirmation ID has the wrong format / does not match
	| '0xC004F081' // no matching AD activation object (act-type 1)
	| '0xC004F082' // activation object name too long
	| '0x80072EE7' // online activation cannot resolve Microsoft's servers (no internet; assumption)
	| '0xC004D307' // rearm limit reached
	| '0x8007232A' // DNS server failure (12293 on the host when the zone refuses updates; assumption)
	| '0x80072338'; // DNS_ERROR_RCODE_BADSIG (12293 on a host without rights to the existing _vlmcs record)

export const RESULT_CODES: readonly ResultCode[] = [
	'0x00000000',
	'0xC004F038',
	'0xC004F074',
	'0xC004F06C',
	'0xC004F041',
	'0xC004F042',
	'0x8007232B',
	'0x800706BA',
	'0xC004F009',
	'0xC004C020',
	'0xC004C003',
	'0xC004F050',
	'0xC004F069',
	'0xC004F014',
	'0xC004F02C',
	'0xC004F081',
	'0xC004F082',
	'0x80072EE7',
	'0xC004D307',
	'0x8007232A',
	'0x80072338',
];

export const SUCCESS: ResultCode = '0x00000000';

/** License status codes used in KMS events and shown by `slmgr /dli` `/dlv` (src/data/licenseStatus.ts). */
export type LicenseStatus = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const LicenseStatusCode = {
	Unlicensed: 0,
	Licensed: 1,
	InitialGrace: 2,
	AdditionalGrace: 3,
	NonGenuineGrace: 4,
	Notification: 5,
	ExtendedGrace: 6,
} as const satisfies Record<string, LicenseStatus>;

export type KeyKind = 'gvlk' | 'mak' | 'retail' | 'csvlk';

/** The product key installed on a machine. */
export interface InstalledKey {
	kind: KeyKind;
	key: string;
	/** Last five characters, as `/dlv` shows in "Partial Product Key". */
	partial: string;
}

/** How a machine's current activation was obtained. */
export type ActivationMethod = 'kms' | 'adba' | 'mak' | 'retail' | 'phone';

/** `/act-type`: 0 = all (default), 1 = AD only, 2 = KMS only. (3 = token is not simulated.) */
export type ActType = 0 | 1 | 2;

/** A KMS client or other Windows machine (client or server OS). */
export interface Machine {
	/** Position in `world.machines` (stable: removed machines stay, flagged). */
	index: number;
	/** Computer name, e.g. `PC001`, `SRV01`. Unique (case-insensitive). */
	name: string;
	/** Product id from `src/data/products.ts`. */
	product: string;
	key: InstalledKey | null;
	/** Client Machine ID. Clones of an image that was not generalized share one. */
	cmid: string;
	vm: boolean;
	/** Local clock minus true UTC, in minutes. */
	clockOffset: Minutes;
	/** AD domain the machine is joined to; null = workgroup. */
	domain: string | null;
	/** Primary DNS suffix: the zone for SRV lookups (for workgroup machines, think DHCP option 15). */
	dnsSuffix: string | null;
	/** On the corporate network (false = a laptop away from the office). */
	online: boolean;
	/** Has internet access (online MAK/retail activation). */
	internet: boolean;
	/** `/skms`: manual KMS host (name, FQDN or IP) and optional port. */
	manualKms: { host: string; port: number | null } | null;
	/** `/skms-domain`: look up SRV records only in this domain. */
	lookupDomain: string | null;
	/** `/skhc` (true, default) and `/ckhc`. */
	hostCaching: boolean;
	/** Host that last answered ("KMS machine name from DNS"); reused while host caching is on. */
	cachedHost: { host: string; port: number } | null;
	actType: ActType;
	/** Current activation interval (own value until the first KMS response, then the host's `/sai`). */
	activationInterval: Minutes;
	/** Current renewal interval (host's `/sri` after the first response). */
	renewalInterval: Minutes;
	status: LicenseStatus;
	/** When the current state ends (grace end, validity end); null when it does not expire. */
	expiresAt: Minutes | null;
	/** End of the initial (out-of-box) grace period that started when the key was installed. */
	graceEndsAt: Minutes;
	activatedBy: ActivationMethod | null;
	/** Time of the last successful activation or renewal. */
	activatedAt: Minutes | null;
	/** Host (name) that answered the last KMS request, or null. */
	kmsHostUsed: string | null;
	/** Activation object name (ADBA) that activated the machine. */
	activationObject: string | null;
	/** Count in the last KMS response. */
	lastCount: number | null;
	lastResult: ResultCode | null;
	lastAttemptAt: Minutes | null;
	/** Next automatic activation or renewal attempt; null when none is scheduled. */
	nextAttemptAt: Minutes | null;
	/** slmgr's "Notification Reason" when status is Notification. */
	notificationReason: ResultCode | null;
	rearmsLeft: number;
	/** Software Protection service (sppsvc) running. */
	serviceRunning: boolean;
	/** Windows Firewall rule SPPSVC-In-TCP enabled (it has no effect on a client's own activation). */
	firewallOpen: boolean;
	/** Profiles the rule applies to, in Windows' spelling: "Any", "Domain, Private"… */
	firewallProfile: string;
	removed: boolean;
	/** Scheduler bookkeeping: events carrying an older generation are ignored. */
	attemptGen: number;
	stateGen: number;
}

/** Cumulative request counters shown by `/dlv` on a host. */
export interface HostCounters {
	total: number;
	failed: number;
	/** Requests by the client's license status 0–6 (Unlicensed, Licensed, Initial grace, …). */
	byStatus: number[];
}

/** One entry of `DnsDomainPublishList`: publish to another zone with this priority and weight. */
export interface PublishTarget {
	domain: string;
	priority: number;
	weight: number;
}

export interface KmsHost {
	/** Computer name, e.g. `KMS01`. */
	name: string;
	/** Fully qualified name, e.g. `KMS01.corp.contoso.com`. */
	fqdn: string;
	domain: string;
	/** IPv4 address, for `/skms <IP>`. */
	address: string;
	os: HostOsId;
	/** CSVLK group installed; null = no host key (KMS not enabled). */
	hostKey: CsvlkGroupId | null;
	/** Host key activated with Microsoft. */
	keyActivated: boolean;
	/** Has the updates its OS needs to activate newer versions (rule R4, HOST_UPDATE_REQUIREMENTS); false = missing them. */
	updatesInstalled: boolean;
	serviceRunning: boolean;
	online: boolean;
	internet: boolean;
	/** Port the service listens on now. */
	port: number;
	/** Port set with `/sprt`, used after the next service restart. */
	pendingPort: number | null;
	/** Windows Firewall rule SPPSVC-In-TCP enabled; off on a new host. */
	firewallOpen: boolean;
	/** Profiles the rule applies to ("Any", "Domain, Private"…): the lab's clients are domain members, so it admits them only with Domain or Any. */
	firewallProfile: string;
	/** DNS publishing (`/sdns` on, `/cdns` off). */
	dnsPublishing: boolean;
	/** Extra zones (DnsDomainPublishList); the host's own domain is always published with priority 0, weight 0. */
	publishList: PublishTarget[];
	/** `/cpri` low process priority (true) or `/spri` normal. Does not touch SRV priority. */
	lowPriority: boolean;
	/** `/sai`, handed to clients in every response. */
	activationInterval: Minutes;
	/** `/sri`, handed to clients in every response. */
	renewalInterval: Minutes;
	clockOffset: Minutes;
	/** Highest threshold (N-policy) seen so far; the CMID cache holds twice this. Never shrinks. */
	highestThreshold: number;
	counters: HostCounters;
	removed: boolean;
	/** Scheduler bookkeeping for the 24-hour publishing cycle. */
	publishGen: number;
}

/** A `_vlmcs._tcp` SRV record. */
export interface SrvRecord {
	/** Host offering the service (FQDN). */
	target: string;
	port: number;
	priority: number;
	weight: number;
	/** Host that registered it by dynamic update; null = created by hand. */
	publishedBy: string | null;
	registeredAt: Minutes | null;
}

/** A DNS zone. Its SRV records share one name, `_vlmcs._tcp`, whose permissions decide who may publish (R8, src/data/rules.ts). */
export interface DnsZone {
	name: string;
	/** Accepts dynamic updates (so hosts can publish). */
	dynamicUpdates: boolean;
	records: SrvRecord[];
	/** Creator/Owner of the name: the host whose dynamic update created it; null while it does not exist or was made by hand. */
	srvOwner: string | null;
	/** Hosts a DNS admin gave Full Control on the name (`grantSrvRecordRights`); gone with the name. */
	srvGrants: string[];
}

/** An ADBA activation object (msSPP-ActivationObject) in the forest's configuration partition. */
export interface ActivationObject {
	/** Display name, at most 40 Unicode characters. */
	name: string;
	/** The CSVLK group whose key created it (decides which products it activates). */
	group: CsvlkGroupId;
	/** Last 5 characters of the CSVLK (msSPP-CSVLKPartialProductKey). */
	partialKey: string;
	createdAt: Minutes;
	/** How the forest was activated. */
	method: 'online' | 'phone';
}

export interface AdForest {
	rootDomain: string;
	/** DNS names of the domains in the forest. */
	domains: string[];
	activationObjects: ActivationObject[];
}

/** A Multiple Activation Key as Microsoft's activation service sees it. */
export interface MakPool {
	id: string;
	key: string;
	remaining: number;
	blocked: boolean;
}

/** A KMS host key (CSVLK) the organisation owns. */
export interface HostKeyRecord {
	key: string;
	group: CsvlkGroupId;
}

/** A retail key (activates online; one product). */
export interface RetailKeyRecord {
	key: string;
	product: string;
}

export interface World {
	/** Default AD/DNS domain of the scenario, e.g. `corp.contoso.com`. */
	domain: string;
	/** The organisation has internet access (online MAK and host-key activation). */
	internet: boolean;
	hosts: KmsHost[];
	machines: Machine[];
	zones: DnsZone[];
	forest: AdForest | null;
	makPools: MakPool[];
	hostKeys: HostKeyRecord[];
	retailKeys: RetailKeyRecord[];
	/** Next number per name prefix, for `addMachines`. */
	nextNumber: Record<string, number>;
}

// ---------------------------------------------------------------- event log

/** Client event 12288: "The client has sent an activation request to the key management service machine." */
export interface Event12288 {
	id: 12288;
	time: Minutes;
	/** Computer that logged it (the client). */
	computer: string;
	hresult: ResultCode;
	statusFlags: number;
	/** `host:port` used. */
	server: string;
	cmid: string;
	/** Client clock at the request (minutes since start, including its clock offset). */
	clientTime: Minutes;
	vm: 0 | 1;
	licensingStatus: LicenseStatus;
	/** Minutes left in the current license state. */
	timeToExpiration: number;
	/** Activation ID of the license (simulated GUID). */
	actId: string;
	/** Minimum count this product needs (25 or 5). */
	nPolicy: number;
}

/** Client event 12289: "The client has processed an activation response from the key management service machine." */
export interface Event12289 {
	id: 12289;
	time: Minutes;
	computer: string;
	hresult: ResultCode;
	statusFlags: number;
	/** fBound: 1 = activated, 0 = not. */
	activated: 0 | 1;
	/** Current count on the host. */
	count: number;
	activationInterval: Minutes;
	renewalInterval: Minutes;
	clientTime: Minutes;
}

/** Host event 12290: "An activation request has been processed." */
export interface Event12290 {
	id: 12290;
	time: Minutes;
	/** The KMS host. */
	computer: string;
	hresult: ResultCode;
	nPolicy: number;
	clientName: string;
	cmid: string;
	clientTime: Minutes;
	vm: 0 | 1;
	licensingStatus: LicenseStatus;
	timeToExpiration: number;
	actId: string;
}

/** Host event 12293, in the host's Application log: publishing the SRV record failed for a DNS domain. */
export interface Event12293 {
	id: 12293;
	time: Minutes;
	computer: string;
	hresult: ResultCode;
	dnsDomain: string;
}

/** Host event 12294, in the host's Application log: publishing the SRV record succeeded for a DNS domain. */
export interface Event12294 extends Omit<Event12293, 'id' | 'hresult'> {
	id: 12294;
}

/** Things the simulator notes that are not Windows events (shown as simulator notes, not as event IDs). */
export type NoteKind =
	| 'stateChanged' // license status changed (from → to)
	| 'expiryWarning' // 30 days before the 180-day validity ends
	| 'activated' // ADBA / MAK / retail / phone success (KMS successes show in 12289)
	| 'activationFailed' // a non-KMS attempt failed, or discovery found no host
	| 'srvPublished' // the host registered its SRV record (older saves only: event 12294 says it now)
	| 'hostKeyActivated'
	| 'action'; // an action was applied (scenario timeline or user)

export interface SimNote {
	id: 'note';
	time: Minutes;
	computer: string;
	kind: NoteKind;
	from?: LicenseStatus;
	to?: LicenseStatus;
	result?: ResultCode;
	method?: ActivationMethod;
	detail?: string;
}

export type WindowsEvent = Event12288 | Event12289 | Event12290 | Event12293 | Event12294;
export type LogEntry = WindowsEvent | SimNote;
export type LogEntryId = LogEntry['id'];
