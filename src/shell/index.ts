/**
 * The emulated Windows command line of KMS Lab: plain TypeScript over the activation engine, used
 * by the CLI (`--exec`), the tests and the lab's terminal. This entry loads both languages; the
 * terminal loads `terminalJa.ts` or `terminalEn.ts` (the shell with one language's texts).
 *
 *   const shell = createShell(sim, 'PC001', { catalogue: catalogueFor('ja'), elevated: false });
 *   shell.prompt();                 // "C:\Users\Administrator>"
 *   shell.run('slmgr /dlv');        // { output: '…' } — never throws, at most 64 kB
 *   shell.setElevated();            // "C:\Windows\system32>"
 *   shell.run('cls');               // { output: '', clear: true }
 *
 * Commands parse their arguments, change the world only through engine actions
 * (`sim.dispatch`), and print what English or Japanese Windows prints in that state.
 */
export { createShell, type Shell, type ShellOptions, type ShellRunResult } from './shell.ts';
export { runExecList, formatExecResults, parseExec, type ExecResult } from './exec.ts';
export {
	fill,
	type ShellCatalogue,
	type ShellLang,
	type Messages,
	type MessageKey,
} from './messages/index.ts';
export { catalogueFor } from './messages/all.ts';
export { slmgrUsage } from './slmgr/usage.ts';
export { MAX_OUTPUT_BYTES } from './format.ts';
export { COMMANDS } from './commands/index.ts';
