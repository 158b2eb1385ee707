/** Entry point of `npm run sim` (see simCli.ts). */
import { runCli } from './simCli.ts';

// runCli has already escaped control characters in both streams: write them as they are.
const result = runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
