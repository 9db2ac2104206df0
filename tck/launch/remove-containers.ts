import type Docker from 'dockerode';
import { reason } from './docker-engine';

export interface Removal {
  removed: number;
  failed: string[];
}

/**
 * Force-removes every container, running or not, that carries the label (`key=value`). One
 * that is already gone, or being removed by someone else, counts as removed.
 */
export async function removeLabelled(docker: Docker, label: string): Promise<Removal> {
  const found = await docker.listContainers({ all: true, filters: { label: [label] } });
  const results = await Promise.allSettled(
    found.map((info) => docker.getContainer(info.Id).remove({ force: true })),
  );

  const failed = results.flatMap((result, index) => {
    const status = result.status === 'rejected' ? statusOf(result.reason) : 200;
    if (status === 200 || status === 404 || status === 409) {
      return [];
    }
    const id = found[index]?.Id.slice(0, 12) ?? '?';
    return [`${id}: ${reason(result.status === 'rejected' ? result.reason : undefined)}`];
  });

  return { removed: found.length - failed.length, failed };
}

function statusOf(error: unknown): number | undefined {
  return (error as { statusCode?: number }).statusCode;
}
