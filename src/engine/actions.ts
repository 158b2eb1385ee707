import type { CsvlkGroupId, HostOsId } from '../data/hostKeys.ts';
import type { ActType } from './types.ts';

/**
 * Everything a scenario timeline, the lab UI or a typed command can do to the world. Actions are
 * applied at the simulation's current time (`sim.dispatch(action)`), recorded in the action log,
 * and can be replayed. Durations inside actions are strings like "5h" or "-30m".
 *
 * `machine` / `host` / `target` name a computer (case-insensitive). `target` accepts a client or a
 * KMS host.
 */

/** One or more machines to create. Also the shape of `world.machines` entries in a scenario. */
export interface MachineSpec {
	/** Exact name for one machine. */
	name?: string;
	/** Name prefix for numbered machines, e.g. "PC" → PC001, PC002… (3 digits for PC, 2 for SRV). */
	prefix?: string;
	/** How many machines (default 1). */
	count?: number;
	/** Product id (src/data/products.ts), e.g. "win11-enterprise". */
	product: string;
	/** "gvlk" (default: the edition's GVLK), "none", a MAK pool id as "mak:<id>", or a literal 5×5 key. */
	key?: string;
	vm?: boolean;
	/** Clones of one image that was not generalized: all share one CMID. */
	sharedCmid?: boolean;
	/** Explicit CMID (all machines of this spec get it). */
	cmid?: string;
	/** Clock offset like "5h" or "-30m". */
	clockOffset?: string;
	/** AD domain to join; null = workgroup. Defaults to the world domain. */
	domain?: string | null;
	/** Primary DNS suffix; defaults to the domain. */
	dnsSuffix?: string | null;
	online?: boolean;
	internet?: boolean;
	/** `/skms` value, e.g. "KMS01.corp.contoso.com:1688". */
	kms?: string;
	lookupDomain?: string;
	hostCaching?: boolean;
	actType?: ActType;
}

/** A KMS host to create. Also the shape of `world.hosts` entries in a scenario. */
export interface HostSpec {
	name: string;
	os: HostOsId;
	/** CSVLK group installed, or null for none. */
	hostKey: CsvlkGroupId | null;
	/** Host key activated with Microsoft (default true). */
	activated?: boolean;
	/** Has the updates needed to activate versions newer than its OS (default true). */
	updatesInstalled?: boolean;
	domain?: string;
	address?: string;
	port?: number;
	/** SPPSVC-In-TCP firewall rule (default false: the rule is off on a new host). */
	firewallOpen?: boolean;
	serviceRunning?: boolean;
	dnsPublishing?: boolean;
	publishList?: { domain: string; priority?: number; weight?: number }[];
	activationInterval?: number;
	renewalInterval?: number;
	clockOffset?: string;
	online?: boolean;
	internet?: boolean;
}

