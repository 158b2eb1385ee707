/**
 * English Windows wording. slmgr texts are the strings built into Microsoft's slmgr.vbs (the
 * script itself, in C:\Windows\System32); cmd.exe, net, sc, nslookup, ipconfig, w32tm and PowerShell texts are
 * what those tools print on English Windows. Texts marked `// wording not verified` are written as
 * Windows would plausibly print them; correct them here, in one place, when a source turns up.
 * Placeholders look like %NAME% (the slmgr convention) and are filled by `fill()`.
 */
export const en = {
	// cmd.exe
	notRecognized:
		"'%NAME%' is not recognized as an internal or external command,\noperable program or batch file.",
	syntaxIncorrect: 'The syntax of the command is incorrect.',
	lineTooLong: 'The input line is too long.',
	fileNotFound: 'The system cannot find the file specified.',
	accessDeniedCmd: 'Access is denied.',
	cscriptBanner:
		'Microsoft (R) Windows Script Host Version 5.812\nCopyright (C) Microsoft Corporation. All rights reserved.\n',
	cscriptNoScript: 'Input Error: There is no script file specified.', // wording not verified
	cscriptCantFind: 'Input Error: Can not find script file "%FILE%".',
	machineMissing:
		'There is no computer named %NAME% in this simulation (yet): nothing can run on it.',
	labNote: '[KMS Lab] %TEXT%',
	outputTruncated: '[KMS Lab] Output truncated at 64 kB.',

	// slmgr usage (slmgr.vbs strings)
	usageTitle: 'Windows Software Licensing Management Tool',
	usageLine: 'Usage: slmgr.vbs [MachineName [User Password]] [<Option>]',
	usageMachine: 'MachineName: Name of remote machine (default is local machine)',
	usageUser: 'User:        Account with required privilege on remote machine',
	usagePassword: 'Password:    password for the previous account',
	usageGlobal: 'Global Options:',
	usageAdvanced: 'Advanced Options:',
	usageKmsClient: 'Volume Licensing: Key Management Service (KMS) Client Options:',
	usageKmsHost: 'Volume Licensing: Key Management Service (KMS) Options:',
	usageAd: 'Volume Licensing: Active Directory (AD) Activation Options:',
	usageToken: 'Volume Licensing: Token-based Activation Options:',
	paramActivationId: '<Activation ID>',
	paramActivationIdOptional: '[Activation ID]',
	paramActIdAll: '[Activation ID | All]',
	paramApplicationId: '<Application ID>',
	paramProductKey: '<Product Key>',
	paramLicenseFile: '<License file>',
	paramConfirmationId: '<Confirmation ID>',
	paramSetKms: '<Name[:Port] | : port>',
	paramFqdn: '<FQDN>',
	paramPort: '<Port>',
	paramActivationInterval: '<Activation Interval>',
	paramRenewalInterval: '<Renewal Interval>',
	paramActivationType: '[Activation-Type]',
	paramRemoveIl: '<ILID> <ILvID>',
	paramForceTka: '<Certificate Thumbprint> [<PIN>]',
	paramAoName: '[Activation Object name]',
	paramAoDn: '<Activation Object DN | Activation Object RDN>',
	use_ipk: 'Install product key (replaces existing key)',
	use_ato: 'Activate Windows',
	use_dli: 'Display license information (default: current license)',
	use_dlv: 'Display detailed license information (default: current license)',
	use_xpr: 'Expiration date for current license state',
	use_cpky: 'Clear product key from the registry (prevents disclosure attacks)',
	use_ilc: 'Install license',
	use_rilc: 'Re-install system license files',
	use_rearm: 'Reset the licensing status of the machine',
	'use_rearm-app': 'Reset the licensing status of the given app',
	'use_rearm-sku': 'Reset the licensing status of the given sku',
	use_upk: 'Uninstall product key',
	use_dti: 'Display Installation ID for offline activation',
	use_atp: 'Activate product with user-provided Confirmation ID',
	use_skms:
		'Set the name and/or the port for the KMS computer this machine will use. IPv6 address must be specified in the format [hostname]:port',
	use_ckms: 'Clear name of KMS computer used (sets the port to the default)',
	'use_skms-domain':
		'Set the specific DNS domain in which all KMS SRV records can be found. This setting has no effect if the specific single KMS host is set via /skms option.',
	'use_ckms-domain':
		'Clear the specific DNS domain in which all KMS SRV records can be found. The specific KMS host will be used if set via /skms. Otherwise default KMS auto-discovery will be used.',
	use_skhc: 'Enable KMS host caching',
	use_ckhc: 'Disable KMS host caching',
	use_lil: 'List installed Token-based Activation Issuance Licenses',
	use_ril: 'Remove installed Token-based Activation Issuance License',
	use_ltc: 'List Token-based Activation Certificates',
	use_fta: 'Force Token-based Activation',
	use_sprt: 'Set TCP port KMS will use to communicate with clients',
	use_sai:
		'Set interval (minutes) for unactivated clients to attempt KMS connection. The activation interval must be between 15 minutes (min) and 30 days (max) although the default (2 hours) is recommended.',
	use_sri:
		'Set renewal interval (minutes) for activated clients to attempt KMS connection. The renewal interval must be between 15 minutes (min) and 30 days (max) although the default (7 days) is recommended.',
	use_sdns: 'Enable DNS publishing by KMS (default)',
	use_cdns: 'Disable DNS publishing by KMS',
	use_spri: 'Set KMS priority to normal (default)',
	use_cpri: 'Set KMS priority to low',
	'use_act-type':
		'Set activation type to 1 (for AD) or 2 (for KMS) or 3 (for Token) or 0 (for all).',
	'use_ad-activation-online':
		'Activate AD (Active Directory) forest with user-provided product key',
	'use_ad-activation-get-iid': 'Display Installation ID for AD (Active Directory) forest',
	'use_ad-activation-apply-cid':
		'Activate AD (Active Directory) forest with user-provided product key and Confirmation ID',
	'use_ao-list': 'Display Activation Objects in AD (Active Directory)',
	'use_del-ao':
		'Delete Activation Objects in AD (Active Directory) for user-provided Activation Object',

	// slmgr messages (slmgr.vbs strings)
	invalidOptions: 'Invalid combination of command parameters.',
	unrecognizedOption: 'Unrecognized option: ',
	errorProductNotFound: 'Error: product not found.',
	clearedPKey: 'Product key from registry cleared successfully.',
	installedPKey: 'Installed product key %PKEY% successfully.',
	uninstalledPKey: 'Uninstalled product key successfully.',
	errorPKey: 'Error: product key not found.',
	installationId: 'Installation ID: ',
	phoneNumbers:
		'Product activation telephone numbers can be obtained by searching the phone.inf file for the appropriate phone number for your location/country. You can open the phone.inf file from a Command Prompt or the Start Menu by running: notepad %systemroot%\\system32\\sppui\\phone.inf',
	activating: 'Activating %PRODUCTNAME% (%PRODUCTID%) ...',
	activated: 'Product activated successfully.',
	activationFailed: 'Error: Product activation failed.',
	confId: 'Confirmation ID for product %ACTID% deposited successfully.',
	errorPrefix: 'Error: ',
	errorSlui:
		"On a computer running Microsoft Windows non-core edition, run 'slui.exe 0x2a 0x%ERRCODE%' to display the error text.",
	errorNeedsParam: 'Error: option %OPTION% needs %PARAM%',
	nonGenuineGrace:
		"The machine is running within the non-genuine grace period. Run 'slui.exe' to go online and make the machine genuine.",
	nonGenuineNotification:
		"Windows is running within the non-genuine notification period. Run 'slui.exe' to go online and validate Windows.",
	licenseFileInstalled: 'License file %LICENSEFILE% installed successfully.',
	kmsPriLow: 'KMS priority set to Low',
	kmsPriNormal: 'KMS priority set to Normal',
	warnKmsPri: 'Warning: Priority can only be set on a KMS machine that is also activated.',
	dnsPublishingDisabled: 'DNS publishing disabled',
	dnsPublishingEnabled: 'DNS publishing enabled',
	warnDnsPublishing:
		'Warning: DNS Publishing can only be set on a KMS machine that is also activated.',
	kmsPortSet: 'KMS port set to %PORT% successfully.',
	warnKmsReboot: 'Warning: a KMS reboot is needed for this setting to take effect.',
	warnKmsPort: 'Warning: KMS port can only be set on a KMS machine that is also activated.',
	renewalSet: 'Volume renewal interval set to %RENEWAL% minutes successfully.',
	warnRenewal:
		'Warning: Volume renewal interval can only be set on a KMS machine that is also activated.',
	activationIntervalSet: 'Volume activation interval set to %ACTIVATION% minutes successfully.',
	warnActivationInterval:
		'Warning: Volume activation interval can only be set on a KMS machine that is also activated.',
	kmsNameSet: 'Key Management Service machine name set to %KMS% successfully.',
	kmsNameCleared: 'Key Management Service machine name cleared successfully.',
	kmsLookupDomainSet: 'Key Management Service lookup domain set to %FQDN% successfully.',
	kmsLookupDomainCleared: 'Key Management Service lookup domain cleared successfully.',
	kmsUseMachineNameOverrides:
		'Warning: /skms setting overrides the /skms-domain setting. %KMS% will be used for activation.',
	kmsUseMachineName: 'Warning: /skms setting is in effect. %KMS% will be used for activation.',
	kmsUseLookupDomain:
		'Warning: /skms-domain setting is in effect. %FQDN% will be used for DNS SRV record lookup.',
	hostCachingDisabled: 'KMS host caching is disabled',
	hostCachingEnabled: 'KMS host caching is enabled',
	errorActivationId: 'Error: Activation ID (%ActID%) not found.',
	activationTypeSet: 'Volume activation type set successfully.',
	rearmDone: 'Command completed successfully.',
	rearmRestart: 'Please restart the system for the changes to take effect.',
	remainingWindowsRearm: 'Remaining Windows rearm count: %COUNT%',
	remainingSkuRearm: 'Remaining SKU rearm count: %COUNT%',
	remainingAppRearm: 'Remaining App rearm count: %COUNT%',
	xprUnlicensed: 'Unlicensed',
	xprVolume: 'Volume activation will expire %ENDDATE%',
	xprPermanent: 'The machine is permanently activated.',
	xprInitialGrace: 'Initial grace period ends %ENDDATE%',
	xprAdditionalGrace: 'Additional grace period ends %ENDDATE%',
	xprNonGenuineGrace: 'Non-genuine grace period ends %ENDDATE%',
	xprNotification: 'Windows is in Notification mode',
	xprExtendedGrace: 'Extended grace period ends %ENDDATE%',
	statusUnlicensed: 'License Status: Unlicensed',
	statusLicensed: 'License Status: Licensed',
	volumeExpiration: 'Volume activation expiration: %MINUTE% minute(s) (%DAY% day(s))',
	statusInitialGrace: 'License Status: Initial grace period',
	statusAdditionalGrace:
		'License Status: Additional grace period (KMS license expired or hardware out of tolerance)',
	statusNonGenuineGrace: 'License Status: Non-genuine grace period.',
	statusNotification: 'License Status: Notification',
	statusExtendedGrace: 'License Status: Extended grace period',
	notificationReasonNonGenuine: 'Notification Reason: 0x%ERRCODE% (non-genuine).',
	notificationReasonExpiration: 'Notification Reason: 0x%ERRCODE% (grace time expired).',
	notificationReasonOther: 'Notification Reason: 0x%ERRCODE%.',
	timeRemaining: 'Time remaining: %MINUTE% minute(s) (%DAY% day(s))',
	serviceVersion: 'Software licensing service version: ',
	productName: 'Name: ',
	productDesc: 'Description: ',
	actId: 'Activation ID: ',
	appId: 'Application ID: ',
	pid4: 'Extended PID: ',
	channel: 'Product Key Channel: ',
	partialPKey: 'Partial Product Key: ',
	licenseNotInUse: 'This license is not in use.',
	kmsInfo: 'Key Management Service client information',
	cmid: 'Client Machine ID (CMID): ',
	registeredKmsName: 'Registered KMS machine name: ',
	kmsLookupDomain: 'Registered KMS SRV record lookup domain: ',
	kmsFromDnsUnavailable: 'DNS auto-discovery: KMS name not available',
	kmsFromDns: 'KMS machine name from DNS: ',
	kmsIpAddress: 'KMS machine IP address: ',
	kmsIpAddressUnavailable: 'KMS machine IP address: not available',
	kmsPid4: 'KMS machine extended PID: ',
	activationInterval: 'Activation interval: %INTERVAL% minutes',
	renewalInterval: 'Renewal interval: %INTERVAL% minutes',
	kmsEnabled: 'Key Management Service is enabled on this machine',
	kmsCurrentCount: 'Current count: ',
	kmsListeningOnPort: 'Listening on Port: ',
	kmsPriNormalLabel: 'KMS priority: Normal',
	kmsPriLowLabel: 'KMS priority: Low',
	activationTypeAll: 'Configured Activation Type: All',
	activationTypeAd: 'Configured Activation Type: AD',
	activationTypeKms: 'Configured Activation Type: KMS',
	activationTypeToken: 'Configured Activation Type: Token',
	mostRecentActivation: 'Most recent activation information:',
	invalidData: 'Error: The data is invalid',
	pleaseActivate:
		'Please use slmgr.vbs /ato to activate and update KMS client information in order to update values.',
	tokenOnly:
		'This system is configured for Token-based activation only. Use slmgr.vbs /fta to initiate Token-based activation, or slmgr.vbs /act-type to change the activation type setting.',
	kmsCumulative: 'Key Management Service cumulative requests received from clients',
	kmsTotalRequests: 'Total requests received: ',
	kmsFailedRequests: 'Failed requests received: ',
	kmsRequestsUnlicensed: 'Requests with License Status Unlicensed: ',
	kmsRequestsLicensed: 'Requests with License Status Licensed: ',
	kmsRequestsInitialGrace: 'Requests with License Status Initial grace period: ',
	kmsRequestsOot: 'Requests with License Status License expired or Hardware out of tolerance: ',
	kmsRequestsNonGenuine: 'Requests with License Status Non-genuine grace period: ',
	kmsRequestsNotification: 'Requests with License Status Notification: ',
	tkaLicenses: 'Token-based Activation Issuance Licenses:',
	tkaNone: 'No licenses found.',
	tkaRemoving: 'Removing Token-based Activation License ...',
	adInfo: 'AD Activation client information',
	adAoName: 'Activation Object name: ',
	adAoDn: 'AO DN: ',
	adAoPid: 'AO extended PID: ',
	adAoActId: 'AO activation ID: ',
	actObjAvailable: 'Activation Objects',
	actObjNone: 'No objects found',
	success: 'Operation completed successfully.',
	adSchemaNotSupported:
		'Active Directory-Based Activation is not supported in the current Active Directory schema.',
	trustedTime: 'Trusted time: ',

	// sc / net / PowerShell services
	netStopping: 'The %SERVICE% service is stopping.',
	netStopped: 'The %SERVICE% service was stopped successfully.',
	netStarting: 'The %SERVICE% service is starting.',
	netStarted: 'The %SERVICE% service was started successfully.',
	netAlreadyStarted: 'The requested service has already been started.',
	netNotStarted: 'The %SERVICE% service is not started.',
	netHelpMsg: 'More help is available by typing NET HELPMSG %NUM%.',
	netSystemError5: 'System error 5 has occurred.',
	netServiceNameInvalid: 'The service name is invalid.',
	netUsage:
		'The syntax of this command is:\n\nNET\n    [ ACCOUNTS | COMPUTER | CONFIG | CONTINUE | FILE | GROUP | HELP |\n      HELPMSG | LOCALGROUP | PAUSE | SESSION | SHARE | START |\n      STATISTICS | STOP | TIME | USE | USER | VIEW ]',
	scServiceMissing:
		'[SC] EnumQueryServicesStatus:OpenService FAILED 1060:\n\nThe specified service does not exist as an installed service.',
	scUsage:
		'DESCRIPTION:\n        SC is a command line program used for communicating with the\n        Service Control Manager and services.\nUSAGE:\n        sc <server> [command] [service name] <option1> <option2>...', // shortened
	sppsvcDisplayName: 'Software Protection',
	psAccessDenied:
		"%CMDLET% : Service '%DISPLAY% (%NAME%)' cannot be stopped due to the following error: Cannot open %NAME% service on computer '.'.", // wording not verified
	psNoService: "%CMDLET% : Cannot find any service with service name '%NAME%'.",
	psWarnStopping: "WARNING: Waiting for service '%DISPLAY% (%NAME%)' to stop...",

	// Firewall cmdlets
	fwNoRule:
		"%CMDLET% : No MSFT_NetFirewallRule objects found with property 'InstanceID' equal to '%NAME%'.  Verify the value of the property and retry.",
	fwAccessDenied: '%CMDLET% : Access is denied.',
	fwNeedsName:
		'%CMDLET% : Specify the rule with -Name (this lab models the rule SPPSVC-In-TCP only).',
	fwBadEnabled:
		"%CMDLET% : Cannot bind parameter 'Enabled'. Specify one of the following enumerator names and try again: True, False", // wording not verified
	fwBadProfile:
		"%CMDLET% : Cannot bind parameter 'Profile'. Specify one of the following enumerator names and try again: Any, Domain, Private, Public, NotApplicable", // wording not verified
	fwDisplayNameNote:
		'The display name "Key Management Service (TCP-In)" comes from Windows listings, not from a Microsoft doc page (unconfirmed).',

	// PowerShell generic
	psParamMissing:
		'%CMDLET% : Cannot process command because of one or more missing mandatory parameters: %PARAM%.', // wording not verified
	psUnknownParam: "%CMDLET% : A parameter cannot be found that matches parameter name '%PARAM%'.",

	// Test-NetConnection
	tncTcpFailed: 'WARNING: TCP connect to (%ADDR% : %PORT%) failed',
	tncNameFailed: 'WARNING: Name resolution of %NAME% failed',
	tncPingFailed: 'WARNING: Ping to %ADDR% failed with status: TimedOut',

	// nslookup
	nsServer: 'Server:  %NAME%',
	nsAddress: 'Address:  %ADDR%',
	nsNonAuth: 'Non-authoritative answer:',
	nsName: 'Name:    %NAME%',
	nsCantFind: "*** %SERVER% can't find %NAME%: Non-existent domain",
	nsSrv: '%NAME%\tSRV service location:',
	nsInternet: '%NAME%\tinternet address = %ADDR%',
	nsUnknownServer: 'UnKnown',

	// ipconfig
	ipTitle: 'Windows IP Configuration',
	ipHostName: 'Host Name',
	ipPrimarySuffix: 'Primary Dns Suffix',
	ipNodeType: 'Node Type',
	ipNodeHybrid: 'Hybrid',
	ipRouting: 'IP Routing Enabled',
	ipWins: 'WINS Proxy Enabled',
	ipSearchList: 'DNS Suffix Search List',
	ipAdapter: 'Ethernet adapter Ethernet:',
	ipConnSuffix: 'Connection-specific DNS Suffix',
	ipDescription: 'Description',
	ipDescriptionValue: 'Microsoft Hyper-V Network Adapter',
	ipPhysical: 'Physical Address',
	ipDhcp: 'DHCP Enabled',
	ipAutoconf: 'Autoconfiguration Enabled',
	ipIpv4: 'IPv4 Address',
	ipPreferred: '(Preferred)',
	ipMask: 'Subnet Mask',
	ipGateway: 'Default Gateway',
	ipDnsServers: 'DNS Servers',
	ipNetbios: 'NetBIOS over Tcpip',
	ipEnabled: 'Enabled',
	yes: 'Yes',
	no: 'No',

	// w32tm
	w32LeapIndicator: 'Leap Indicator: 0(no warning)',
	w32Stratum: 'Stratum: %N% (secondary reference - syncd by (S)NTP)',
	w32StratumLocal: 'Stratum: 1 (primary reference - syncd by radio clock)',
	w32ReferenceLocal: 'ReferenceId: 0x4C4F434C (source name:  "LOCL")',
	w32Precision: 'Precision: -23 (119.209ns per tick)',
	w32RootDelay: 'Root Delay: 0.0156250s',
	w32RootDispersion: 'Root Dispersion: 0.0100000s',
	w32ReferenceId: 'ReferenceId: 0x%HEX% (source IP:  %ADDR%)',
	w32LastSync: 'Last Successful Sync Time: %TIME%',
	w32Source: 'Source: %SOURCE%',
	w32SourceLocal: 'Local CMOS Clock',
	w32PollInterval: 'Poll Interval: 10 (1024s)',
	w32Sending: 'Sending resync command to local computer',
	w32Completed: 'The command completed successfully.',
	w32NoTimeData: 'The computer did not resync because no time data was available.',
	w32NotStarted: 'The following error occurred: The service has not been started. (0x80070426)',
	w32AccessDenied: 'The following error occurred: Access is denied. (0x80070005)',
	w32Usage:
		'w32tm [/? | /register | /unregister ]\n  /query [/computer:<target>] {/source | /configuration | /peers | /status} [/verbose]\n  /resync [/computer:<computer>] [/nowait] [/rediscover] [/soft]', // shortened

	// Events
	evNoEvents: 'Get-WinEvent : No events were found that match the specified selection criteria.',
	evWevtutilNone: '',
	evProviderLine: '   ProviderName: %PROVIDER%',
	evHeader: 'TimeCreated                     Id LevelDisplayName Message',
	evRule: '-----------                     -- ---------------- -------',
	evInfo: 'Information',
	evLogNotFound:
		'Get-WinEvent : There is not an event log on the localhost computer that matches "%LOG%".',
	ev12288: 'The client has sent an activation request to the key management service machine.',
	ev12289:
		'The client has processed an activation response from the key management service machine.',
	ev12290: 'An activation request has been processed.',
	ev12293: 'Publishing the Key Managment Service (KMS) to DNS in the %DOMAIN% domain failed.', // Microsoft's sample, its spelling kept (EVENT_12293 in src/data/rules.ts)
	ev12294:
		'Publishing the Key Management Service (KMS) to DNS in the %DOMAIN% domain was successful.', // wording not verified: Microsoft shows no sample
	evInfoLabel: 'Info:',
	wevtLogName: 'Log Name',
	wevtSource: 'Source',
	wevtDate: 'Date',
	wevtEventId: 'Event ID',
	wevtLevel: 'Level',
	wevtComputer: 'Computer',
	wevtDescription: 'Description',
	wevtNoLog: 'Failed to read events. The specified channel could not be found.', // wording not verified

	// slui / sysprep / help
	sluiTitle: 'Windows Activation',
	sluiCode: 'Error code: %CODE%',
	sluiUnknown: 'No description is available for error code %CODE%.', // wording not verified
	sluiUsage: 'Usage in this lab: slui 0x2a 0x<error code>',
	sysprepDone:
		'sysprep /generalize finished: the machine has a new client machine ID (CMID), its activation timers were reset (rearm), and it restarted.',
	sysprepNeedsGeneralize:
		'This lab models only "sysprep /generalize" (with optional /oobe, /shutdown, /reboot, /quiet).',
	sysprepFailed: 'sysprep could not run: %REASON%',
	helpIntro: 'For more information on a specific command, type <command> /?',
	helpFooter:
		'The commands of this lab act on the simulated machine only. slmgr output is printed in this window, as with cscript.',
	// Texts used inline by commands (moved here so all wording lives in the catalogues)
	slmgrConnectionError: 'Error 0x%ERRCODE% occurred in connecting to server %COMPUTERNAME%.',
	reinstallingLicenses: 'Re-installing license files ...',
	licensesReinstalled: 'License files re-installed successfully.',
	tokenNotSimulated:
		'Token-based activation is not simulated, so this setting does not change the lab.',
	assumptionNote: 'Assumption: %LABEL%. %NOTE%',
	vbTypeMismatch: 'Error: 13 Type mismatch (Microsoft VBScript runtime error)',
	remoteExecNotSupported: 'This command of SLMgr.vbs is not supported for remote execution',
	removedOptionNote:
		'%OPTION% was deprecated in Windows 8 / Windows Server 2012 and removed in Windows 8.1 / Windows Server 2012 R2, so current slmgr does not know it. Use /act-type instead.',
	nsInteractiveNote:
		'Interactive mode is not available in this lab. Give a name, for example: nslookup -type=srv _vlmcs._tcp',
	nsDefault: 'Default ',
	nsTimeout: 'DNS request timed out.\n    timeout was 2 seconds.',
	nsRequestTimedOut: '*** Request to %SERVER% timed-out',
	ipMediaDisconnected: 'Media State . . . . . . . . . . . : Media disconnected',
	tncBadPort: "%CMDLET% : Cannot validate argument on parameter 'Port'.",
	psPromptNote: 'This prompt accepts PowerShell cmdlets (Test-NetConnection and others) directly.',
	scNameService: '[SC] In this lab, name the service: sc query sppsvc',
	scAlreadyRunning: 'An instance of the service is already running.',
	scNotStarted: 'The service has not been started.',
	netStartedList:
		'These Windows services are started:\n\n   Software Protection\n\nThe command completed successfully.',
	sysprepHostNotModelled: 'generalizing a KMS host is not modelled in this lab.',
	w32CantResolve: 'Error: Could not resolve %NAME%.',
	w32Tracking: 'Tracking %NAME% [%ADDR%:123].',
	w32Collecting: 'Collecting %N% samples.',
	w32CurrentTime: 'The current time is %TIME%.',
} as const;

