import type { Msg } from '../message';
import type { Crdt } from './crdt';
import { boolEntry, int32Entry } from './entries';
import { boolField, int32Field } from './fields';
import { deltaFor, memberOf } from './kinds';

/**
 * A vote among the nodes. The proxy owns the tallies: a replicated delta overwrites all three
 * fields, while a local delta carries only this node's vote.
 */
export class Vote implements Crdt {
  readonly kind = 'Vote';

  private constructor(
    readonly selfVote: boolean,
    readonly votesFor: number,
    readonly totalVoters: number,
    private readonly changed: boolean,
  ) {}

  static empty(): Vote {
    return new Vote(false, 0, 1, false);
  }

  /** Voting back within the same command undoes the change, so no delta is left. */
  vote(selfVote: boolean): Vote {
    if (selfVote === this.selfVote) {
      return this;
    }

    const votesFor = this.votesFor + (selfVote ? 1 : -1);

    return new Vote(selfVote, votesFor, this.totalVoters, !this.changed);
  }

  applyDelta(delta: Msg): Vote {
    const op = deltaFor(delta, this.kind);
    const selfVote = boolField(op, 'self_vote');
    const votesFor = int32Field(op, 'votes_for');

    return new Vote(selfVote, votesFor, int32Field(op, 'total_voters'), this.changed);
  }

  applyUpdate(update: Msg): Vote {
    const op = memberOf(update, this.kind, 'update');

    return op === undefined ? this : this.vote(boolField(op, 'self_vote'));
  }

  hasDelta(): boolean {
    return this.changed;
  }

  delta(): Msg {
    return { vote: boolEntry('self_vote', this.selfVote) };
  }

  resetDelta(): Vote {
    return new Vote(this.selfVote, this.votesFor, this.totalVoters, false);
  }

  state(): Msg {
    return { vote: this.tallies() };
  }

  fullDelta(): Msg {
    return { vote: this.tallies() };
  }

  private tallies(): Msg {
    return {
      ...boolEntry('self_vote', this.selfVote),
      ...int32Entry('votes_for', this.votesFor),
      ...int32Entry('total_voters', this.totalVoters),
    };
  }
}
