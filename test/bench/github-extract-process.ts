/** Entry of one extraction process (github-extract.bench.ts bundles it): times the workload in a happy-dom window and prints JSON. */
import { Window } from 'happy-dom';
import { runExtractWorkload } from './github-extract-workload';

const window = new Window({ url: 'https://github.com/mona-dev' });
const result = runExtractWorkload(new window.DOMParser() as unknown as DOMParser);
await window.happyDOM.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