export type MessageKey = keyof typeof en;
/** Every locale has every key of the English catalogue. */
export type Messages = Record<MessageKey, string>;

// `<command> /?` usage texts (the real tools' usage, shortened to the forms this lab understands).
export const enUsage = {
	cls: 'Clears the screen.\n\nCLS\n',
	hostname: 'Prints the name of the current host.\n\nhostname\n',
	type: 'Displays the contents of a text file or files.\n\nTYPE [drive:][path]filename\n',
	nslookup:
		'Usage:\n   nslookup [-opt ...]             # interactive mode is not available in this lab\n   nslookup [-opt ...] host        # lookup host using default server\n\n   -type=X  query type: A, SRV or ALL\n\nExamples:\n   nslookup -type=srv _vlmcs._tcp\n   nslookup -type=all _vlmcs._tcp.corp.contoso.com\n   nslookup kms01\n',
	ipconfig:
		'\nUSAGE:\n    ipconfig [/allcompartments] [/? | /all]\n\nwhere\n    /?           Display this help message\n    /all         Display full configuration information.\n',
	'test-netconnection':
		'NAME\n    Test-NetConnection\n\nSYNTAX\n    Test-NetConnection [[-ComputerName] <string>] -Port <int>\n\n    Alias: tnc\n    Reports TcpTestSucceeded for a TCP connection to the port.\n',
	w32tm:
		'w32tm [/? | /register | /unregister ]\n  /query [/computer:<target>] {/source | /configuration | /peers | /status} [/verbose]\n  /resync [/computer:<computer>] [/nowait] [/rediscover] [/soft]\n\nThis lab models /query /status and /resync.\n',
	sc: 'DESCRIPTION:\n        SC is a command line program used for communicating with the\n        Service Control Manager and services.\nUSAGE:\n        sc <server> [command] [service name] <option1> <option2>...\n\n        This lab models: sc query sppsvc, sc stop sppsvc, sc start sppsvc\n',
	net: 'The syntax of this command is:\n\nNET START | STOP [service]\n\nThis lab models the Software Protection service: net stop sppsvc, net start sppsvc\n',
	'restart-service':
		'NAME\n    Restart-Service\n\nSYNTAX\n    Restart-Service [-Name] <string[]> [-Force]\n',
	'get-netfirewallrule':
		'NAME\n    Get-NetFirewallRule\n\nSYNTAX\n    Get-NetFirewallRule -Name <string[]>\n\n    The KMS rule is SPPSVC-In-TCP (TCP 1688, inbound).\n',
	'set-netfirewallrule':
		'NAME\n    Set-NetFirewallRule\n\nSYNTAX\n    Set-NetFirewallRule -Name <string[]> [-Enabled <True|False>] [-Profile <Any|Domain|Private|Public>]\n\nExample (Microsoft):\n    Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True\n',
	'get-winevent':
		"NAME\n    Get-WinEvent\n\nSYNTAX\n    Get-WinEvent -FilterHashtable @{LogName='Application'; Id=12288,12289}\n    Get-WinEvent -FilterHashtable @{LogName='Key Management Service'; Id=12290}\n    Get-WinEvent -LogName 'Key Management Service' [-MaxEvents <int>]\n\n    Add | Format-List to see each event's Info fields.\n",
	wevtutil:
		'Windows Events Command Line Utility.\n\nUsage:\n  wevtutil qe <LogName> [/q:<XPath>] [/c:<count>] [/rd:true|false] [/f:text|xml]\n\nExample:\n  wevtutil qe Application /q:"*[System[(EventID=12288)]]" /c:5 /rd:true /f:text\n',
	slui: 'slui 0x2a 0x<error code>\n\n    Shows the text of an activation error code.\n',
	sysprep:
		'sysprep /generalize [/oobe] [/shutdown | /reboot] [/quiet]\n\n    /generalize removes the machine-specific data: the machine gets a new client machine ID (CMID)\n    and its activation timers are reset (sysprep calls rearm).\n',
	echo: 'Displays messages.\n\nECHO [message]\n',
} as const;

