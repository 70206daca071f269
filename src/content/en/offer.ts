/**
 * English: offering an alliance on your own, for `<alliance-offer>`.
 *
 * From the article “How can I offer a collaborative alliance to my partner?”, and the four
 * things an alliance asks of you from “8 key tips to create a collaborative alliance in
 * relationships”. The daily checklist and the limits are ours. Our own wording throughout.
 */
import type { LocalePart } from '../types.js';

export const enOffer: LocalePart<'involves' | 'offer', 'offer'> = {
  ui: {
    offer: {
      waysHeading: 'Four ways to offer it',
      exampleLabel: 'For example',
      noteLabel: 'My next step',
      noteHint: 'Kept only in this browser. Anyone who uses this browser can read it.',
      todayHeading: 'Today',
      todayHint: 'Tick what you managed today. Tomorrow starts fresh.',
      todayProgress: '{count} of {total} today',
    },
  },

  involves: {
    title: 'What a collaborative alliance asks of you',
    items: [
      'Telling the truth, even when it’s hard.',
      'Leaving the truth as it is, without bending it.',
      'Facing yourself, and letting your partner face you and read you.',
      'Bringing your best self to it.',
    ],
  },

  offer: {
    credit: {
      text: 'From “How can I offer a collaborative alliance to my partner?” and, for what an alliance asks of you, “8 key tips to create a collaborative alliance in relationships”',
      ours: 'The daily checklist and the limits are ours.',
    },
    title: 'Offering an alliance on your own',
    intro:
      'Ideally you build an alliance together, but one of you can start it, even if the other isn’t ready yet. Your responsibilities don’t depend on your partner keeping theirs. So you can act in ways that invite teamwork, even while your partner is making it hard. This is for a partner who is distant or difficult, not one who frightens or controls you.',
    ways: [
      {
        id: 'focus',
        title: 'Focus on what needs doing',
        text: 'Step back from blame, and try not to get stuck in your own hurt. Put your energy into small, useful steps toward the problem.',
        example:
          'If your sex life feels stuck, offer non-sexual affection first, such as a cuddle on the sofa or a back rub. It shows you want to work on it, even before your partner meets you there.',
        limit: 'Offer touch only where it’s welcome, and take a no as an answer, not a problem to solve.',
      },
      {
        id: 'honesty',
        title: 'Say what’s true, even when it’s hard',
        text: 'Say what’s really on your mind and in your heart, even when you dread the response. Openness builds trust and lets your partner read your intentions clearly.',
        example:
          'Rather than hiding how sad you are about the distance between you, say so, and say what you’d like to happen. That’s an invitation to talk openly, not an attempt to manipulate.',
        limit: 'Openness is for a partner who is safe to be open with. If you fear how they’ll react, your safety comes first.',
      },
      {
        id: 'confront',
        title: 'Face yourself',
        text: 'Ask yourself how you add to the problem, even when your partner adds to it too. Admitting where you fall short takes humility, and it can encourage your partner to own their part too.',
        example: 'If you tend to go quiet and close off when you’re hurt, admit that this may make it harder for your partner to reach you.',
        limit: 'Owning your part is not taking the blame for harm someone else does to you. Nothing you did makes abuse your fault.',
      },
      {
        id: 'grounded',
        title: 'Stay grounded',
        text: 'Your partner will sometimes let the alliance slip, especially when they’re struggling. At those moments, tend to your own reactions first instead of answering anger with anger.',
        example:
          'Say your partner flares up when you try to share how you feel. Rather than matching their heat, settle your own. Get curious about what’s behind their reaction, and let them know, calmly, that you’d still like to face this together.',
        limit:
          'Staying calm is not staying in danger. If their anger frightens you, or turns to threats or force, do what keeps you safest, and reach out for help when you can.',
      },
    ],
    closing:
      'Offering an alliance on your own doesn’t make you a doormat, and it doesn’t mean letting yourself be pushed around. You lead by living the way you hope your partner will. When you keep acting with integrity and good faith, you make it easier for your partner to join you.',
  },
};
