// React 18 or 19 with the components of alliance-elements/react: one per element, named after
// its tag without `alliance-`, events as camel-case props, every property set as a property.
// Server rendering works too: the module imports in Node, and the page hydrates.
// scripts/consumer-test.mjs type-checks this file against the packed package.
import { useState } from 'react';
import { Provider, Principles, CheckIn, ExerciseTimer } from 'alliance-elements/react';
import type { CheckInEntry } from 'alliance-elements';

const questions = ['What made you laugh today?', 'What would help tomorrow?'];

export function Evening({ onSave }: { onSave: (entry: CheckInEntry) => void }) {
  const [principle, setPrinciple] = useState(1);
  const [done, setDone] = useState(false);
  return (
    <Provider partnerA="Dana" partnerB="Luis" theme="auto">
      <Principles mode="carousel" onPrincipleChange={(event) => setPrinciple(event.number)} />
      <p>Principle {principle} of 8</p>
      <CheckIn
        scale
        questions={questions}
        headingLevel={2}
        onCheckInSubmit={(event) => {
          // Keep it out of this browser's storage and send it to your own server instead.
          event.preventDefault();
          onSave(event.entry);
        }}
      />
      <ExerciseTimer
        exercise="heads-on-pillows"
        minutes={10}
        breathing
        onTimerComplete={(event) => setDone(event.elapsedSeconds > 0)}
        onTimerStop={(event) => console.log(`${event.remainingSeconds} s were left`)}
      />
      {done && <p>Well done.</p>}
    </Provider>
  );
}

// @ts-expect-error: "jogging" is not one of the exercises.
export const notAnExercise = <ExerciseTimer exercise="jogging" />;

// @ts-expect-error: a principle-change event has no `entry`.
export const wrongEvent = <Principles onPrincipleChange={(event) => console.log(event.entry)} />;