export type Action =
	| ({ type: 'addMachines' } & MachineSpec)
	| ({ type: 'addHost' } & HostSpec)
	| { type: 'removeMachine'; machine: string }
	/** `slmgr /ipk`: GVLK, MAK, retail key, or a CSVLK on a KMS host. */
	| { type: 'installKey'; target: string; key: string }
	/** `slmgr /upk`. */
	| { type: 'uninstallKey'; target: string }
	/** `slmgr /ato`: attempt now; the result code comes back synchronously. On a host: activate its host key online. */
	| { type: 'activate'; target: string }
	/** `slmgr /skms name[:port]` (or `:port` alone to change only the port). */
	| { type: 'setKmsHost'; machine: string; host?: string; port?: number }
	/** `slmgr /ckms`. */
	| { type: 'clearKmsHost'; machine: string }
	/** `slmgr /skms-domain`. */
	| { type: 'setLookupDomain'; machine: string; domain: string }
	/** `slmgr /ckms-domain`. */
	| { type: 'clearLookupDomain'; machine: string }
	/** `slmgr /skhc` (true) and `/ckhc` (false). */
	| { type: 'setHostCaching'; machine: string; enabled: boolean }
	/** `slmgr /act-type`. */
	| { type: 'setActType'; machine: string; actType: ActType }
	/** `slmgr /sai` on a host (15–43,200 min). */
	| { type: 'setActivationInterval'; host: string; minutes: number }
	/** `slmgr /sri` on a host (15–43,200 min). */
	| { type: 'setRenewalInterval'; host: string; minutes: number }
	/** `slmgr /sprt`: takes effect after the service restarts. */
	| { type: 'setPort'; host: string; port: number }
	/** `slmgr /sdns` (true) and `/cdns` (false). */
	| { type: 'setDnsPublishing'; host: string; enabled: boolean }
	/** `slmgr /cpri` (true) and `/spri` (false): process priority only. */
	| { type: 'setLowPriority'; host: string; enabled: boolean }
	/** `slmgr /rearm`. */
	| { type: 'rearm'; machine: string }
	/** `sysprep /generalize`: new CMID, back to initial grace. */
	| { type: 'sysprepGeneralize'; machine: string }
	/** Software Protection service: `net stop sppsvc` / `net start sppsvc` / restart. */
	| { type: 'serviceControl'; target: string; command: 'stop' | 'start' | 'restart' }
	/** Restart the computer (a client then tries to activate at startup). */
	| { type: 'restart'; target: string }
	/** Install (true) or remove (false) the updates a host needs to activate versions newer than its OS. */
	| { type: 'setHostUpdates'; host: string; installed: boolean }
	/** Windows Firewall rule SPPSVC-In-TCP on a host: on (for the lab's domain clients) or off. */
	| { type: 'setFirewall'; host: string; open: boolean }
	/** `Set-NetFirewallRule -Name SPPSVC-In-TCP`: the rule's state and profiles ("Domain, Private", "Any") on a host or a machine. */
	| { type: 'setFirewallRule'; target: string; enabled?: boolean; profile?: string }
	/** Set a clock offset like "5h" or "-30m". */
	| { type: 'setClockOffset'; target: string; offset: string }
	/** `w32tm /resync`: the clock goes back to true time. */
	| { type: 'resyncClock'; target: string }
	/** On or off the corporate network. */
	| { type: 'setOnline'; target: string; online: boolean }
	| { type: 'setInternet'; target: string; internet: boolean }
	| { type: 'joinDomain'; machine: string; domain: string }
	| { type: 'leaveDomain'; machine: string }
	/** Delete `_vlmcs._tcp` SRV records for a target (all targets if omitted). */
	| { type: 'deleteSrvRecord'; zone: string; target?: string }
	/** Create an SRV record by hand (it can point at a host that no longer exists). */
	| {
			type: 'addSrvRecord';
			zone: string;
			target: string;
			port?: number;
			priority?: number;
			weight?: number;
	  }
	| { type: 'setZoneDynamicUpdates'; zone: string; enabled: boolean }
	/** A DNS admin grants a KMS host Full Control on the zone's `_vlmcs._tcp` record; it counts from the host's next publication (service restart or 24-hour re-registration). */
	| { type: 'grantSrvRecordRights'; zone: string; host: string }
	/** `slmgr /ad-activation-online <CSVLK> [name]`: needs internet. */
	| { type: 'createActivationObject'; key: string; name?: string }
	/** `slmgr /ad-activation-apply-cid <CSVLK> <CID> [name]` after `/ad-activation-get-IID`. */
	| { type: 'createActivationObjectByPhone'; key: string; confirmationId: string; name?: string }
	/** `slmgr /del-ao`. */
	| { type: 'deleteActivationObject'; name: string }
	/** `slmgr /atp <CID>`: phone activation of a machine (MAK/retail) or a host key. */
	| { type: 'applyConfirmationId'; target: string; confirmationId: string };

export type ActionType = Action['type'];
