/** A save refused because another panel changed the candidate first: the record as it now stands (null: it was deleted). */
import type { Candidate } from './schema';

export class EditConflictError extends Error {
  constructor(readonly current: Candidate | null) {
    super(current ? 'This candidate was changed in another panel' : 'This candidate was deleted in another panel');
    this.name = 'EditConflictError';
  }
}
