import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { compiledCasesPath, defaultCasesDir, writeCompiledCases } from '../tck/cases/case-files';
import { loadCases } from '../tck/cases/load-cases';

// Part of the build: every fixture is validated once here, and the CLI then starts without
// parsing YAML or checking messages again.
const target = compiledCasesPath();
mkdirSync(dirname(target), { recursive: true });
writeCompiledCases(loadCases(defaultCasesDir(), { fresh: true }), target);
