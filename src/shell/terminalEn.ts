/**
 * What the lab's terminal loads for an English prompt (one dynamic import): the command line and
 * only the English texts. `terminalJa.ts` is its Japanese twin.
 */
export { createShell } from './shell.ts';
export { catalogue } from './messages/catalogueEn.ts';
