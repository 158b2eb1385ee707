import type { CauseId, Channel, MissingId } from '../../data/diagnosis.ts';
import type { Diagnosis, EvidenceKind, HostVia, PasteKind } from '../../tools/diagnose/index.ts';

/**
 * The wording of the paste diagnosis in one language, as templates with `{name}` placeholders
 * (the names of CauseParams and of each template's values): plain strings, so a page can hand its
 * own language to an island and the CLI can pick one. Every cause, missing item, evidence kind,
 * channel and paste kind has its words, or the type check fails.
 */
export interface DiagnoseWords {
	readonly status: { readonly [S in Diagnosis['status']]: string };
	readonly causes: { readonly [C in CauseId]: { readonly title: string; readonly detail: string } };
	readonly missing: { readonly [M in MissingId]: string };
	readonly evidence: { readonly [E in EvidenceKind]: string };
	readonly channels: { readonly [C in Channel]: string };
	readonly kinds: { readonly [K in PasteKind]: string };
	readonly roles: { readonly client: string; readonly host: string; readonly unknown: string };
	readonly via: { readonly [V in HostVia]: string };
	readonly report: {
		readonly paste: string;
		readonly lines: string;
		readonly found: string;
		readonly nothingFound: string;
		readonly codes: string;
		readonly primary: string;
		readonly unknownCode: string;
		readonly explainedBy: string;
		readonly causes: string;
		readonly next: string;
		readonly guide: string;
		readonly errorEntry: string;
		readonly missing: string;
		readonly machine: string;
		readonly status: string;
		readonly minutesLeft: string;
		readonly kmsHost: string;
		readonly count: string;
		readonly lastResult: string;
		readonly success: string;
		readonly countCheck: string;
		readonly countBelow: string;
		readonly countEnough: string;
		readonly countNote: string;
		readonly truncated: string;
		readonly skipped: string;
	};
	readonly cli: {
		readonly usage: string;
		readonly seeHelp: string;
		readonly unknownFlag: string;
		readonly needsValue: string;
		readonly takesNoValue: string;
		readonly badLang: string;
		readonly extraArgument: string;
		readonly noInput: string;
		readonly tooLarge: string;
		readonly internal: string;
	};
}

