/**
 * English: the eight principles, for `<alliance-principle>` and `<alliance-principles>`.
 *
 * From David Schnarch, *Intimacy and Desire*, chapter 11, as the articles “What is a
 * Collaborative Alliance?” and “8 key tips to create a collaborative alliance in
 * relationships” list them. The questions to reflect on and the limits are ours.
 * Our own wording throughout.
 */
import type { LocalePart } from '../types.js';

export const enPrinciples: LocalePart<'principles', 'principle' | 'deck'> = {
  ui: {
    principle: {
      label: 'Collaborative alliance principle',
      numberLabel: 'Principle {number}',
      reflect: 'A question to reflect on',
      badNumber: 'There is no principle "{value}". Choose a number from {min} to {max}.',
    },
    deck: {
      label: 'Eight principles of a collaborative alliance',
      previous: 'Previous principle',
      next: 'Next principle',
      position: '{current} of {total}',
      daily: 'Principle of the day',
    },
  },

  principles: {
    credit: {
      text: 'From David Schnarch, *Intimacy and Desire*, chapter 11, as listed in “What is a Collaborative Alliance?” and “8 key tips to create a collaborative alliance in relationships”',
      ours: 'The questions and the notes on safety are ours.',
    },
    items: [
      {
        number: 1,
        title: 'Focus on what needs doing',
        text:
          'A collaborative alliance is about getting things done. Listening to each other and speaking up for yourself both matter. But the alliance rests on what you do, not only on what you feel.',
        question: 'What is one thing our relationship needs from me right now, and am I doing it?',
      },
      {
        number: 2,
        title: 'Put repair first',
        text:
          'Your alliance will break down sometimes. When it does, the crash matters less than the way back. Keep your attention on keeping the relationship going, not on your fear that it might end.',
        limit:
          'Repair is for a relationship that is safe to stay in. If you’re afraid of your partner, or hurt, threatened or controlled, your safety comes before repair, and a local domestic abuse helpline can help.',
        question: 'When things fall apart between us, what helps me turn toward repair instead of fear?',
      },
      {
        number: 3,
        title: 'Notice when you let go',
        text:
          'Most of us spot it quickly when our partner drops the alliance, and miss it when we do it ourselves. Catching yourself and owning it is where rebuilding starts. It’s the hardest step, and the one that matters most. Once you know your pattern, which may echo earlier times in your life, things can improve fast.',
        question: 'How do I usually let go of my side, and when did I last catch myself doing it?',
      },
      {
        number: 4,
        title: 'Hold your responsibilities',
        text:
          'How you feel is not the central question. Nerves and pressure are real, but they don’t cancel your part. Your feelings may make sense; your part stays the same: act with integrity, and do the right thing.',
        limit:
          'Fear of your partner, or pressure from them, is different: that is not nervousness to push through. Your safety comes first, and a local domestic abuse helpline can help.',
        question: 'Which feeling do I most often use as a reason to step back?',
      },
      {
        number: 5,
        title: 'Keep your side, even alone',
        text:
          'In this kind of alliance, your responsibilities are yours alone, not a trade. If your partner slips, that’s no licence for you to slip too. Check that you’ve done your part first, then raise theirs with them. That keeps the relationship from sinking to the level of whoever is doing the least.',
        limit:
          'This is about everyday lapses, not harm. If your partner hurts, threatens or controls you, keeping your side is not your task; keeping yourself safe is, and a local domestic abuse helpline can help.',
        question: 'Where am I waiting for my partner to go first before I keep my word?',
      },
      {
        number: 6,
        title: 'Let it stretch you',
        text:
          'A collaborative alliance won’t always feel nice. Sometimes it means pushing back, challenging each other, or refusing to simply go along. It won’t always leave your partner feeling soothed or reassured. It’s judged by what it does for you both, while a collusive alliance is built around keeping everyone comfortable.',
        question: 'Where might I be choosing comfort over what would actually help us grow?',
      },
      {
        number: 7,
        title: 'Keep your eyes open',
        text:
          'Don’t look away from what’s true about your partner, about you, or about what happens between you. Both of you stay alert, and mind-mapping (sensing what’s on each other’s minds) plays a big part. Let yourself be seen as you are. A deal to look past each other’s weak spots is collusion, not collaboration, and it tends to draw out the worst in you both.',
        limit:
          'Being open is something you offer, never something owed: no partner is entitled to your phone, your messages or your private thoughts.',
        question: 'What am I hoping my partner won’t notice about me, or about us?',
      },
      {
        number: 8,
        title: 'Protect your integrity',
        text:
          'Keeping a good-faith agreement comes down to your own integrity. It is always easier to let your end of the alliance go and serve only your own short-term interest. The more you become your own person, the more you act on what you believe is right, because that lets you live with yourself. If you’re in it only while it’s easy, the alliance may look solid, but it won’t hold under strain.',
        limit:
          'Integrity never asks you to stay where you’re afraid, hurt, threatened or controlled. What’s right for you is yours to decide, and a local domestic abuse helpline can help you plan safely.',
        question: 'What would I do here if I wanted to be at peace with myself afterwards?',
      },
    ],
  },
};
