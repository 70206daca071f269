/**
 * English: ways to practise collaboration, for `<alliance-practice>`.
 *
 * From The PACER model, *Love. Crash. Rebuild.* Our own wording throughout.
 */
import type { LocalePart } from '../types.js';

export const enPractices: LocalePart<'practices', 'practice'> = {
  ui: {
    practice: {
      reframeInstead: 'Instead of',
      reframeTry: 'Try asking',
      previousPair: 'Previous question',
      nextPair: 'Next question',
      pairPosition: '{current} of {total}',
      wantLabel: 'I want…',
      needLabel: '…and I need…',
      wantPlaceholder: 'to feel close to you',
      needPlaceholder: 'some time to myself',
      bothAndSentence: 'I want {want}, and I need {need}.',
      sentenceLabel: 'Your both/and sentence',
      sentenceEmpty: 'Fill in both parts to see your sentence.',
      copy: 'Copy the sentence',
      copied: 'Copied',
      copyFallback: 'This browser did not let us copy. The sentence is selected: press Ctrl+C (or ⌘C) to copy it.',
      teamworkLabel: 'Our answer',
      teamworkHint: 'Write it together. It is kept in this browser so you can come back to it.',
      saved: 'Saved',
      heroPrompt: 'Next time pride says “pull back”, what is one small way you could reach out instead?',
      mantraLabel: 'Remember',
    },
  },

  practices: {
    credit: { author: 'the PACER model', work: 'Love. Crash. Rebuild.' },
    title: 'Practising collaboration',
    intro:
      'Love struggles in a courtroom, where each of you argues a case. It does better in a laboratory, where you stay curious, try things and find out together. Collaborating doesn’t mean agreeing or giving up what’s true for you. It means letting two points of view live side by side.',
    reframe: {
      title: 'Ask about “us”',
      text: 'When you catch yourself building a case, swap the blaming question for a curious one about the two of you. You’re both part of the pattern, so look at it together.',
      pairs: [
        { blaming: 'Who started it?', curious: 'What keeps happening between us?' },
        { blaming: 'Who’s right?', curious: 'What’s going on for us right now?' },
        { blaming: 'Who’s wrong?', curious: 'What are we each trying to protect?' },
        { blaming: 'Whose fault is this?', curious: 'What are we creating together?' },
        { blaming: 'Why do you always do this?', curious: 'What pattern are we caught in?' },
      ],
    },
    bothAnd: {
      title: 'Say “and”, not “but”',
      text: 'Both/and language lets two needs be true at the same time. Neither one cancels the other, so you both get heard.',
      example: 'I want to be close to you, and I also need some space.',
    },
    teamwork: {
      title: 'Set goals as a team',
      text: 'Agree on what you’re both working toward. Then a disagreement can feel like a shared project rather than a contest.',
      question: 'When stress hits, how can we look after our connection?',
    },
    hero: {
      title: 'Be a relational hero',
      text: 'Therapist Terry Real calls it relational heroism: the courage to set down your armour and move toward your partner. When pride tells you to keep your distance, make the first move anyway. Let yourself be vulnerable.',
      mantra: 'Connection, not victory.',
    },
  },
};
