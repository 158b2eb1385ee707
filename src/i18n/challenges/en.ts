import type { ChallengeCatalogue } from './types.ts';

export const challengesEn: ChallengeCatalogue = {
	ui: {
		heading: 'Challenge: {title}',
		goal: 'Goal',
		symptom: 'Symptom',
		checklist: 'Where things stand',
		timeNote:
			'After a change, move time forward: clients that are not activated retry every 2 hours. The goal is checked after every change.',
		hint: 'Hint {k}',
		hintNext: 'Show hint {k} of {n}',
		solved: 'Solved. The goal holds in the simulation.',
		fixHeading: 'What fixed it',
		source: 'Microsoft Learn: {title}',
		restart: 'Start this challenge again',
		leave: 'Back to your own lab',
		index: 'All challenges',
		offScenario:
			'The lab now shows another scenario, so this challenge is not being checked. Start it again to continue.',
		saveFailed:
			'Your progress could not be saved (the browser blocks storage or it is full). It will be lost when you leave this page.',
		loadFailed: 'The challenge panel could not be loaded. Reload the page to try again.',
		unknown: 'There is no challenge "{id}". Pick one from the list of challenges.',
		statusNew: 'Not started',
		statusStarted: 'Started',
		statusSolved: 'Solved',
		progress: '{solved} of {total} solved',
		progressBlocked: 'Your progress cannot be shown: this browser blocks storage for the site.',
		open: 'Open the challenge',
		groupHeading: 'Run on a group of computers',
		groupNote:
			'Administrators run the same command on many machines with a script (Invoke-Command) or a Group Policy startup script. Here it runs at an elevated prompt on each computer of the group, exactly as if typed there.',
		groupTarget: 'Group',
		groupClients: 'All clients ({n})',
		groupHosts: 'All KMS hosts ({n})',
		groupCommand: 'Command',
		groupRun: 'Run on the group',
		groupEquivalent: 'In PowerShell:',
		groupDone: 'Ran on {n} computers: {ok} succeeded, {failed} failed.',
		groupEmpty: 'Type a command first.',
		groupFailedOn: 'Output on {name}:',
		groupLoadFailed: 'The command line could not be loaded. Reload the page to try again.',
	},
	checks: {
		licensed: 'Clients licensed: {n} of {total}',
		byKms: 'Clients activated by a KMS host: {n} of {total}',
		dnsDiscovery: 'Clients finding the host through DNS (no /skms): {n} of {total}',
		gvlk: 'Clients with their KMS client setup key (GVLK): {n} of {total}',
		uniqueCmids: 'Distinct client machine IDs (CMIDs): {n} for {total} clients',
		clocks:
			'Clocks within 4 hours of the KMS host (and the host within 4 hours of true time): {n} of {total}',
		hostsPublished: 'KMS hosts with their own SRV record in DNS: {n} of {total}',
	},
	challenges: {
		'srv-missing': {
			title: 'No SRV record',
			goal: 'Every client activated by KMS01, found through DNS: no client has a host set by hand with /skms.',
			story:
				'KMS01 is a working KMS host, but none of the 30 clients can find it: slmgr /ato reports 0x8007232B.',
			hints: [
				'Ask DNS what the clients ask: nslookup -type=srv _vlmcs._tcp.corp.contoso.com on a client.',
				'There is no _vlmcs._tcp record, and KMS01 does not register one: DNS publishing is turned off on it (slmgr /dlv on KMS01).',
				'On KMS01 run slmgr /sdns to turn publishing on, then move time forward: the clients retry every 2 hours.',
			],
			fix: 'Clients find a KMS host by asking DNS for the _vlmcs._tcp SRV record of their domain. With publishing turned off (slmgr /cdns) and no record made by hand, DNS answers that the name does not exist, and the client reports 0x8007232B. slmgr /sdns lets KMS01 register its record by dynamic update (event 12294 on the host); each client finds it at its next attempt and activates (event 12289). Setting the host on each client with slmgr /skms would also activate them, but every one of those settings has to be changed again when the host changes; the goal asked for DNS.',
		},
		'port-blocked': {
			title: 'TCP 1688 blocked',
			goal: 'Every client activated by KMS01.',
			story:
				'The SRV record is in DNS and KMS01 is activated, yet every client fails with 0xC004F074.',
			hints: [
				'Open event 12288 on a client: its first field is the cause behind 0xC004F074.',
				'0x800706BA: the RPC server is unavailable. Test the port from a client: Test-NetConnection KMS01 -Port 1688.',
				'On KMS01: Set-NetFirewallRule -Name SPPSVC-In-TCP -Enabled True, then move time forward.',
			],
			fix: 'KMS requests travel over TCP port 1688, and on a new host the Windows Firewall rule for it (SPPSVC-In-TCP) is off. The client cannot connect: its event 12288 carries 0x800706BA and slmgr /ato reports 0xC004F074, while the host never sees the request and logs no 12290. The rule belongs on the host: enabling it on the clients changes nothing, since their requests go out. Once the host admits the port, the next attempts reach it and the clients activate.',
		},
		'count-low': {
			title: '18 PCs, and a threshold of 25',
			goal: 'All 18 PCs licensed (by any legitimate method), without removing any.',
			story:
				'KMS01 works and all 18 Windows 11 PCs reach it, but each gets 0xC004F038 and the count stops at 18.',
			hints: [
				'On KMS01, slmgr /dlv shows the current count. How many does a Windows client need?',
				'A Windows client activates by KMS only when the host has counted 25 or more machines, and this office will not have 25. Activation need not come from KMS: the PCs are members of corp.contoso.com.',
				"Active Directory-based activation has no threshold. On KMS01: slmgr /ad-activation-online LABAD-HOSTK-EYFOR-WS202-2CH01 (the organisation's host key; a made-up one), then move time forward.",
			],
			fix: 'A KMS host activates Windows clients only once it has seen 25 distinct machines in the last 30 days; below that it answers 0xC004F038 with the count. A small site either reaches the count (virtual machines count too) or activates another way. Active Directory-based activation needs no threshold: the activation object is created once in the forest with the host key, and domain members running Windows 8.1 or later activate from it at their next attempt. MAK activation is the other way out.',
		},
		'clock-skew': {
			title: 'A clock 5 hours fast',
			goal: "Every client activated by KMS01, with every clock within 4 hours of the host's.",
			story: '25 PCs are licensed, but PC026 keeps failing with 0xC004F074.',
			hints: [
				'Open event 12288 on PC026: its first field is the result the host sent back.',
				"0xC004F06C: the client's clock and the host's differ by more than 4 hours (compared in UTC). Compare the client time in the event with the host's.",
				'On PC026: w32tm /resync, then slmgr /ato.',
			],
			fix: "A KMS host refuses a request whose client time is more than 4 hours from its own with 0xC004F06C; the comparison is in UTC, so time zones do not matter. The client shows 0xC004F074. Resynchronising PC026 with its time source (w32tm /resync) brings its clock back, and its next request is accepted. Setting the host's clock to match PC026 would make the other 25 fail at their next renewal, which is why the goal checks every clock.",
		},
		'cloned-image': {
			title: '30 clones, a count of 1',
			goal: 'As many client machine IDs as PCs, and every PC activated by KMS01.',
			story:
				'30 PCs were deployed from one image. KMS01 answers every one of them, but its count stays at 1 and everyone gets 0xC004F038.',
			hints: [
				'Compare the client machine ID (CMID) of two PCs: slmgr /dlv on PC001 and on PC002.',
				'The image was captured without sysprep /generalize, so every clone carries the same CMID and the host counts them as one machine.',
				'Generalize every clone: with the group control, run sysprep /generalize /oobe /reboot on all clients, then move time forward.',
			],
			fix: 'A KMS host counts distinct client machine IDs. An image must be generalized with sysprep /generalize before it is captured; that resets the activation state, and each copy gets its own CMID. Clones of an image that skipped the step share one CMID, so the count never passes 1. Generalizing each clone gives 30 CMIDs: the count passes 25 and the clients activate. The lasting fix is the image itself, generalized before the next deployment.',
		},
		'mak-not-gvlk': {
			title: 'A MAK where a GVLK belongs',
			goal: 'Every client carrying its KMS client setup key (GVLK) and activated by KMS01.',
			story:
				'30 Windows 11 Enterprise PCs sit in their initial grace period. KMS01 has never heard from them, and slmgr /ato reports 0x80072EE7.',
			hints: [
				'slmgr /dlv on a PC: read the product key channel.',
				'The PCs carry a Multiple Activation Key (Volume:MAK). A MAK activates online with Microsoft, never with a KMS host, and this network has no internet access.',
				"Install the edition's GVLK on every PC: with the group control, run slmgr /ipk NPPR9-FWDCX-D2C8J-H872K-2YT43 (Windows 11 Enterprise) on all clients, then move time forward.",
			],
			fix: 'A KMS client needs the KMS client setup key (GVLK) of its edition; Microsoft publishes these keys. With a MAK installed, a PC activates online with Microsoft (here it cannot: no internet, 0x80072EE7) and never contacts the KMS host. slmgr /ipk with the GVLK makes it a KMS client: it finds KMS01 through DNS, the count reaches 30, and it activates.',
		},
		'old-host-key': {
			title: 'A host key too old',
			goal: 'Every Windows 11 client activated by KMS01.',
			story:
				'KMS01 answers every request, but the Windows 11 PCs get 0xC004F042 and its "Failed requests received" keeps rising.',
			hints: [
				'On KMS01, slmgr /dlv: which host key channel is installed?',
				"0xC004F042: the host key's group does not cover this product. A Windows Server 2016 host key cannot activate Windows 11.",
				"Install the organisation's newer host key on KMS01: slmgr /ipk LABXX-HOSTK-EYFOR-WS202-2CH07 (Windows Server 2022; a made-up key), then slmgr /ato.",
			],
			fix: "A KMS host key (CSVLK) activates the products of its release and older ones. A host with the Windows Server 2016 key refuses Windows 11 with 0xC004F042 and counts it as a failed request. Installing the Windows Server 2022 host key (on a host with the updates its OS needs for it) and activating it with Microsoft lets the same host activate Windows 11: the clients' next attempts succeed.",
		},
		'service-stopped': {
			title: 'Software Protection stopped',
			goal: 'Every client activated by KMS01.',
			story:
				'DNS points at KMS01 and its firewall rule is on, yet every client fails with 0xC004F074.',
			hints: [
				'Is anything answering on KMS01? Look at its services: sc query sppsvc.',
				'The KMS host runs inside the Software Protection service (sppsvc), and on KMS01 it is stopped.',
				'On KMS01: net start sppsvc, then move time forward.',
			],
			fix: 'The KMS host service is part of the Software Protection service. While it is stopped, nothing answers on port 1688: clients cannot connect, they report 0xC004F074, and the host logs no 12290. Starting sppsvc on the host (on the clients it changes nothing here) brings the service back; it registers its SRV record again, and the clients activate at their next attempt.',
		},
		'second-host': {
			title: 'A second host that may not publish',
			goal: 'Both KMS hosts publishing their own SRV record, and every client licensed.',
			story:
				'KMS02 was added beside KMS01 for failover. The clients activate, but only KMS01 appears in DNS, and KMS02 logs event 12293 with 0x80072338.',
			hints: [
				'Ask DNS: nslookup -type=srv _vlmcs._tcp.corp.contoso.com. Then read event 12293 on KMS02: wevtutil qe Application /c:1 /rd:true /f:text.',
				'KMS01 published first and became the Creator/Owner of the _VLMCS name; KMS02 has no right to update it (0x80072338).',
				'As a DNS administrator, give KMS02 Full Control on _VLMCS (the DNS Manager button in the host\'s section of "Faults and changes", with KMS02 selected), then restart sppsvc on KMS02: net stop sppsvc && net start sppsvc.',
			],
			fix: "The first KMS host to register _vlmcs._tcp by dynamic update becomes the owner of the name, and other hosts may not update it: they log 12293. Microsoft's guidance is to put all KMS hosts in one security group and give it Full Control of _VLMCS in each zone (in DNS Manager, on the record's Security tab). KMS02 uses its new right at its next registration, when its Software Protection service starts or 24 hours later, and logs 12294. With both records, clients fail over when one host is down.",
		},
	},
};
