import { loadCases } from '../tck/cases/load-cases';

// Loads every fixture and encodes every message in it, so that authors see mistakes at once.
try {
  const cases = loadCases(undefined, { fresh: true });
  const perArea = new Map<string, number>();
  for (const tckCase of cases) {
    perArea.set(tckCase.area, (perArea.get(tckCase.area) ?? 0) + 1);
  }

  console.log(`${cases.length} cases load: ${JSON.stringify(Object.fromEntries(perArea))}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
