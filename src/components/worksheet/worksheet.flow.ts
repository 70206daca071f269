import type { LitElement } from 'lit';
import type { Worksheet, WorksheetUi } from '../../content/types.js';
import {
  MAX_ANSWER_LENGTH,
  MAX_NAME_LENGTH,
  allQuestions,
  closingKey,
  turnOrder,
  worksheetPartners,
  type DraftStep,
  type Turn,
  type WorksheetDraft,
  type WorksheetPartner,
} from './worksheet.model.js';
import { chooseHeading, type WorksheetView } from './worksheet.view.js';

/** What the conversation needs from its worksheet. */
export interface FlowHost {
  readonly element: LitElement;
  worksheet(): Worksheet;
  ui(): WorksheetUi;
  format(template: string, values: Record<string, string | number>): string;
  /** The conversation under way, or a new one. */
  draft(): WorksheetDraft;
  setDraft(change: Partial<WorksheetDraft>, now?: boolean): void;
  /** Moves to a step (saving at once, announcing it, moving the focus to its heading). */
  goTo(step: DraftStep, position: number, draft?: WorksheetDraft): void;
  name(who: WorksheetPartner, draft?: WorksheetDraft): string;
  view(draft: WorksheetDraft): WorksheetView;
  announce(text: string): void;
  focus(find: () => HTMLElement | null | undefined): void;
  focusHeading(): void;
  clearMessages(): void;
  /** Saves the conversation as the alliance (or a revision of it). */
  finish(draft: WorksheetDraft): void;
}

/**
 * The designed-alliance conversation under way: the names, each partner choosing questions
 * for the other (3 or 4, with a refusal beside the box that would be one too many), the turns
 * with their notes, and the closing questions that both answer before it can be saved. Each
 * move is saved at once in the draft, so a reload continues at the same step.
 */
export class ConversationFlow {
  readonly #host: FlowHost;
  /** Why the choice cannot go on: too few chosen, or this box would be one too many. */
  choiceError?: { kind: 'too-few' } | { kind: 'too-many'; key: string };
  /** The closing answers still empty are marked (after a try to finish). */
  closingErrors = false;

  constructor(host: FlowHost) {
    this.#host = host;
  }

  get #root(): ParentNode {
    return this.#host.element.renderRoot;
  }

  #set(change: () => void): void {
    change();
    this.#host.element.requestUpdate();
  }

  /** Forgets the errors shown (the conversation moved on). */
  clear(): void {
    this.choiceError = undefined;
    this.closingErrors = false;
  }

  /** The questions a partner chose, among those the content still has. */
  chosen(draft: WorksheetDraft, who: WorksheetPartner): string[] {
    const known = new Set(allQuestions(this.#host.worksheet()).map((q) => q.key));
    return draft.choices[who].filter((key) => known.has(key));
  }

  turns(draft: WorksheetDraft): Turn[] {
    return turnOrder(this.#host.worksheet(), draft.choices);
  }

  onName = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const who = input.dataset.who as WorksheetPartner;
    const draft = this.#host.draft();
    this.#host.setDraft({ names: { ...draft.names, [who]: input.value.slice(0, MAX_NAME_LENGTH) } });
  };

  onSetupNext = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#host.goTo('choosing', 0);
  };

  onChoice = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const draft = this.#host.draft();
    const who: WorksheetPartner = draft.position === 1 ? 'b' : 'a';
    const chosen = this.chosen(draft, who);
    const { max } = this.#host.worksheet().questionsPerPerson;
    if (box.checked && chosen.length >= max) {
      // Refused: the box goes back, and the message appears beside it.
      box.checked = false;
      this.#set(() => (this.choiceError = { kind: 'too-many', key: box.value }));
      this.#host.announce(this.#host.format(this.#host.ui().tooMany, { max }));
      return;
    }
    const next = box.checked ? [...chosen, box.value] : chosen.filter((key) => key !== box.value);
    if (this.choiceError?.kind === 'too-many' || next.length >= this.#host.worksheet().questionsPerPerson.min) this.#set(() => (this.choiceError = undefined));
    this.#host.setDraft({ choices: { ...draft.choices, [who]: next } }, true);
  };

  onChoosingNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this.#host.draft();
    const who: WorksheetPartner = draft.position === 1 ? 'b' : 'a';
    const count = this.chosen(draft, who).length;
    const { min, max } = this.#host.worksheet().questionsPerPerson;
    if (count < min || count > max) {
      this.#set(() => (this.choiceError = { kind: 'too-few' }));
      this.#host.announce(this.#host.format(this.#host.ui().tooFew, { min, max }));
      this.#host.focus(() => this.#root.querySelector<HTMLElement>('input[type=checkbox]'));
      return;
    }
    if (who === 'a') {
      this.#host.setDraft({ position: 1 }, true);
      this.#host.clearMessages();
      this.#host.focusHeading();
      this.#host.announce(chooseHeading(this.#host.view(draft), 'b'));
    } else {
      this.#host.goTo('turns', 0);
    }
  };

  onChoosingBack = (): void => {
    const draft = this.#host.draft();
    if (draft.position === 1) {
      this.#host.setDraft({ position: 0 }, true);
      this.#host.clearMessages();
      this.#host.focusHeading();
      this.#host.announce(chooseHeading(this.#host.view(draft), 'a'));
    } else {
      this.#host.goTo('setup', 0);
    }
  };

  onAnswer = (event: Event): void => {
    const field = event.target as HTMLTextAreaElement;
    const draft = this.#host.draft();
    const key = field.dataset.key!;
    this.#host.setDraft({ answers: { ...draft.answers, [key]: field.value.slice(0, MAX_ANSWER_LENGTH) } });
  };

  onTurnNext = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this.#host.draft();
    const turns = this.turns(draft);
    const position = Math.min(draft.position, turns.length - 1);
    if (position + 1 < turns.length) this.#moveTurn(draft, position + 1, turns);
    else this.#host.goTo('closing', 0);
  };

  onTurnBack = (): void => {
    const draft = this.#host.draft();
    const turns = this.turns(draft);
    const position = Math.min(draft.position, turns.length - 1);
    if (position > 0) this.#moveTurn(draft, position - 1, turns);
    else this.#host.goTo('choosing', 1);
  };

  #moveTurn(draft: WorksheetDraft, position: number, turns: readonly Turn[]): void {
    this.#host.setDraft({ position }, true);
    this.#host.clearMessages();
    this.#host.focusHeading();
    const turn = turns[position];
    this.#host.announce(
      this.#host.format(this.#host.ui().turnAnnouncement, { current: position + 1, total: turns.length, name: this.#host.name(turn.answeredBy, draft) }),
    );
  }

  onClosingBack = (): void => {
    const draft = this.#host.draft();
    this.#host.goTo('turns', Math.max(0, this.turns(draft).length - 1));
  };

  onFinish = (event: SubmitEvent): void => {
    event.preventDefault();
    const draft = this.#host.draft();
    const empty = this.#emptyClosing(draft);
    if (empty.length) {
      this.#set(() => (this.closingErrors = true));
      this.#host.announce(this.#host.ui().closingMissing);
      const first = empty[0];
      this.#host.focus(() => this.#root.querySelector<HTMLElement>(`#${first}`));
      return;
    }
    this.#host.finish(draft);
  };

  /** The ids of the closing fields still empty, in reading order. */
  #emptyClosing(draft: WorksheetDraft): string[] {
    return this.#host.worksheet().closing.flatMap((_, i) =>
      worksheetPartners.filter((who) => !(draft.answers[closingKey(who, i)] ?? '').trim()).map((who) => `closing-${who}-${i}`),
    );
  }
}
