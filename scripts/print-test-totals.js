// Prints the closing line CI reads: "tests: N passed, N failed".
const { readFileSync } = require('node:fs');

const file = process.argv[2];
let results = { numPassedTests: 0, numFailedTests: 0, numRuntimeErrorTestSuites: 0 };
try {
  results = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`No jest results in "${file}": ${error.message}`);
}

const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
console.log(`tests: ${results.numPassedTests} passed, ${failed} failed`);
