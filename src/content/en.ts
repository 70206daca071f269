/**
 * English content for alliance-elements.
 *
 * Sources (ideas credited in each section below):
 * - David Schnarch, *Intimacy and Desire*, chapter 11: the eight principles of a
 *   collaborative alliance, the three couples exercises, the conditions that help the
 *   brain change, and how one partner can offer an alliance alone.
 * - zestWELLNESS, "Designed Alliance" worksheet, adapted from co-active coaching practice.
 * - The PACER model, *Love. Crash. Rebuild.*: collaboration, the end-of-day check-in
 *   and the collaboration practices.
 *
 * All wording here is our own paraphrase of those texts; nothing is quoted except the
 * short mantra “Connection, not victory.”
 */
import type { LocaleContent } from './types.js';

export const en: LocaleContent = {
  lang: 'en',
  dir: 'ltr',

  ui: {
    partnerA: 'Partner A',
    partnerB: 'Partner B',
    storageUnavailable:
      'This browser isn’t letting us save, so what you write stays only while this page is open; copy or export it if you want to keep it.',
    principle: {
      label: 'Collaborative alliance principle',
      numberLabel: 'Principle {number}',
      reflect: 'To reflect on',
      badNumber: 'There is no principle "{value}". Choose a number from {min} to {max}.',
      creditPrefix: 'From',
    },
    deck: {
      label: 'Eight principles of a collaborative alliance',
      previous: 'Previous principle',
      next: 'Next principle',
      position: '{current} of {total}',
      daily: 'Principle of the day',
    },
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
    timer: {
      label: 'Guided exercise',
      level: 'Level {level} of {count}',
      start: 'Start',
      restart: 'Start again',
      pause: 'Pause',
      resume: 'Resume',
      stop: 'Stop',
      shifting: 'Shifting position',
      adjusting: 'Paused while you shift position. Carrying on in {seconds} s.',
      timeLeft: 'Time left',
      paused: 'Paused',
      done: 'Done',
      step: 'Now',
      nextStep: 'Next',
      why: 'Why this helps',
      note: 'Either of you may stop at any time.',
      complete: 'That’s the time. Take a slow breath together, then gently let go.',
      breatheIn: 'Breathe in',
      breatheOut: 'Breathe out',
      breatheWith: 'Breathe with the circle',
      controls: 'Timer controls',
      creditPrefix: 'From',
    },
  },

  principles: {
    credit: { author: 'David Schnarch', work: 'Intimacy and Desire', detail: 'chapter 11' },
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
          'How you feel is not the central question. Being nervous or under pressure doesn’t release you from your part. It’s fine to understand why you feel as you do. What you owe stays the same: keep your integrity and do what’s right.',
        question: 'Which feeling do I most often use as a reason to step back?',
      },
      {
        number: 5,
        title: 'Keep your side, even alone',
        text:
          'In this kind of alliance, your responsibilities are yours alone, not a trade. If your partner slips, that’s no licence for you to slip too. Check that you’ve done your part first, then raise theirs with them. That keeps the relationship from sinking to the level of whoever is doing the least.',
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
        question: 'What am I hoping my partner won’t notice about me, or about us?',
      },
      {
        number: 8,
        title: 'Protect your integrity',
        text:
          'Keeping a good-faith agreement comes down to your own integrity. Walking away and looking after yourself in the narrow sense is always easier. As you grow more differentiated, you do what you know is right so you can be at peace with yourself. If you’re in it only while it’s easy, the alliance may look solid, but it won’t hold under strain.',
        question: 'What would I do here if I wanted to be at peace with myself afterwards?',
      },
    ],
  },

  exercises: {
    credit: { author: 'David Schnarch', work: 'Intimacy and Desire' },
    items: [
      {
        id: 'hugging-till-relaxed',
        title: 'Hugging till relaxed',
        summary:
          'Stand and hold each other while each of you holds on to yourself. Let your body and mind settle until you both feel quiet and connected.',
        setup: [
          'Stand steadily on your own two feet.',
          'Put your arms around your partner.',
          'Turn your attention to yourself rather than to your partner.',
        ],
        defaultMinutes: 10,
        levels: [
          [
            { at: 0, text: 'Stand on your own two feet and put your arms around each other. Let your attention turn to yourself.' },
            { at: 60, text: 'Notice your body. Let your breathing slow down a little with each breath out.' },
            { at: 150, text: 'Keep settling. Get quiet, and then quieter still.' },
            { at: 240, text: 'If your mind keeps racing, notice what’s filling it: a feeling, a memory, a worry.' },
            { at: 330, text: 'Give that thought a moment, then clear it away and come back to your breath.' },
            { at: 420, text: 'Stay with yourself. Feel your feet on the floor and the weight of your body.' },
            { at: 510, text: 'Rest in the quiet you’ve found. Nothing else needs doing right now.' },
            { at: 560, text: 'You’ll finish in a moment. Take a few more slow breaths before you gently let go.' },
          ],
          [
            { at: 0, text: 'Hold each other and settle into yourself, the way you’ve practised.' },
            { at: 60, text: 'Let your breathing slow. Give yourself a minute or two to get quiet.' },
            { at: 180, text: 'Now widen your attention. What’s happening between the two of you?' },
            { at: 270, text: 'Notice your partner. Are they able to relax?' },
            { at: 360, text: 'Let your partner know you’re shifting, then change your position on purpose. What happens?' },
            { at: 450, text: 'Notice how your partner responds. How do you make sense of it?' },
            { at: 530, text: 'Come back to your own body and your own breathing.' },
            { at: 565, text: 'Get ready to finish. Take one last slow breath, then gently let go.' },
          ],
          [
            { at: 0, text: 'Hold each other and quiet yourself, the way you know how.' },
            { at: 90, text: 'Let your breathing slow. Settle into the warmth between you.' },
            { at: 180, text: 'When you feel steady, let a hard memory come to mind. Just briefly.' },
            { at: 240, text: 'Now come back to your body. Feel your feet, your breath, your partner’s arms.' },
            { at: 330, text: 'Notice how solid your bond is. Take in the feel and the smell of your partner.' },
            { at: 420, text: 'If you wish, touch that memory once more, briefly, then return to your body and this hug.' },
            { at: 500, text: 'Rest in your body and in each other. You’re here, now, together.' },
            { at: 560, text: 'You’ll finish soon. Take a few slow breaths, then gently let go.' },
          ],
        ],
        shiftingPhrase: 'I’m just moving to get more comfortable. I want to keep going.',
        reminders: [
          'If your partner loses their calm, hold on to yourself and stay steady inside.',
          'If you’re pushed or pulled off balance, say you need to adjust, find your balance, and come back to the hug.',
          'A movement or an adjustment isn’t a rejection. Try not to take it personally.',
          'Either of you can stop at any time.',
        ],
      },
      {
        id: 'heads-on-pillows',
        title: 'Heads on pillows',
        summary:
          'Lie on your sides facing each other, heads on pillows, and look into each other’s eyes. It’s like hugging till relaxed, lying down, and it may stretch you a little further.',
        setup: [
          'Lie down on your sides, facing each other.',
          'Rest your heads on pillows, far enough apart to look into each other’s eyes without strain.',
        ],
        defaultMinutes: 10,
        levels: [
          [
            { at: 0, text: 'Lie facing each other, heads on your pillows. Let your eyes meet.' },
            { at: 60, text: 'Quiet your mind. Let your heart calm down, one breath at a time.' },
            { at: 150, text: 'This is like hugging till relaxed, only lying down. Settle into yourself.' },
            { at: 240, text: 'With your eyes and your mind, try to reach your partner’s heart.' },
            { at: 330, text: 'If this feels like a lot, that’s normal. Stay with yourself and keep breathing.' },
            { at: 420, text: 'Keep looking. Let your partner see you, too.' },
            { at: 510, text: 'Rest here together, calm and present.' },
            { at: 560, text: 'You’ll finish soon. Take a slow breath and let your eyes soften.' },
          ],
        ],
        shiftingPhrase: 'I’m just moving to get more comfortable. I want to keep going.',
        reminders: [
          'Hold on to yourself. If your partner loses their calm, stay steady inside.',
          'This can feel more intimate than hugging. If it stretches you, slow down and keep breathing.',
          'Adjusting your position isn’t a rejection. Say you need to rebalance, then come back.',
          'Either of you can stop at any time.',
        ],
      },
      {
        id: 'feeling-while-touching',
        title: 'Feeling while touching',
        summary:
          'One of you touches the other slowly while you both follow the moving point of contact. The aim is to feel each other, not to get a technique right.',
        setup: [
          'Decide who will touch first and who will receive.',
          'Find a quiet, warm place. Soft music, candles or incense can help you relax.',
          'Plan to start with hands, face and arms.',
        ],
        defaultMinutes: 15,
        levels: [
          [
            { at: 0, text: 'Settle in comfortably together. The touching partner begins slowly, with the hands.' },
            { at: 60, text: 'Both of you, follow the spot where you touch as it moves. Let your attention travel with it.' },
            { at: 150, text: 'Try to feel each other, not the technique or the sensation. Who is here with you?' },
            { at: 240, text: 'Keep it slow. When you’re ready, move on to the arms.' },
            { at: 330, text: 'If you lose the feel of your partner, pause. Go back to what you were doing when you could feel them.' },
            { at: 420, text: 'Gently move to the face, if that feels right for you both.' },
            { at: 510, text: 'Talking is fine. Smiling helps. Tears are welcome, too.' },
            { at: 600, text: 'If you both want, swap roles now. Start again slowly, with the hands.' },
            { at: 720, text: 'Stick with what works. Keep your attention on each other, right here.' },
            { at: 840, text: 'Begin to slow down. Let the touch come to rest, and stay together for a moment.' },
          ],
        ],
        shiftingPhrase: 'I’m just moving to get more comfortable. I want to keep going.',
        reminders: [
          'Focus on feeling your partner, not on technique or on your own sensations.',
          'If you lose the sense of your partner, pause briefly and go back to what was working.',
          'Slow touch usually works best.',
          'Either of you can stop at any time.',
        ],
      },
    ],
  },

  conditions: {
    title: 'Why this helps',
    intro:
      'Hugging, lying face to face and touching slowly each set up the same seven conditions that make it easier for the brain to change.',
    items: [
      'A strong alliance between you that can bend without breaking.',
      'Some stress and emotional intensity, never too much, taking turns with calm.',
      'Deep moments of truly meeting each other.',
      'Taking in experience through thinking, feeling, sensing and doing, all together.',
      'Waking up the brain networks that handle and steady your thoughts, feelings, sensations and behaviour.',
      'New understanding that ties together what you feel emotionally and in your body.',
      'Making sense of what you live through in ways that keep you growing and help it all fit together.',
    ],
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

  worksheet: {
    credit: { author: 'zestWELLNESS', work: 'Designed Alliance worksheet', detail: 'adapted from co-active coaching practice' },
    title: 'Design your alliance',
    intro:
      'Imagine starting out by deciding together, on purpose, how you’ll support each other so things go well for you both. Coaches call this designing the alliance. It puts you on the same side from the start, and helps you listen to each other and meet each other’s needs.',
    howTo: [
      'Set aside 90 minutes to talk only about your partnership, not about work.',
      'Pick a place that suits you both, such as lunch out or a quiet corner at home.',
      'Each of you chooses 3 or 4 questions for the other to answer.',
      'Take turns answering. Save enough time for the two closing questions at the end.',
    ],
    minutes: 90,
    questionsPerPerson: { min: 3, max: 4 },
    sections: [
      {
        id: 'intentions',
        title: 'Naming your intentions',
        questions: [
          'What do you each take for granted about the other?',
          'What are your biggest hopes and dreams for the two of you?',
        ],
      },
      {
        id: 'atmosphere',
        title: 'Setting the atmosphere',
        questions: [
          'What kind of mood and climate do you want to build between you?',
          'What can each of you bring to make the relationship feel the way you want?',
        ],
      },
      {
        id: 'responsibility',
        title: 'Sharing responsibility',
        questions: [
          'What do you expect of each other?',
          'What can you rely on from each other? Be as concrete as you can.',
          'What would you like to ask of each other?',
          'What do you want to promise each other about keeping what’s said here private?',
          'How do you like to give feedback, and how do you like to receive it?',
        ],
      },
      {
        id: 'backup',
        title: 'Making a backup plan',
        questions: [
          'How do you want to treat each other when conflict comes up?',
          'If an agreement gets broken, by one of you or both, how do you want to talk it through?',
          'When things between you start to wobble or come apart, what helps you return to your agreement?',
          'Should either of you choose to step out of the alliance, what do you want to keep in mind, and make sure happens, when you talk about it?',
        ],
      },
    ],
    closing: [
      'How do you show appreciation for each other, and stand up for each other wholeheartedly?',
      'What would you like to say right now to celebrate or cheer on each other?',
    ],
    livingDocument: 'Your alliance can grow with you. Come back to it whenever your needs or wishes change.',
  },

  checkIn: {
    credit: { author: 'the PACER model', work: 'Love. Crash. Rebuild.' },
    title: 'Collaboration check-in',
    intro: 'A few quiet minutes together at the end of a hard day. No agenda, just two questions.',
    questions: [
      'What did I do today that helped you feel close to me?',
      'What did I do today that made you draw away?',
    ],
    scaleQuestion: 'How close did you feel to each other today?',
    scaleLabels: ['Far apart', 'A bit distant', 'Somewhere in between', 'Fairly close', 'Very close'],
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