// `help`: one line per command, in the order listed.
export const enCommandList = {
	CLS: 'Clears the screen.',
	ECHO: 'Displays messages.',
	HOSTNAME: 'Prints the computer name.',
	IPCONFIG: 'Shows the IP configuration (/all: DNS suffix search list).',
	NET: 'Starts or stops the Software Protection service (net stop|start sppsvc).',
	NSLOOKUP: 'Queries DNS (-type=srv _vlmcs._tcp finds KMS hosts).',
	SC: 'Queries the Software Protection service (sc query sppsvc).',
	SLMGR: 'Windows Software Licensing Management Tool (slmgr /? lists every option).',
	SLUI: 'Shows the text of an activation error code (slui 0x2a 0x<code>).',
	SYSPREP: 'Generalizes the machine (sysprep /generalize).',
	POWERSHELL: 'Runs a PowerShell command: powershell -Command "..."',
	TYPE: 'Displays a file written with > in this window.',
	VER: 'Displays the Windows version.',
	W32TM: 'Windows Time: /query /status and /resync.',
	WEVTUTIL: 'Queries event logs (wevtutil qe ...).',
	'Get-WinEvent': 'PowerShell: reads the Application and Key Management Service logs.',
	'Get-NetFirewallRule': 'PowerShell: shows the SPPSVC-In-TCP firewall rule.',
	'Set-NetFirewallRule': 'PowerShell: enables or disables SPPSVC-In-TCP.',
	'Restart-Service': 'PowerShell: restarts sppsvc.',
	'Test-NetConnection': 'PowerShell: tests a TCP port (TcpTestSucceeded).',
} as const;

