import type { ErrorObject } from 'ajv';

/**
 * Ajv's errors as a user can act on them. An unknown key comes first and lists the known ones,
 * since a typo is the usual cause and also sets off the errors after it. A failed `oneOf` of
 * required keys becomes one sentence instead of one error per branch. Needs Ajv's `verbose`.
 */
export function schemaProblems(errors: ErrorObject[]): string[] {
  const problems = errors
    .filter((error) => !error.schemaPath.includes('/oneOf/'))
    // A bad key name gives one error for the name's pattern and one saying the name is bad.
    .filter((error) => error.keyword !== 'propertyNames')
    .map((error) => ({
      unknownKey: error.keyword === 'additionalProperties',
      text: describe(error),
    }));

  return [
    ...problems.filter((problem) => problem.unknownKey),
    ...problems.filter((problem) => !problem.unknownKey),
  ].map((problem) => problem.text);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : error.instancePath;
  const key: unknown = error.params.additionalProperty;

  if (typeof key === 'string') {
    const properties: unknown = error.parentSchema?.properties;
    const known =
      typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];

    return `${where} has the unknown key "${key}" (the keys are: ${known.join(', ')})`;
  }

  const badName: unknown = error.propertyName;
  if (typeof badName === 'string') {
    return (
      `${where} has the name "${badName}", which cannot be a report folder's name: use ` +
      'letters, digits and . _ + - only, starting with a letter or digit'
    );
  }

  const allowed: unknown = error.params.allowedValues;
  if (error.keyword === 'enum' && Array.isArray(allowed)) {
    return `${where} must be one of: ${allowed.map((value) => `"${String(value)}"`).join(', ')}`;
  }

  const choices = error.keyword === 'oneOf' ? requiredChoices(error.schema) : [];
  if (choices.length > 0) {
    return `${where} must have exactly one of the keys ${choices.join(' or ')}`;
  }

  return `${where} ${error.message ?? 'is not valid'}`;
}

/** The keys of `oneOf: [{ required: [a] }, { required: [b] }]`, quoted. */
function requiredChoices(branches: unknown): string[] {
  if (!Array.isArray(branches)) {
    return [];
  }

  return branches.flatMap((branch: unknown) => {
    const required = (branch as { required?: unknown }).required;
    return Array.isArray(required) ? required.map((name) => `"${String(name)}"`) : [];
  });
}
