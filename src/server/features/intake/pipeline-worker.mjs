// Entry of an intake worker thread. Workers start as plain Node, without the TypeScript loader the
// server (bin/rights-desk.mjs) or Vitest gave the main thread, so this file is JavaScript: it
// registers tsx for this thread, then loads the TypeScript job runner. The same file serves
// `npm start`, the CLI and the tests.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runIntakeJob } = await import('./pipeline-job.ts');

parentPort.on('message', async (message) => {
  const result = await runIntakeJob(message.job);
  parentPort.postMessage({ type: 'result', id: message.id, result });
});
parentPort.postMessage({ type: 'ready' });
