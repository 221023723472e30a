/** The default scorer behind the scoring interface. */
import { scoreReply } from './score-reply';
import { scoreTranscript } from './score-transcript';
import type { Scorer } from './types';

/** Bump on any change that can move a score; it is stored with every score. */
export const SCORER_VERSION = 'lexicon-2.105.0';

export const scorer: Scorer = {
  version: SCORER_VERSION,
  scoreReply,
  scoreTranscript,
};

export type * from './types';
