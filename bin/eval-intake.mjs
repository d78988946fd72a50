#!/usr/bin/env node
// `npm run eval:intake [-- --corpus DIR --gold FILE]`: scores document intake against a labelled set.
import { register } from 'tsx/esm/api';

register();
await import('../src/shared/intake/evaluation/cli.ts');
