/**
 * English: offering an alliance on your own, for `<alliance-offer>`.
 *
 * From David Schnarch, *Intimacy and Desire*, the collaborative alliance. Our own wording throughout.
 */
import type { LocalePart } from '../types.js';

export const enOffer: LocalePart<'involves' | 'offer', 'offer'> = {
  ui: {
    offer: {
      waysHeading: 'Four ways to offer it',
      exampleLabel: 'For example',
      noteLabel: 'My next step',
      noteHint: 'Private: kept only in this browser.',
      todayHeading: 'Today',
      todayHint: 'Tick what you managed today. Tomorrow starts fresh.',
      todayProgress: '{count} of {total} today',
      saved: 'Saved',
    },
  },

  involves: {
    title: 'What a collaborative alliance asks of you',
    items: [
      'Telling the truth, even when it’s hard.',
      'Leaving the truth as it is, without bending it.',
      'Facing yourself, and letting your partner face you and read you.',
      'Acting from the best in you.',
    ],
  },

  offer: {
    credit: { author: 'David Schnarch', work: 'Intimacy and Desire', detail: 'the collaborative alliance' },
    title: 'Offering an alliance on your own',
    intro:
      'Ideally you build an alliance together, but one of you can start it, even if the other isn’t ready yet. Your responsibilities don’t depend on your partner keeping theirs. So you can act in ways that invite teamwork, even while your partner is making it hard.',
    ways: [
      {
        id: 'focus',
        title: 'Focus on what needs doing',
        text: 'Turn your attention away from blame and away from your own hurt. Put it into small, useful steps toward the problem.',
        example:
          'If your sex life feels stuck, offer simple affection first, such as a cuddle on the sofa or a back rub. It shows you want to work on it, even before your partner meets you there.',
      },
      {
        id: 'honesty',
        title: 'Be honest, even when it’s hard',
        text: 'Say what’s really on your mind and in your heart, even when you dread the response. Openness builds trust and lets your partner read your intentions clearly.',
        example:
          'Rather than hiding how sad you are about the distance between you, say so, and say what you’d like to happen. That’s an invitation to talk openly, not an attempt to manipulate.',
      },
      {
        id: 'confront',
        title: 'Face yourself',
        text: 'Ask yourself how you add to the problem, whatever your partner’s share in it. Admitting where you fall short takes humility, and it often makes it easier for your partner to admit their part too.',
        example: 'If you tend to go quiet and close off when you’re hurt, admit that this may make it harder for your partner to reach you.',
      },
      {
        id: 'grounded',
        title: 'Stay grounded',
        text: 'Your partner will sometimes let the alliance slip, especially when they’re struggling. At those moments, steady yourself first instead of hitting back.',
        example:
          'Say your partner flares up when you try to share how you feel. Stay calm instead of matching their heat. Try to understand what’s driving it, and gently repeat that you want to solve this as a team.',
      },
    ],
    closing:
      'Offering an alliance on your own doesn’t make you a doormat, and it doesn’t mean letting yourself be pushed around. You lead by living the way you hope your partner will. When you keep acting with integrity and good faith, you make it easier for your partner to join you.',
  },
};
