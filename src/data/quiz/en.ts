import type { QuizSet } from './types.ts';

/** Self-check questions, English. Same ids and answer positions as ja.ts. */
export const en: QuizSet = {
	'how-kms-works': [
		{
			id: 'host-reply',
			prompt: 'What does a KMS host send back to a KMS client that asks to be activated?',
			choices: [
				'A product key for the client to install',
				'The current count (and its interval settings)',
				'A copy of the KMS host key (CSVLK)',
				'Nothing: it only writes an event',
			],
			answer: 1,
			explanation:
				'The host answers with one small packet holding the current count. The client keeps its own GVLK and activates itself if the count meets the threshold for its product. A KMS host never hands out product keys.',
		},
		{
			id: 'client-key',
			prompt: 'Which key is installed on a KMS client?',
			choices: [
				'The KMS host key (CSVLK)',
				'The KMS client setup key (GVLK)',
				'A MAK',
				'The same key as the KMS host',
			],
			answer: 1,
			explanation:
				'KMS clients carry a GVLK, usually preinstalled on volume-licensed media. The CSVLK belongs on the KMS host only.',
		},
		{
			id: 'client-threshold',
			prompt: 'What count must the KMS host report before Windows 11 clients activate?',
			choices: ['5 or more', '25 or more', '50 or more', 'No count is needed'],
			answer: 1,
			explanation:
				'Windows client OSes need a count of at least 25; Windows Server and volume Office need at least 5. The count is cumulative across OS types.',
		},
		{
			id: 'what-counts',
			prompt: 'What does the count on a KMS host measure?',
			choices: [
				'Installed GVLKs',
				'Unique client machine IDs (CMIDs) seen in the last 30 days',
				'Activation requests per day',
				'Signed-in users',
			],
			answer: 1,
			explanation:
				'The host counts unique CMIDs from the last 30 days. A client that does not renew within 30 days drops out of the count.',
		},
		{
			id: 'discovery',
			prompt: 'How does a KMS client find a KMS host by default?',
			choices: [
				'A broadcast on the local network',
				'The DNS SRV record _vlmcs._tcp',
				'An object in Active Directory',
				'A fixed Microsoft server on the internet',
			],
			answer: 1,
			explanation:
				'Clients query DNS for _vlmcs._tcp SRV records in their own DNS domain. You can override this with slmgr /skms.',
		},
		{
			id: 'port',
			prompt: 'Which port does KMS use by default?',
			choices: ['TCP 443', 'TCP 1688', 'UDP 1688', 'TCP 3389'],
			answer: 1,
			explanation:
				'KMS uses anonymous RPC over TCP 1688 by default; slmgr /sprt changes the port on the host.',
		},
		{
			id: 'client-os-host',
			prompt: 'Can a KMS host running on Windows 11 activate Windows Server?',
			choices: [
				'Yes, any KMS host activates everything',
				'No: a KMS host on a client OS activates only client OSes',
			],
			answer: 1,
			explanation:
				'A KMS host on Windows Server activates both server and client OSes; a host on a Windows client OS activates only client OSes.',
		},
	],
	lifecycle: [
		{
			id: 'validity',
			prompt: 'How long does a KMS activation stay valid without renewal?',
			choices: ['30 days', '180 days', 'One year', 'Forever'],
			answer: 1,
			explanation:
				'KMS activation is valid for 180 days. Each successful renewal starts the 180 days again.',
		},
		{
			id: 'renewal-interval',
			prompt: 'How often does an activated KMS client try to renew by default?',
			choices: ['Every 2 hours', 'Every 7 days', 'Every 30 days', 'Every 180 days'],
			answer: 1,
			explanation:
				'The default renewal interval is 7 days (10,080 minutes). It is set on the host with slmgr /sri.',
		},
		{
			id: 'retry-interval',
			prompt: 'How often does a client that is not yet activated retry by default?',
			choices: ['Every 15 minutes', 'Every 2 hours', 'Every 24 hours', 'Every 7 days'],
			answer: 1,
			explanation:
				'The default activation interval is 2 hours (120 minutes). It is set on the host with slmgr /sai.',
		},
		{
			id: 'initial-grace',
			prompt: 'How long is the initial grace period of a new KMS client?',
			choices: ['7 days', '30 days', '180 days', 'There is none'],
			answer: 1,
			explanation:
				'A fresh KMS client has a 30-day initial grace period and tries a KMS host every 2 hours during it.',
		},
		{
			id: 'after-180',
			prompt: 'An activated client stops renewing. What happens when its 180 days run out?',
			choices: [
				'Nothing: it stays Licensed',
				'It enters the additional (out-of-tolerance) grace period, then the Notifications state',
				'It shuts down at once',
				'It switches to MAK by itself',
			],
			answer: 1,
			explanation:
				'It moves to the out-of-tolerance grace period ("Additional grace period") and then to Notification. How long that grace lasts on current Windows is not confirmed by Microsoft\'s pages; for Office it is 30 days.',
		},
		{
			id: 'permanent',
			prompt: 'Which activations do not expire?',
			choices: ['KMS', 'Active Directory-based activation', 'MAK and retail', 'All of them'],
			answer: 2,
			explanation:
				'MAK and retail activation are permanent (until a major hardware change). KMS and ADBA last 180 days and renew.',
		},
	],
	'kms-host-setup': [
		{
			id: 'host-key',
			prompt: 'Which key do you install on a KMS host?',
			choices: ['A GVLK', 'The KMS host key (CSVLK)', 'A MAK', 'Any retail key'],
			answer: 1,
			explanation:
				'The KMS host key (CSVLK) turns the machine into a KMS host and is activated with Microsoft. Clients never receive it.',
		},
		{
			id: 'host-limit',
			prompt: 'How many KMS hosts can one CSVLK activate?',
			choices: ['1', '6 (the first host plus 5 more)', '25', 'Unlimited'],
			answer: 1,
			explanation:
				'One CSVLK activates up to 6 hosts, each up to 9 reactivations with the same key. For more, ask a Microsoft Activation Center.',
		},
		{
			id: 'firewall',
			prompt: 'What is the state of the KMS firewall rule on a new host?',
			choices: [
				'Enabled for every profile',
				'It exists but is off by default',
				'It does not exist',
				'It is only needed on clients',
			],
			answer: 1,
			explanation:
				"The rule SPPSVC-In-TCP exists but is disabled. Microsoft's example: Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True.",
		},
		{
			id: 'publishing',
			prompt: 'How does a new KMS host make itself known to clients?',
			choices: [
				'It registers a _vlmcs._tcp SRV record through DNS dynamic update (every 24 hours)',
				'It creates an object in Active Directory',
				'It broadcasts its name',
				'It does not: every client needs slmgr /skms',
			],
			answer: 0,
			explanation:
				'By default the host publishes its SRV record through DNS dynamic update and re-registers it every 24 hours. If your DNS refuses updates, create the record by hand.',
		},
		{
			id: 'role',
			prompt: 'Which command installs the Volume Activation Services role?',
			choices: [
				'Install-WindowsFeature -Name VolumeActivation -IncludeManagementTools',
				'slmgr /ato',
				'dism /online /enable-kms',
				'Add-KmsHost',
			],
			answer: 0,
			explanation:
				"The role's feature name is VolumeActivation; its wizard is Volume Activation Tools (vmw.exe).",
		},
		{
			id: 'key-group',
			prompt: 'How new must the host key group be?',
			choices: [
				'At least as new as the newest client it must activate',
				'The same edition as each client',
				'Older than the clients',
				'It does not matter',
			],
			answer: 0,
			explanation:
				'The host key group decides which clients can activate, and it must be at least as new as the newest client. A too-old key shows up as 0xC004F042 and rising failed requests.',
		},
	],
	troubleshooting: [
		{
			id: 'first-step',
			prompt: 'A client reports 0xC004F074. What do you look at first?',
			choices: [
				'Reinstall Windows',
				'Event 12288 on the client, which holds the real error',
				'Buy a MAK',
				'Change the GVLK',
			],
			answer: 1,
			explanation:
				'0xC004F074 only says no KMS host could be contacted. Event 12288 on the client shows the underlying HRESULT, for example 0xC004F06C for clock skew.',
		},
		{
			id: 'no-srv',
			prompt:
				'nslookup -type=all _vlmcs._tcp finds no record. Which error does the client most likely show?',
			choices: ['0x8007232B', '0xC004F06C', '0xC004F042', '0x80070005'],
			answer: 0,
			explanation:
				'0x8007232B means "DNS name does not exist": the client found no _vlmcs SRV record.',
		},
		{
			id: 'ip-works',
			prompt:
				"slmgr -skms with the host's IP address works, but with its FQDN it fails. What is the problem?",
			choices: ['The firewall', 'Name resolution', 'The threshold', 'The host key'],
			answer: 1,
			explanation:
				'The path to the host works, so resolving the host name is the problem. Undo the manual setting with slmgr -ckms afterwards.',
		},
		{
			id: 'clock',
			prompt: 'How far apart may the client and host clocks be?',
			choices: [
				'5 minutes',
				'Up to 4 hours, compared in UTC',
				'24 hours',
				'Any amount if the time zones match',
			],
			answer: 1,
			explanation:
				"More than 4 hours apart, compared in UTC, and slmgr /ato shows 0xC004F074 (0xC004F06C is recorded in the client's event 12288 and the host's event 12290). Time zones play no part.",
		},
		{
			id: 'stuck-count',
			prompt: 'Forty clients ask the host, but its count stays at 1. Why?',
			choices: [
				'The clients were cloned from an image that was not generalized, so they share one CMID',
				'The firewall blocks TCP 1688',
				'The SRV record is missing',
				'The host is not activated',
			],
			answer: 0,
			explanation:
				'Clones of an image that was not run through sysprep /generalize share one CMID, so the host counts them once.',
		},
		{
			id: 'access-denied',
			prompt: 'slmgr /ipk fails with 0x80070005. What is wrong?',
			choices: ['The prompt is not elevated', 'The key is wrong', 'DNS', 'The port'],
			answer: 0,
			explanation: '0x80070005 is "access denied": run the command from an elevated prompt.',
		},
		{
			id: 'port-closed',
			prompt:
				'Test-NetConnection to the host on port 1688 shows TcpTestSucceeded : False. What next?',
			choices: [
				'Enable the KMS firewall rule on the host and allow TCP 1688 on the way',
				'Reinstall the client',
				'Run sysprep /generalize',
				'Install a new GVLK',
			],
			answer: 0,
			explanation:
				'The port is blocked. The host rule SPPSVC-In-TCP is off by default; network devices on the way must allow TCP 1688 and RPC too.',
		},
	],
};
