/**
 * English: sending words to the partner's phone in a private link (the check-in's
 * `two-devices` mode, the worksheet's alliance), loaded with that part.
 */
import type { ShareUi, TwoDevicesUi } from '../types.js';

export const enShare: { readonly ui: { readonly share: ShareUi; readonly twoDevices: TwoDevicesUi } } = {
  ui: {
    share: {
      sendTo: 'Send to {name}',
      passphraseLabel: 'A word you both know (optional)',
      passphraseHint: 'With a word, only someone who knows it can open the link. Tell {name} the word yourself, not in the same message.',
      locked: 'This link is locked with a word you agreed on. Type it to open the link.',
      passphraseOpen: 'The word you agreed on',
      open: 'Open',
      linkLabel: 'Your private link',
      share: 'Share…',
      copyLink: 'Copy the link',
      copied: 'Link copied. Paste it into a message to {name}.',
      copyFailed: 'This browser would not copy. The link is selected: copy it with Ctrl+C (or ⌘C).',
      showQr: 'Show a QR code',
      hideQr: 'Hide the QR code',
      qrLabel: 'QR code of the link for {name}',
      qrHint: 'On {name}’s phone, point the camera at the code and open the link.',
      qrTooLong: 'This is too long for a QR code. Send the link instead.',
      privacy:
        'Your words travel only inside this link, through whatever app you send it with. No server keeps them. Anyone who has the link can read it, unless you add a word.',
      sentByPage: 'This page sends the link for you.',
      damaged: 'This link is incomplete or was changed on the way, so it can’t be read. Ask for it again.',
      tooLarge: 'This link is larger than any this page makes, so it wasn’t opened.',
      newer: 'This link was made by a newer version of this page. Reload the page, or ask for the link again.',
      wrongPassphrase: 'That word doesn’t open this link. Check it and try again.',
      notForThis: 'This link is for another part of this site, not this one.',
      invalid: 'This link doesn’t hold what this page sends, so nothing in it was used.',
      dismiss: 'Close',
    },
    twoDevices: {
      sendHeading: 'Send your answers to {name}',
      sendHint: '{other} answers on their own phone, and sees your answers only after that.',
      waiting: 'When {name} has answered, they’ll send a link back. Open it on this phone to see both answers side by side.',
      change: 'Change my answers',
      receivedHeading: '{name} has answered',
      receivedHint: 'Now it’s your turn. {name}’s answers stay folded until you’ve answered too.',
      answer: 'Answer now',
      bothHeading: 'Both answers are here',
      bothHint: '{name} has answered too. Save this check-in to keep it on this phone.',
      save: 'Save on this phone',
      sendBackHeading: 'Send both answers back to {name}',
      sendBackHint: 'So that {name} sees both answers and keeps the same check-in.',
      ownLink: 'This is the link you sent. Send it to {name}; when they’ve answered, open the link they send back.',
      alreadySaved: 'This check-in is already in your history.',
      otherQuestions: 'This link was made for other questions than the ones on this page, so it wasn’t opened.',
      reopen: 'To go on, open {name}’s link again. What you’ve written so far is kept.',
      startOver: 'Start a new check-in',
    },
  },
};
