#!/usr/bin/env node
// Entry point for `npx rights-desk <command>` and `npm start`. The server is TypeScript run
// through tsx, so a fresh clone needs no separate compile step before it starts.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