// slmgr.vbs's built-in error texts (L_MsgError_<code>), printed after "Error: 0x<code> ": Microsoft's
// text. For codes slmgr has no text for, it prints `errorSlui` instead, exactly as Windows does.
export const enSlmgrErrors = {
	'0xC004C001': 'The activation server determined the specified product key is invalid',
	'0xC004C003': 'The activation server determined the specified product key is blocked',
	'0xC004C017':
		'The activation server determined the specified product key has been blocked for this geographic location.',
	'0xC004B100': 'The activation server determined that the computer could not be activated',
	'0xC004C008': 'The activation server determined that the specified product key could not be used',
	'0xC004C020':
		'The activation server reported that the Multiple Activation Key has exceeded its limit',
	'0xC004C021':
		'The activation server reported that the Multiple Activation Key extension limit has been exceeded',
	'0xC004D307':
		'The maximum allowed number of re-arms has been exceeded. You must re-install the OS before trying to re-arm again',
	'0xC004F009': 'The software Licensing Service reported that the grace period expired',
	'0xC004F00F':
		'The Software Licensing Server reported that the hardware ID binding is beyond level of tolerance',
	'0xC004F014': 'The Software Licensing Service reported that the product key is not available',
	'0xC004F025': 'Access denied: the requested action requires elevated privileges',
	'0xC004F02C':
		'The software Licensing Service reported that the format for the offline activation data is incorrect',
	'0xC004F035':
		'The software Licensing Service reported that the computer could not be activated with a Volume license product key. Volume licensed systems require upgrading from a qualified operating system. Please contact your system administrator or use a different type of key',
	'0xC004F038':
		'The software Licensing Service reported that the computer could not be activated. The count reported by your Key Management Service (KMS) is insufficient. Please contact your system administrator',
	'0xC004F039':
		'The software Licensing Service reported that the computer could not be activated. The Key Management Service (KMS) is not enabled',
	'0xC004F041':
		'The software Licensing Service determined that the Key Management Server (KMS) is not activated. KMS needs to be activated',
	'0xC004F042':
		'The software Licensing Service determined that the specified Key Management Service (KMS) cannot be used',
	'0xC004F050': 'The Software Licensing Service reported that the product key is invalid',
	'0xC004F051': 'The software Licensing Service reported that the product key is blocked',
	'0xC004F064': 'The software Licensing Service reported that the non-Genuine grace period expired',
	'0xC004F065':
		'The software Licensing Service reported that the application is running within the valid non-genuine period',
	'0xC004F066': 'The Software Licensing Service reported that the product SKU is not found',
	'0xC004F06B':
		'The software Licensing Service determined that it is running in a virtual machine. The Key Management Service (KMS) is not supported in this mode',
	'0xC004F074':
		'The Software Licensing Service reported that the computer could not be activated. No Key Management Service (KMS) could be contacted. Please see the Application Event Log for additional information.',
	'0xC004F075':
		'The Software Licensing Service reported that the operation cannot be completed because the service is stopping',
	'0xC004F304': 'The Software Licensing Service reported that required license could not be found.',
	'0xC004F305':
		'The Software Licensing Service reported that there are no certificates found in the system that could activate the product.',
	'0xC004F30E':
		'The Software Licensing Service reported that the computer could not be activated. A certificate for the thumbprint could not be found.',
	'0x80070005': 'Access denied: the requested action requires elevated privileges',
	'0x80070057': 'The parameter is incorrect',
	'0x8007232A': 'DNS server failure',
	'0x8007232B': 'DNS name does not exist',
	'0x800706BA': 'The RPC server is unavailable',
	'0x8007251D': 'No records found for DNS query',
} as const;

/** What other locales must translate: every key of the English tables. */
export type UsageTopic = keyof typeof enUsage;
export type ListedCommand = keyof typeof enCommandList;
export type SlmgrErrorCode = keyof typeof enSlmgrErrors;

/** Everything an English prompt prints, in one object: the lab's terminal loads only this locale. */
