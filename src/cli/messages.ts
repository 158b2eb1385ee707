/**
 * Everything `npm run sim` says about itself (usage, errors, the report's labels), one catalogue
 * per language with the same shape, so a missing translation is a type error. Values that come
 * from the command line or a scenario are passed in as they are: the CLI escapes control
 * characters once, where it writes (escape.ts).
 */

export type CliLang = 'ja' | 'en';

export const CLI_LANGS: readonly CliLang[] = ['ja', 'en'];

export function isCliLang(value: string): value is CliLang {
	return (CLI_LANGS as readonly string[]).includes(value);
}

/** What the usage text lists; read from the code and the limits, never restated here. */
export interface UsageFacts {
	readonly presets: readonly string[];
	/** Longest --until, in whole days (CLI_LIMITS.maxMinutes). */
	readonly maxDays: number;
	readonly defaultDays: number;
}

export interface CliMessages {
	usage(facts: UsageFacts): string;
	/** After a usage error: where to look. */
	seeHelp: string;

	noScenario: string;
	extraArgument(arg: string, first: string): string;
	unknownFlag(flag: string): string;
	needsValue(flag: string): string;
	takesNoValue(flag: string): string;
	badLang(value: string): string;
	badExec(value: string): string;

	/** `<where>: <why> (got <value>)`, for --until. */
	badTime(where: string, why: string, value: string): string;
	time: {
		empty: string;
		negative: string;
		noUnit(number: string): string;
		badUnit(unit: string): string;
		notNumber: string;
		tooLarge(maxDays: number): string;
	};

	unknownPreset(name: string, presets: readonly string[]): string;
	fileNotFound(path: string): string;
	isDirectory(path: string): string;
	notReadable(path: string, reason: string): string;
	notJson(source: string, line: number, column: number): string;
	invalidScenario(source: string, count: number): string;

	/** The clock stopped early (maxEvents): at what simulated time. */
	stoppedAt(time: string): string;

	exec: {
		noPrefix(spec: string): string;
		unknownMachine(name: string, known: string): string;
		failed(failed: number, total: number): string;
	};
	internal(detail: string): string;

	report: {
		machine: string;
		status: string;
		result: string;
		expiry: string;
		host: string;
		count: string;
		failed: string;
		total: string;
		at: string;
		day(n: number): string;
		events: string;
		dropped(n: number): string;
		none: string;
		permanent: string;
	};
}

const en: CliMessages = {
	usage: (f) =>
		[
			'Usage: npm run sim -- <scenario.json | preset> [options]',
			'',
			"Runs a scenario and prints each machine's license state and each KMS host's current count.",
			'Options may come in any order, before or after the scenario, and as --option=value.',
			'',
			'Options:',
			`  --until <time>       how long to run: 200d, 36h, 90m or 1d12h (default: the scenario's "until", else ${f.defaultDays}d; at most ${f.maxDays}d)`,
			'  --json               print the result as JSON',
			'  --events             include the event log',
			'  --exec "<MACHINE>: <command>"',
			'                       after the run, type a command at an elevated prompt on MACHINE,',
			'                       e.g. "PC001: slmgr /dli" (repeatable; in order; prints their output instead of the report)',
			'  --lang ja|en         language of every message (default: ja)',
			'  -h, --help           show this help',
			'',
			`Presets: ${f.presets.join(', ')}`,
			'',
			'Exit status: 0 success; 1 an --exec command failed; 2 bad usage or bad input (options, scenario, limits).',
		].join('\n'),
	seeHelp: 'Run "npm run sim -- --help --lang en" for usage.',

	noScenario: 'no scenario given: name a preset or a scenario .json file',
	extraArgument: (arg, first) =>
		`unexpected argument "${arg}": only one scenario can be given (already "${first}")`,
	unknownFlag: (flag) => `unknown option ${flag}`,
	needsValue: (flag) => `${flag} needs a value`,
	takesNoValue: (flag) => `${flag} takes no value`,
	badLang: (value) => `--lang must be ja or en (got "${value}")`,
	badExec: (value) =>
		`--exec expects "<MACHINE>: <command line>", like "PC001: slmgr /dli" (got "${value}")`,

	badTime: (where, why, value) => `${where}: ${why} (got ${value})`,
	time: {
		empty: 'the time is empty: write a duration like 200d, 36h or 90m',
		negative: 'the time cannot be negative',
		noUnit: (number) =>
			`the unit is missing after ${number}: write d (days), h (hours) or m (minutes), like ${number}d`,
		badUnit: (unit) => `unknown unit "${unit}": use d (days), h (hours) or m (minutes)`,
		notNumber: 'not a duration: write a number and a unit, like 200d, 36h, 90m or 1d12h',
		tooLarge: (maxDays) => `at most ${maxDays} days`,
	},

	unknownPreset: (name, presets) =>
		`unknown preset "${name}" and no such file (presets: ${presets.join(', ')})`,
	fileNotFound: (path) => `file not found: ${path}`,
	isDirectory: (path) => `${path} is a directory, not a scenario file`,
	notReadable: (path, reason) => `cannot read ${path} (${reason})`,
	notJson: (source, line, column) => `${source} is not valid JSON (line ${line}, column ${column})`,
	invalidScenario: (source, count) =>
		`${source}: invalid scenario (${count} ${count === 1 ? 'problem' : 'problems'}):`,

	stoppedAt: (time) => `the run stopped at ${time}`,

	exec: {
		noPrefix: (spec) => `--exec expects "<MACHINE>: <command line>": ${spec}`,
		unknownMachine: (name, known) => `No computer named "${name}" (there are: ${known})`,
		failed: (failed, total) => `${failed} of ${total} --exec commands failed`,
	},
	internal: (detail) => `internal error (please report it): ${detail}`,

	report: {
		machine: 'Machine',
		status: 'License Status',
		result: 'Last result',
		expiry: 'Expires (UTC)',
		host: 'KMS host',
		count: 'Current count',
		failed: 'Failed requests',
		total: 'Total requests',
		at: 'Simulated time',
		day: (n) => `day ${n}`,
		events: 'Event log',
		dropped: (n) => `${n} older entries not kept`,
		none: '—',
		permanent: 'does not expire',
	},
};

