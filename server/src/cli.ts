#!/usr/bin/env node
/**
 * The `podlint` command (package.json "bin"). Everything lives in ./cli/: arguments (args.ts),
 * inputs (walk.ts, helm.ts), checking (lint.ts), formats (formats/). Exit code: 0 no errors,
 * 1 errors (or more warnings than --max-warnings), 2 usage or I/O error.
 */
// A plain process.env, which the yaml parser reads per token: see environmentSnapshot.ts.
import './environmentSnapshot';
import { processIO, run } from './cli/main';

process.exitCode = run(process.argv.slice(2), processIO());
