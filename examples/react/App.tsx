// React 19 with alliance-elements: the tags themselves, with typed props and events, no wrapper
// components. An app rendered on the server and hydrated uses the components instead
// (Components.tsx): React 19 attaches no event props to tags it hydrates.
// scripts/consumer-test.mjs type-checks this file against the packed package.
import { useState } from 'react';
import type {} from 'alliance-elements/react';
import 'alliance-elements/provider.js';
import 'alliance-elements/check-in.js';
import 'alliance-elements/exercise-timer.js';
import type { CheckInEntry } from 'alliance-elements';

export function App({ onSave }: { onSave: (entry: CheckInEntry) => void }) {
  const [done, setDone] = useState(false);
  return (
    <alliance-provider partner-a="Dana" partner-b="Luis" theme="auto" storage="none">
      <alliance-check-in
        mode="couple"
        scale
        heading-level={2}
        onalliance-check-in-submit={(event) => {
          // Keep it out of this browser's storage and send it to your own server instead.
          event.preventDefault();
          onSave(event.entry);
        }}
      />
      <alliance-exercise-timer
        exercise="heads-on-pillows"
        minutes={10}
        breathing
        onalliance-timer-complete={(event) => setDone(event.elapsedSeconds > 0)}
      />
      {done && <p>Well done.</p>}
    </alliance-provider>
  );
}

// @ts-expect-error: "jogging" is not one of the exercises.
export const notAnExercise = <alliance-exercise-timer exercise="jogging" />;