const ja: CliMessages = {
	usage: (f) =>
		[
			'使い方: npm run sim -- <シナリオ.json | プリセット名> [オプション]',
			'',
			'シナリオを実行し、各コンピューターのライセンスの状態と各 KMS ホストの現在の数を表示します。',
			'オプションはシナリオの前後どこにでも、どの順序でも、--オプション=値 の形でも指定できます。',
			'',
			'オプション:',
			`  --until <時間>       実行する長さ: 200d、36h、90m、1d12h など (既定: シナリオの "until"、なければ ${f.defaultDays}d。最大 ${f.maxDays}d)`,
			'  --json               結果を JSON で表示する',
			'  --events             イベント ログも表示する',
			'  --exec "<コンピューター名>: <コマンド>"',
			'                       実行後、そのコンピューターの管理者のプロンプトでコマンドを入力する',
			'                       例: "PC001: slmgr /dli" (複数指定可。順に実行。表の代わりにコマンドの出力を表示)',
			'  --lang ja|en         すべてのメッセージの言語 (既定: ja)',
			'  -h, --help           この使い方を表示する',
			'',
			`プリセット: ${f.presets.join(', ')}`,
			'',
			'終了コード: 0 成功、1 --exec のコマンドが失敗した、2 使い方または入力の誤り (オプション、シナリオ、上限)。',
		].join('\n'),
	seeHelp: '使い方は "npm run sim -- --help" で表示できます。',

	noScenario:
		'シナリオが指定されていません: プリセット名かシナリオの .json ファイルを指定してください',
	extraArgument: (arg, first) =>
		`余分な引数 "${arg}": シナリオは 1 つだけ指定できます (指定済み: "${first}")`,
	unknownFlag: (flag) => `不明なオプション ${flag}`,
	needsValue: (flag) => `${flag} には値が必要です`,
	takesNoValue: (flag) => `${flag} は値を取りません`,
	badLang: (value) => `--lang には ja か en を指定してください (指定値: "${value}")`,
	badExec: (value) =>
		`--exec は "<コンピューター名>: <コマンド>" の形で指定してください。例: "PC001: slmgr /dli" (指定値: "${value}")`,

	badTime: (where, why, value) => `${where}: ${why} (指定値: ${value})`,
	time: {
		empty: '時間が空です: 200d、36h、90m のように指定してください',
		negative: '時間に負の値は指定できません',
		noUnit: (number) =>
			`${number} の後に単位がありません: d (日)、h (時間)、m (分) を付けてください (例: ${number}d)`,
		badUnit: (unit) => `不明な単位 "${unit}": d (日)、h (時間)、m (分) のいずれかを使ってください`,
		notNumber: '時間として読めません: 200d、36h、90m、1d12h のように数と単位で指定してください',
		tooLarge: (maxDays) => `最大 ${maxDays} 日です`,
	},

	unknownPreset: (name, presets) =>
		`"${name}" というプリセットもファイルもありません (プリセット: ${presets.join(', ')})`,
	fileNotFound: (path) => `ファイルが見つかりません: ${path}`,
	isDirectory: (path) => `${path} はフォルダーです。シナリオのファイルを指定してください`,
	notReadable: (path, reason) => `${path} を読み取れません (${reason})`,
	notJson: (source, line, column) =>
		`${source} は正しい JSON ではありません (${line} 行 ${column} 列)`,
	invalidScenario: (source, count) => `${source}: シナリオに誤りがあります (${count} 件):`,

	stoppedAt: (time) => `実行は ${time} で止まりました`,

	exec: {
		noPrefix: (spec) =>
			`--exec は "<コンピューター名>: <コマンド>" の形で指定してください: ${spec}`,
		unknownMachine: (name, known) =>
			`"${name}" という名前のコンピューターはありません (あるもの: ${known})`,
		failed: (failed, total) => `--exec のコマンド ${total} 件のうち ${failed} 件が失敗しました`,
	},
	internal: (detail) => `内部エラー (報告してください): ${detail}`,

	report: {
		machine: 'コンピューター',
		status: 'ライセンスの状態',
		result: '最後の結果',
		expiry: '有効期限 (UTC)',
		host: 'KMS ホスト',
		count: '現在の数',
		failed: '失敗した要求',
		total: '要求の合計',
		at: 'シミュレーション時刻',
		day: (n) => `${n} 日目`,
		events: 'イベント ログ',
		dropped: (n) => `${n} 件の古いエントリは保持されていません`,
		none: '—',
		permanent: '期限なし',
	},
};

export const CLI_MESSAGES: Readonly<Record<CliLang, CliMessages>> = { ja, en };
