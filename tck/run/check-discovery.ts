import { stringField } from '../../model/shared/fields';
import type { Msg } from '../../model/message';
import { differences } from '../verify/differences';
import type { CaseFailure } from './case-result';
import type { DiscoveredSpec } from './discovered-spec';

type Problem = Omit<CaseFailure, 'step' | 'stepText'>;

/** The per-model discovery checks of the Scala TCK (spec §3), against the recorded spec. */
export function checkDiscovery(
  spec: DiscoveredSpec,
  entities: Msg[],
  services: string[],
): Problem | undefined {
  for (const expected of entities) {
    const name = stringField(expected, 'service_name');
    const declared = spec.entities.find((entity) => entity.service_name === name);

    if (declared === undefined) {
      return { reason: `the EntitySpec declares no entity for service "${name}"`, expected };
    }

    const paths = differences(expected, declared, true);
    if (paths.length > 0) {
      return {
        reason: `the entity "${name}" differs at ${paths.join(', ')}`,
        expected,
        received: declared,
        differingFields: paths,
      };
    }
  }

  const missing = [...services, ...spec.declaredServices].filter(
    (service) => !spec.descriptorServices.has(service),
  );
  if (missing.length > 0) {
    return {
      reason:
        `the EntitySpec's descriptor set lacks the service(s) ${missing.join(', ')}; ` +
        `it holds ${[...spec.descriptorServices].sort().join(', ') || 'none'}`,
    };
  }

  return undefined;
}
