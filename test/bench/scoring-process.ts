/** Entry of one scoring process (scoring.bench.ts bundles it): runs the workload and prints its result as JSON. */
import { runWorkload } from './scoring-workload';

process.stdout.write(`${JSON.stringify(runWorkload())}\n`);
