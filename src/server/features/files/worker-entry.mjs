// Entry of an upload-reading worker thread (see worker-pool.ts). Workers start as plain Node,
// without the TypeScript loader the server (bin/rights-desk.mjs) or Vitest gave the main thread,
// so this file is JavaScript: it registers tsx for this thread, then loads, once each, the
// TypeScript modules the jobs name and answers each job with that module's `runJob(job)`.
// Intake's document readers run through it too (intake/pipeline-job.ts).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const modules = new Map();

const load = (href) => {
  if (!modules.has(href)) modules.set(href, import(href));
  return modules.get(href);
};

parentPort.on('message', async (message) => {
  // Warm-up (WorkerPool.warm): load the module now, so the first real job does not pay for it.
  if (message.type === 'load') {
    await load(message.module).catch(() => process.exit(1));
    return;
  }
  let result;
  try {
    result = await (await load(message.module)).runJob(message.job);
  } catch {
    // A job module answers its own errors; reaching here means it is broken: end this worker.
    process.exit(1);
  }
  parentPort.postMessage({ type: 'result', id: message.id, result });
});
parentPort.postMessage({ type: 'ready' });
