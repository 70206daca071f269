/**
 * English: the note on scope and safety that every guiding element shows (not the single
 * principle card, which carries its limits in its own words). Ours, not a source's.
 */
import type { LocalePart } from '../types.js';

export const enSafety: LocalePart<never, 'safety'> = {
  ui: {
    safety: {
      scope: 'This is a self-help guide, not therapy, and it can’t take the place of a therapist.',
      notFor: 'It isn’t meant for a relationship where anyone is afraid, hurt, threatened or controlled.',
      help: 'If that’s you, you deserve support: a local domestic abuse helpline can talk with you in confidence, and emergency services can help if you’re in danger now.',
      helpLink: 'If that’s you, help is here: {link}.',
      stop: 'Anyone can stop at any time, without giving a reason.',
    },
  },
};