export const en: DiagnoseWords = {
	status: {
		healthy: 'Healthy: nothing in the paste points to an activation problem.',
		problem: 'Likely causes, most likely first:',
		not_recognised: 'Not recognised: the paste holds too little to diagnose.',
	},
	causes: {
		clock_skew: { title: 'The client and KMS host clocks differ by more than 4 hours ({code})', detail: 'The host refused the request because its timestamp was invalid. Clocks are compared in UTC, so time zones do not matter.' },
		count_below_threshold: { title: 'The KMS host count ({count}) is below the threshold this product needs ({threshold})', detail: 'The host answers with its count of distinct machines seen in 30 days; the client activates only when it reaches its threshold (25 for Windows clients, 5 for Windows Server and Office).' },
		duplicate_cmid: { title: 'Clients share one client machine ID (CMID)', detail: 'Machines cloned from an image that was not generalized count as one, so the host count does not grow.' },
		port_blocked: { title: 'TCP {port} to the KMS host {host} is blocked', detail: 'The request cannot reach the host: a firewall on the way or on the host blocks the KMS port (the KMS firewall rule is off by default).' },
		name_resolution_failed: { title: 'The name of the KMS host {host} does not resolve', detail: 'DNS has no address for the host name the client uses.' },
		host_unreachable: { title: 'No KMS host answered ({code})', detail: '0xC004F074 only says that every host tried failed. Event 12288 on the client holds the host\'s real answer.' },
		no_srv_record: { title: 'No _vlmcs._tcp SRV record was found ({code})', detail: 'The client finds KMS hosts through DNS; without the record in its DNS zone it has no host to ask.' },
		dns_server_failure: { title: 'The DNS server did not answer ({code})', detail: 'The DNS query itself failed: the server is down, unreachable, or its answer was blocked.' },
		manual_host: { title: 'The client is set to one KMS host with /skms: {host}', detail: 'A host set by hand turns off DNS discovery; if that host is gone or wrong, every attempt fails.' },
		wrong_host_or_old_key: { title: 'The KMS host cannot activate this product ({code})', detail: 'The host key group is older than the client, or the client reached the wrong host (separate Office and Windows hosts). A rising "Failed requests received" on the host shows the same.' },
		host_not_activated: { title: 'The KMS host itself is not activated ({code})', detail: 'A host answers clients only after its host key (CSVLK) is activated with Microsoft.' },
		kms_not_enabled: { title: 'The KMS did not respond ({code})', detail: 'The network path or TCP 1688 to the host is blocked, or the service is not running.' },
		dns_publish_denied: { title: 'The KMS host may not update the _VLMCS SRV record ({code})', detail: 'Another host created the record and owns it; this host needs Full Control on it before it can publish.' },
		dns_publish_failed: { title: 'The KMS host could not publish its SRV record ({code})', detail: 'Event 12293: publishing to DNS failed, so clients may not find this host.' },
		dns_publishing_disabled: { title: 'DNS publishing is turned off on the KMS host', detail: 'With publishing off, someone must create the SRV record by hand, or clients find no host.' },
		not_kms_channel: { title: 'This machine is not a KMS client: its channel is {channel}', detail: 'Only a KMS client setup key (GVLK, VOLUME_KMSCLIENT) activates against a KMS host or an AD activation object.' },
		grace_expired: { title: 'The grace period has expired ({code})', detail: 'The machine did not activate in time and is in the Notifications state.' },
		non_genuine: { title: 'Windows reports a non-genuine state ({code})', detail: 'The machine is in the non-genuine grace period or notification state.' },
		out_of_tolerance: { title: 'The KMS activation has expired (out-of-tolerance grace)', detail: 'The client did not renew within 180 days; it keeps trying its KMS host during this grace period.' },
		renewal_late: { title: 'The KMS activation is not being renewed ({minutes} minutes left)', detail: 'A renewing client is back at 180 days every 7 days; so little time left means its renewals fail.' },
		not_yet_activated: { title: 'Not activated yet: still in the initial grace period', detail: 'Nothing in the paste says why. The result of slmgr /ato and event 12288 will.' },
		access_denied: { title: 'The command needs an elevated prompt ({code})', detail: 'Run the command prompt as administrator and try again.' },
		see_error_entry: { title: 'Error {code}', detail: 'See the error reference entry for its meaning, cause and fix.' },
		unknown_code: { title: 'Error {code} is not in the error reference', detail: 'KMS Lab has no entry for this code; it does not guess. Collect slmgr /dlv and the events.' },
	},
	missing: {
		client_dlv: 'slmgr /dlv from the client',
		host_dlv: 'slmgr /dlv from the KMS host (for its count, license status and port)',
		event_12288: 'event 12288 from the client\'s Application log (its first Info field is the host\'s real answer)',
		event_12289: 'event 12289 from the client (the count the host answered)',
		event_12290: 'event 12290 from the host\'s Key Management Service log (none means the request never reached the host)',
		ato_output: 'the output of slmgr /ato on the client',
		nslookup: 'nslookup -type=srv _vlmcs._tcp from the client',
		test_netconnection: 'Test-NetConnection <host> -Port 1688 from the client',
		w32tm: 'w32tm /query /status on the client and the host',
	},
	evidence: {
		code: 'error code', event: 'event', licenseStatus: 'license status', minutesLeft: 'time left', notificationReason: 'notification reason', channel: 'channel', kmsHost: 'KMS host', count: 'current count', threshold: 'threshold', tcpTest: 'TCP test', nameResolution: 'name resolution', nslookup: 'nslookup', dnsPublishing: 'DNS publishing', failedRequests: 'failed requests', cmid: 'CMID', result: 'result', hostStatus: 'host license status', discovery: 'DNS auto-discovery',
	},
	channels: { kmsClient: 'KMS client (GVLK)', kmsHost: 'KMS host (CSVLK)', adba: 'Active Directory-based activation', mak: 'MAK', retail: 'retail', oem: 'OEM', avma: 'AVMA (automatic VM activation)', timebased: 'time-based (evaluation)' },
	kinds: { slmgr_dli: 'slmgr /dli', slmgr_dlv: 'slmgr /dlv', slmgr_xpr: 'slmgr /xpr', slmgr_ato: 'slmgr /ato', ospp: 'ospp.vbs', event: 'events', nslookup: 'nslookup', test_netconnection: 'Test-NetConnection', error_code: 'an error code' },
	roles: { client: 'client', host: 'KMS host', unknown: 'machine' },
	via: { dns: 'found through DNS', skms: 'set with /skms', event: 'from event 12288', nslookup: 'from nslookup' },
	report: {
		paste: 'Paste {n}',
		lines: 'lines {from}–{to}',
		found: 'Recognised: {kinds}',
		nothingFound: 'Nothing recognised',
		codes: 'Error codes',
		primary: 'primary',
		unknownCode: 'not in the error reference',
		explainedBy: 'reported; event 12288 shows the real answer {cause}',
		causes: 'Causes',
		next: 'Next',
		guide: 'Guide',
		errorEntry: 'Error reference',
		missing: 'To go further, paste',
		machine: '{role} (paste {n})',
		status: 'License status',
		minutesLeft: '{minutes} minutes left',
		kmsHost: 'KMS host {host} ({via})',
		count: 'current count {count}',
		lastResult: 'last result {result}',
		success: 'success',
		countCheck: 'Count {count} against threshold {threshold}',
		countBelow: 'below: clients of this kind cannot activate yet',
		countEnough: 'enough',
		countNote: 'The host count {count} is {client} or more for Windows clients and {server} or more for servers when it is enough.',
		truncated: 'Paste {n} was longer than 64 kB; only its start was read.',
		skipped: '{n} more pastes were not read.',
	},
	cli: {
		usage: 'Usage: npm run diagnose -- [--lang ja|en] [--json] < file\n\nReads pasted Windows output (slmgr /dli, /dlv, /xpr, /ato, events 12288-12294, nslookup, Test-NetConnection or an error code) from standard input and prints a diagnosis.\nSeparate several pastes with a line of ===== (five or more).\n\n  --lang ja|en  language of the report and the messages (default ja)\n  --json        the diagnosis as JSON data\n  --help        this text',
		seeHelp: 'See npm run diagnose -- --help.',
		unknownFlag: 'unknown option {flag}',
		needsValue: 'option {flag} needs a value',
		takesNoValue: 'option {flag} takes no value',
		badLang: '--lang must be ja or en (got {value})',
		extraArgument: 'unexpected argument {arg}: the text is read from standard input',
		noInput: 'nothing on standard input: pipe a file in (npm run diagnose -- < output.txt)',
		tooLarge: 'standard input is larger than {max} bytes; only the start was read',
		internal: 'internal error: {message}',
	},
};
