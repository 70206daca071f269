/**
 * English: ways to practise collaboration, for `<alliance-practice>`.
 *
 * From the article “How to work with, not against, your partner”, on collaboration in the
 * PACER model of *Love. Crash. Rebuild.*; relational heroism is Terry Real’s idea, as the
 * article says. The last three reframing questions and the limits are ours. Our own wording
 * throughout.
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
      teamworkHint: 'Write it together. It is kept in this browser so you can come back to it.',
      heroPrompt: 'Next time pride says “pull back”, what is one small way you could reach out instead?',
      mantraLabel: 'Remember',
    },
  },

  practices: {
    credit: {
      text: 'From “How to work with, not against, your partner”, an article on the PACER model (*Love. Crash. Rebuild.*)',
      ours: 'The last three questions to swap and the limits are ours.',
    },
    title: 'Practising collaboration',
    intro:
      'Love struggles in a courtroom, where each of you argues a case. It does better in a laboratory, where you stay curious, try things and find out together. Collaborating doesn’t mean agreeing or giving up what’s true for you. It means letting two points of view live side by side.',
    reframe: {
      title: 'Ask about “us”',
      text: 'When you catch yourself building a case, swap the blaming question for a curious one about the two of you. You’re both part of the pattern, so look at it together.',
      limit: 'This is for everyday conflict. Abuse is not a shared pattern: it is the choice of the person who does it.',
      pairs: [
        { blaming: 'Who started it?', curious: 'What are we creating together?' },
        { blaming: 'Who’s right, and who’s wrong?', curious: 'What’s happening to us?' },
        { blaming: 'Whose fault is this?', curious: 'What keeps happening between us?' },
        { blaming: 'Why do you always do this?', curious: 'What pattern are we caught in?' },
        { blaming: 'Who’s wrong here?', curious: 'What are we each trying to protect?' },
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
      text: 'Terry Real calls it relational heroism: the courage to set down your armour and move toward your partner, choosing connection over control. Pride may urge you to hold back; reaching out anyway is the braver step. Let yourself be vulnerable.',
      limit: 'This is for a partner who is safe to reach toward. If reaching out has been met with threats, harm or control, protect yourself first.',
      mantra: 'Connection, not victory.',
    },
  },
};
