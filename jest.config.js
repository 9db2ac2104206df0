// Two projects: fast unit tests, and end-to-end runs that start real processes.
const transform = { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      testTimeout: 300000,
    },
  ],
};
