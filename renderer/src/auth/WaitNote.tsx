/** The visible countdown between guesses. A timer, so it is not read out every second. */
export function WaitNote({ secondsLeft }: { secondsLeft: number }) {
  if (secondsLeft <= 0) return null;
  return (
    <p id="wait-note" className="wait-note" role="timer">
      You can try again in {secondsLeft} {secondsLeft === 1 ? 'second' : 'seconds'}.
    </p>
  );
}
