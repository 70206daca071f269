/**
 * English: the guided partner exercises and why they help, for `<alliance-exercise-timer>`.
 *
 * From the article “8 key tips to create a collaborative alliance in relationships”. The
 * lengths of heads on pillows and feeling while touching, the timing of the cues, the swapping
 * of roles and the notes on safety are ours. Our own wording throughout.
 */
import type { LocalePart } from '../types.js';

export const enExercises: LocalePart<'exercises' | 'conditions', 'timer'> = {
  ui: {
    timer: {
      label: 'Guided exercise',
      level: 'Level {level} of {count}',
      start: 'Start',
      restart: 'Start again',
      pause: 'Pause',
      resume: 'Resume',
      stop: 'Stop',
      stopped: 'Stopped with {time} to go.',
      carryOn: 'Carry on',
      shifting: 'Shifting position',
      adjusting: 'Paused while you shift position. Carrying on in {seconds} s.',
      timeLeft: 'Time left',
      paused: 'Paused',
      done: 'Done',
      step: 'Now',
      nextStep: 'Next',
      why: 'Why this helps',
      note: 'Either of you may stop at any time.',
      before: 'Before you begin',
      consent: 'Do this only if you both want to, and only while you both feel safe with each other.',
      remindersHeading: 'Keep in mind',
      complete: 'That’s the time. Take a slow breath together, then gently let go.',
      afterward: 'Stay close for a moment if you like. Say one thing you noticed, or simply carry on with your evening.',
      nextLevel: 'When this comes easily, you could try level {level} another day.',
      breatheIn: 'Breathe in',
      breatheOut: 'Breathe out',
      breatheWith: 'Breathe with the circle',
      controls: 'Timer controls',
      voice: 'Spoken cues',
      chooseLevel: 'Try level {level} next time',
    },
  },

  exercises: {
    credit: {
      text: 'From “8 key tips to create a collaborative alliance in relationships”',
      ours: 'The lengths of heads on pillows and feeling while touching, the timing of the cues, the swapping of roles and the notes on safety are ours.',
    },
    items: [
      {
        id: 'hugging-till-relaxed',
        title: 'Hugging till relaxed',
        summary:
          'Stand and hold each other while each of you holds on to yourself. Let your body and mind settle until you both feel quiet and connected.',
        setup: [
          'Stand steadily on your own two feet.',
          'Wrap your arms around each other.',
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
            { at: 450, text: 'Notice how your partner responds. What do you read in that?' },
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
          'If your partner loses their calm, hold on to yourself and stay steady inside, and let go of the hug if you need to.',
          'If you’re pushed or pulled off balance, say you need to adjust, find your balance, and come back to the hug.',
          'A movement or an adjustment isn’t a rejection. Try not to take it personally.',
        ],
        levelNotes: [
          '',
          'For when the first layer comes easily: you add attention to what happens between you.',
          'Only for when your hugs already feel warm, comfortable and reliable. If a memory becomes too much, open your eyes, stop or go back to the first layer, and talk it over afterwards, with your therapist if you have one. Leave memories of trauma, or of being hurt by your partner, for work with a therapist.',
        ],
      },
      {
        id: 'heads-on-pillows',
        title: 'Heads on pillows',
        summary:
          'Lying down face to face, you let your eyes meet and stay with yourself. It’s hugging till relaxed in a new position, best once that hug feels familiar, and it may stretch you a little further.',
        setup: [
          'Lie down face to face, each of you on your side.',
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
          'Hold on to yourself. If your partner loses their calm, stay steady inside, or sit up and stop if you need to.',
          'This can feel more intimate than hugging. If it stretches you, slow down and keep breathing.',
          'Adjusting your position isn’t a rejection. Say you need to rebalance, then come back.',
        ],
      },
      {
        id: 'feeling-while-touching',
        title: 'Feeling while touching',
        summary:
          'One of you touches the other slowly while you both follow the moving point of contact. The aim is to feel each other, not to get a technique right.',
        setup: [
          'Agree together which touch is welcome, and that either of you can say no or stop at any moment.',
          'Decide who will touch first and who will receive.',
          'Find a quiet, warm place. Soft music, candles or incense can help you relax.',
          'Begin with the hands, then the arms and the face.',
        ],
        defaultMinutes: 15,
        levels: [
          [
            { at: 0, text: 'Settle in comfortably together. The touching partner begins slowly, with the hands.' },
            { at: 60, text: 'Both of you, follow the spot where you touch as it moves. Let your attention travel with it.' },
            { at: 150, text: 'Try to feel each other, not the technique or the sensation. Who is here with you?' },
            { at: 240, text: 'Keep it slow. When you’re ready, move on to the arms.' },
            { at: 330, text: 'If your partner seems to slip away from you, pause. Return to the touch that let you sense them.' },
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
          'Only touch that is welcome. Either of you can say no or stop at any time.',
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
};
