import type { CauseId, Channel, KmsEventId, MissingId, SlmgrField } from '../../data/diagnosis.ts';
import type {
	Diagnosis,
	EvidenceKind,
	HostVia,
	LicenseStatus,
	PasteKind,
} from '../../tools/diagnose/index.ts';
import type { ShownEventField } from '../../tools/diagnose/annotate.ts';

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
	/**
	 * The page's annotated paste: what it says beside each recognised line. Placeholders: {value}
	 * (the value on the line), {channel}, {status}, and the numbers of src/data/timers.ts ({client},
	 * {server}, {window}, {activation}, {renewal}, {renewalDays}, {validity}, {skew}, {port}).
	 */
	readonly notes: {
		readonly fields: { readonly [F in SlmgrField]: string };
		readonly status: { readonly [S in LicenseStatus]: string };
		readonly events: { readonly [E in KmsEventId]: string };
		/** Heading of a note on an event src/data/events.ts explains; {id}. */
		readonly dataEvent: string;
		readonly eventFields: { readonly [N in ShownEventField]: string };
		readonly srv: string;
		readonly dnsFailure: {
			readonly nxdomain: string;
			readonly timeout: string;
			readonly other: string;
		};
		readonly tncSucceeded: string;
		readonly tncFailed: string;
		readonly tncUnknown: string;
		readonly nameResolution: string;
		readonly code: string;
		readonly codeUnknown: string;
	};
	/** The page's controls and headings (the CLI does not use these). */
	readonly page: {
		readonly privacy: string;
		readonly needsJs: string;
		readonly pasteLabel: string;
		readonly pasteHelp: string;
		readonly add: string;
		readonly remove: string;
		readonly removeLabel: string;
		readonly run: string;
		readonly clear: string;
		readonly empty: string;
		readonly max: string;
		readonly result: string;
		readonly situation: string;
		readonly annotated: string;
		readonly annotatedHint: string;
		readonly recognised: string;
		readonly plain: string;
		readonly evidence: string;
		readonly where: string;
		readonly whereLine: string;
		readonly line: string;
		readonly guideLink: string;
		readonly errorLink: string;
		readonly lab: string;
		readonly found: string;
		readonly product: string;
		readonly channel: string;
		readonly licenseStatus: string;
		readonly timeLeft: string;
		readonly minutes: string;
		readonly kmsHost: string;
		readonly lastResult: string;
		readonly failed: string;
		readonly count: string;
		readonly countNeeds: string;
		readonly threshold: string;
		readonly thresholdFrom: { readonly nPolicy: string; readonly product: string };
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
		clock_skew: {
			title: 'The client and KMS host clocks differ by more than 4 hours ({code})',
			detail:
				'The host refused the request because its timestamp was invalid. Clocks are compared in UTC, so time zones do not matter.',
		},
		count_below_threshold: {
			title: 'The KMS host count ({count}) is below the threshold this product needs ({threshold})',
			detail:
				'The host answers with its count of distinct machines seen in 30 days; the client activates only when it reaches its threshold (25 for Windows clients, 5 for Windows Server and Office).',
		},
		duplicate_cmid: {
			title: 'Clients share one client machine ID (CMID)',
			detail:
				'Machines cloned from an image that was not generalized count as one, so the host count does not grow.',
		},
		port_blocked: {
			title: 'TCP {port} to the KMS host {host} is blocked',
			detail:
				'The request cannot reach the host: a firewall on the way or on the host blocks the KMS port (the KMS firewall rule is off by default).',
		},
		name_resolution_failed: {
			title: 'The name of the KMS host {host} does not resolve',
			detail: 'DNS has no address for the host name the client uses.',
		},
		host_unreachable: {
			title: 'No KMS host answered ({code})',
			detail:
				"0xC004F074 only says that every host tried failed. Event 12288 on the client holds the host's real answer.",
		},
		no_srv_record: {
			title: 'No _vlmcs._tcp SRV record was found ({code})',
			detail:
				'The client finds KMS hosts through DNS; without the record in its DNS zone it has no host to ask.',
		},
		dns_server_failure: {
			title: 'The DNS server did not answer ({code})',
			detail:
				'The DNS query itself failed: the server is down, unreachable, or its answer was blocked.',
		},
		manual_host: {
			title: 'The client is set to one KMS host with /skms: {host}',
			detail:
				'A host set by hand turns off DNS discovery; if that host is gone or wrong, every attempt fails.',
		},
		wrong_host_or_old_key: {
			title: 'The KMS host cannot activate this product ({code})',
			detail:
				'The host key group is older than the client, or the client reached the wrong host (separate Office and Windows hosts). A rising "Failed requests received" on the host shows the same.',
		},
		host_not_activated: {
			title: 'The KMS host itself is not activated ({code})',
			detail: 'A host answers clients only after its host key (CSVLK) is activated with Microsoft.',
		},
		kms_not_enabled: {
			title: 'The KMS did not respond ({code})',
			detail: 'The network path or TCP 1688 to the host is blocked, or the service is not running.',
		},
		dns_publish_denied: {
			title: 'The KMS host may not update the _VLMCS SRV record ({code})',
			detail:
				'Another host created the record and owns it; this host needs Full Control on it before it can publish.',
		},
		dns_publish_failed: {
			title: 'The KMS host could not publish its SRV record ({code})',
			detail: 'Event 12293: publishing to DNS failed, so clients may not find this host.',
		},
		dns_publishing_disabled: {
			title: 'DNS publishing is turned off on the KMS host',
			detail:
				'With publishing off, someone must create the SRV record by hand, or clients find no host.',
		},
		not_kms_channel: {
			title: 'This machine is not a KMS client: its channel is {channel}',
			detail:
				'Only a KMS client setup key (GVLK, VOLUME_KMSCLIENT) activates against a KMS host or an AD activation object.',
		},
		grace_expired: {
			title: 'The grace period has expired ({code})',
			detail: 'The machine did not activate in time and is in the Notifications state.',
		},
		non_genuine: {
			title: 'Windows reports a non-genuine state ({code})',
			detail: 'The machine is in the non-genuine grace period or notification state.',
		},
		out_of_tolerance: {
			title: 'The KMS activation has expired (out-of-tolerance grace)',
			detail:
				'The client did not renew within 180 days; it keeps trying its KMS host during this grace period. A machine that was away only needs to reach the host again; one that has been online all along has renewals that fail: read the first value of its recent 12288 events and follow the guide from there.',
		},
		renewal_late: {
			title: 'The KMS activation is not being renewed ({minutes} minutes left)',
			detail:
				'A renewing client is back at 180 days every 7 days; so little time left means its renewals fail. If the machine is online, it is not a matter of reconnecting: its requests reach no KMS host or are refused. The first value of its 12288 events says which, and slmgr /xpr shows whether the date still moves.',
		},
		not_yet_activated: {
			title: 'Not activated yet: still in the initial grace period',
			detail: 'Nothing in the paste says why. The result of slmgr /ato and event 12288 will.',
		},
		access_denied: {
			title: 'The command needs an elevated prompt ({code})',
			detail: 'Run the command prompt as administrator and try again.',
		},
		azure_kms: {
			title: 'An Azure VM that does not reach Azure KMS ({host})',
			detail:
				'The VM activates against Azure KMS on TCP 1688. It needs a KMS client setup key, the Azure KMS endpoint set as its KMS host, and a route to that endpoint: forced tunneling, a firewall or an NSG that blocks it, or no outbound access, keep it from activating.',
		},
		evaluation_expired: {
			title: 'An evaluation edition that has expired',
			detail:
				'The Description shows the time-based evaluation channel. After the evaluation period the machine is no longer licensed (a Windows Server evaluation shuts down every hour). Convert it to a licensed edition the way Microsoft documents (DISM with a retail key), then switch to a volume license.',
		},
		slui_failed: {
			title: 'Event 8198: the activation run by slui.exe failed',
			detail:
				'Event 8198 records the code of a failed activation (hr=). 0x80004005 there is a generic failure; the real answer of the KMS host is in the 12288 events of the same time.',
		},
		see_error_entry: {
			title: 'Error {code}',
			detail: 'See the error reference entry for its meaning, cause and fix.',
		},
		unknown_code: {
			title: 'Error {code} is not in the error reference',
			detail:
				'KMS Lab has no entry for this code; it does not guess. Collect slmgr /dlv and the events.',
		},
	},
	missing: {
		client_dlv: 'slmgr /dlv from the client',
		host_dlv: 'slmgr /dlv from the KMS host (for its count, license status and port)',
		event_12288:
			"event 12288 from the client's Application log (its first Info field is the host's real answer)",
		event_12289: 'event 12289 from the client (the count the host answered)',
		event_12290:
			"event 12290 from the host's Key Management Service log (none means the request never reached the host)",
		ato_output: 'the output of slmgr /ato on the client',
		nslookup: 'nslookup -type=srv _vlmcs._tcp from the client',
		test_netconnection: 'Test-NetConnection <host> -Port 1688 from the client',
		w32tm: 'w32tm /query /status on the client and the host',
	},
	evidence: {
		code: 'error code',
		event: 'event',
		licenseStatus: 'license status',
		minutesLeft: 'time left',
		notificationReason: 'notification reason',
		channel: 'channel',
		kmsHost: 'KMS host',
		count: 'current count',
		threshold: 'threshold',
		tcpTest: 'TCP test',
		nameResolution: 'name resolution',
		nslookup: 'nslookup',
		dnsPublishing: 'DNS publishing',
		failedRequests: 'failed requests',
		cmid: 'CMID',
		result: 'result',
		hostStatus: 'host license status',
		discovery: 'DNS auto-discovery',
	},
	channels: {
		kmsClient: 'KMS client (GVLK)',
		kmsHost: 'KMS host (CSVLK)',
		adba: 'Active Directory-based activation',
		mak: 'MAK',
		retail: 'retail',
		oem: 'OEM',
		avma: 'AVMA (automatic VM activation)',
		timebased: 'time-based (evaluation)',
	},
	kinds: {
		slmgr_dli: 'slmgr /dli',
		slmgr_dlv: 'slmgr /dlv',
		slmgr_xpr: 'slmgr /xpr',
		slmgr_ato: 'slmgr /ato',
		ospp: 'ospp.vbs',
		event: 'events',
		nslookup: 'nslookup',
		test_netconnection: 'Test-NetConnection',
		error_code: 'an error code',
	},
	roles: { client: 'client', host: 'KMS host', unknown: 'machine' },
	via: {
		dns: 'found through DNS',
		skms: 'set with /skms',
		event: 'from event 12288',
		nslookup: 'from nslookup',
	},
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
		countNote:
			'The host count {count} is {client} or more for Windows clients and {server} or more for servers when it is enough.',
		truncated: 'Paste {n} was longer than 64 kB; only its start was read.',
		skipped: '{n} more pastes were not read.',
	},
	notes: {
		fields: {
			serviceVersion:
				"The version of the Software Protection service, which keeps Windows' licenses.",
			name: 'The product this block is about.',
			description:
				'License channel: {channel}. Only a KMS client setup key (VOLUME_KMSCLIENT) activates against a KMS host or through Active Directory.',
			activationId: 'Activation ID: which license (edition and channel) this block describes.',
			applicationId: 'Application ID: the product family (Windows or Office) of the license.',
			extendedPid: 'The extended product ID of the installed key.',
			productKeyChannel: 'Key channel: {channel}. Volume:GVLK is a KMS client setup key.',
			installationId: 'Installation ID: used for phone activation only; KMS does not need it.',
			partialProductKey: 'The last five characters of the installed product key.',
			licenseNotInUse:
				'This license is installed but not in use; read the block that shows a product key.',
			licenseStatus: 'License status: {status}',
			timeRemaining:
				'Time left in the current grace period; the machine must activate before it runs out.',
			volumeExpiration:
				'Time left before this KMS activation expires. A client that renews every {renewalDays} days stays close to {validity} days.',
			notificationReason:
				'Why Windows is in the Notification state; the code is explained on this line.',
			rearmWindows: 'How many more times slmgr /rearm can reset the grace period.',
			rearmSku: 'How many more times slmgr /rearm can reset the grace period of this product.',
			trustedTime:
				"The licensing service's trusted time. More than {skew} hours from the KMS host's clock (in UTC) and the host refuses the request.",
			activationType:
				'Which volume activation the machine uses: all kinds (the default), AD only, KMS only or token only; set with slmgr /act-type.',
			kmsClientBlock:
				'From here on: how this KMS client finds its KMS host and how often it tries.',
			cmid: 'Client machine ID: what the KMS host counts. Machines cloned from an image that was not generalized share it and count as one.',
			registeredKmsName:
				'KMS host set by hand with slmgr /skms: the client asks this host and does not look one up in DNS.',
			lookupDomain:
				'Domain set with slmgr /skms-domain: the client looks for the SRV record there.',
			kmsFromDns: 'The KMS host this client found in DNS (through the _vlmcs._tcp SRV record).',
			dnsAutoDiscovery:
				'How the client looks for a KMS host in DNS. "KMS name not available" means it found none.',
			kmsIp: 'The address of the KMS host that answered last.',
			kmsPid: 'The extended product ID of the KMS host that answered last.',
			activationInterval:
				'How often a client that is not activated tries its KMS host again (default {activation} minutes).',
			renewalInterval:
				'How often an activated client renews (default {renewal} minutes, {renewalDays} days).',
			hostCachingOn:
				'The client keeps using the KMS host that answered last instead of looking one up each time.',
			hostCachingOff: 'The client looks up a KMS host in DNS each time.',
			kmsHostBlock: 'This machine is a KMS host: its Key Management Service is on.',
			currentCount:
				'Current count {value}: the number of distinct machines that contacted this host in the last {window} days. Windows clients need {client}; Windows Server and Office need {server}.',
			listeningPort:
				'The TCP port the KMS host listens on (default {port}); firewalls between clients and host must let it through.',
			dnsPublishingOn: 'The host publishes its own _vlmcs._tcp SRV record in DNS.',
			dnsPublishingOff:
				'The host does not publish its SRV record: create the record by hand, or set the host on each client with slmgr /skms.',
			kmsPriority:
				"The KMS service's process priority on this host (Normal by default); not the SRV record's priority.",
			totalRequests: 'All activation requests this host has received from clients.',
			failedRequests:
				'Requests this host answered with an error. If it rises, check that the host key covers the clients (0xC004F042).',
			adBlock:
				'This machine is activated through Active Directory (an activation object in the forest); no KMS host is involved.',
			aoName: 'The name of the activation object in Active Directory.',
			aoDn: 'Where the activation object is in Active Directory.',
			aoPid: 'The extended product ID of the activation object.',
			aoActId: 'The activation ID of the activation object.',
			pleaseActivate: 'The values above are updated only after slmgr /ato.',
			activated: 'slmgr /ato succeeded: the product is activated.',
			activationFailed: 'slmgr /ato failed; the code shows why.',
			error: 'slmgr reported an error; its code is explained on this line.',
			errorText: "ospp.vbs's description of the error.",
			xprVolume: 'When this KMS activation expires; every successful renewal moves the date on.',
			xprPermanent:
				'Permanently activated (for example with a MAK, retail or OEM key): nothing to renew.',
			xprInitialGrace: 'Not activated yet: when the initial grace period ends.',
			xprAdditionalGrace: 'The KMS activation has expired: when the additional grace period ends.',
			xprNonGenuine: 'When the non-genuine grace period ends.',
			xprExtendedGrace: 'When the extended grace period ends.',
			xprNotification: 'Notification mode: the grace period is over.',
		},
		status: {
			0: 'Unlicensed: the product is not activated.',
			1: 'Licensed: the product is activated.',
			2: 'Initial grace period: not activated yet.',
			3: 'Additional grace period: the KMS activation has expired (or the hardware changed too much); the client keeps trying its KMS host.',
			4: 'Non-genuine grace period.',
			5: 'Notification: the grace period is over.',
			6: 'Extended grace period.',
		},
		dataEvent: 'Event {id}',
		events: {
			12288:
				'Event 12288 (client, Application log): the client sent an activation request to a KMS host.',
			12289: "Event 12289 (client, Application log): the client processed the KMS host's response.",
			12290:
				"Event 12290 (KMS host, Key Management Service log): the host processed a client's request.",
			12293: 'Event 12293 (KMS host): publishing the SRV record in DNS failed.',
			12294: 'Event 12294 (KMS host): the SRV record was published in DNS.',
		},
		eventFields: {
			hresult: 'result (0x0 is success)',
			server: 'KMS host asked',
			clientName: 'client',
			count: 'count the host answered',
			activated: 'activated (1 is yes)',
			nPolicy: 'threshold this product needs (N-Policy)',
			timeToExpiration: 'minutes left',
			dnsDomain: 'DNS domain',
		},
		srv: 'SRV record: KMS host {target}, port {port}.',
		dnsFailure: {
			nxdomain: 'No _vlmcs._tcp SRV record here: a client that uses DNS finds no KMS host.',
			timeout: 'The DNS server did not answer in time.',
			other: 'nslookup got no answer.',
		},
		tncSucceeded: 'TCP {port} to {host} gets through.',
		tncFailed: 'TCP {port} to {host} does not get through: blocked, or nothing listens there.',
		tncUnknown: 'Test-NetConnection to {host}.',
		nameResolution: 'The name {host} does not resolve.',
		code: '{code}: {meaning}',
		codeUnknown: '{code}: not in the error reference.',
	},
	page: {
		privacy:
			'Nothing you type or paste leaves this browser: the diagnosis runs in this page, sends nothing and keeps nothing.',
		needsJs:
			'The diagnosis runs in your browser and needs JavaScript, which is off or has not loaded. This page still says what to paste and what the tool reads.',
		pasteLabel: 'Paste {n}',
		pasteHelp:
			'slmgr /dlv, /dli, /xpr or /ato output, events 12288–12294, nslookup, Test-NetConnection, or just an error code.',
		add: 'Add another paste',
		remove: 'Remove',
		removeLabel: 'Remove paste {n}',
		run: 'Diagnose',
		clear: 'Clear all',
		empty: 'Paste some output first.',
		max: 'At most {max} pastes are read.',
		result: 'Diagnosis',
		situation: 'What each machine shows',
		annotated: 'Your paste, line by line',
		annotatedHint:
			'Recognised lines are marked and explained; lines the tool does not read are left plain.',
		recognised: 'Recognised',
		plain: 'Not read',
		evidence: 'Evidence',
		where: 'paste {n}, lines {from}–{to}',
		whereLine: 'paste {n}, line {from}',
		line: 'line {from}',
		guideLink: 'Guide: the step for this',
		errorLink: 'Error reference: {code}',
		lab: 'Open this in the lab: {title}',
		found: 'What the tool found',
		product: 'Product',
		channel: 'Channel',
		licenseStatus: 'License status',
		timeLeft: 'Time left',
		minutes: '{minutes} minutes (about {days} days)',
		kmsHost: 'KMS host',
		lastResult: 'Last result',
		failed: 'failed (no code shown)',
		count: 'Current count',
		countNeeds: 'Windows clients need {client}; Windows Server and Office need {server}.',
		threshold: 'Threshold',
		thresholdFrom: { nPolicy: 'N-Policy in the event', product: 'for this product' },
	},
	cli: {
		usage:
			'Usage: npm run diagnose -- [--lang ja|en] [--json] < file\n\nReads pasted Windows output (slmgr /dli, /dlv, /xpr, /ato, events 12288-12294, nslookup, Test-NetConnection or an error code) from standard input and prints a diagnosis.\nSeparate several pastes with a line of ===== (five or more).\n\n  --lang ja|en  language of the report and the messages (default ja)\n  --json        the diagnosis as JSON data\n  --help        this text',
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
