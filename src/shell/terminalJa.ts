/**
 * What the lab's terminal loads for a Japanese prompt (one dynamic import): the command line and
 * only the Japanese texts. `terminalEn.ts` is its English twin.
 */
export { createShell } from './shell.ts';
export { catalogue } from './messages/catalogueJa.ts';
