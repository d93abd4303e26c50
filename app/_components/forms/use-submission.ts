'use client';

import { unstable_rethrow } from 'next/navigation';
import { type FormEvent, useActionState, useState, useTransition } from 'react';

/**
 * A server-action form's state. Without JavaScript the form posts to the
 * action (`formAction`). With it, `submit` calls the action itself, so a lost
 * connection becomes a message beside the form's button, which keeps
 * everything typed, instead of the error page; sending again sends the same
 * fields, request key included, so a retry after a lost answer is recognised
 * by the server.
 *
 * `notSent` counts the sends in a row that got no answer (0: none, or one is
 * on its way): the message goes while sending again and comes back, focused,
 * when that send fails too. `submitter` names the button pressed ("name=value").
 */
export function useSubmission<S extends object>(action: (previous: S, data: FormData) => Promise<S>, initial: S) {
  const [posted, formAction] = useActionState<S, FormData>(action, initial as Awaited<S>);
  const [state, setState] = useState(posted);
  const [failures, setFailures] = useState(0);
  const [submitter, setSubmitter] = useState<string>();
  const [pending, startTransition] = useTransition();

  const submit = (data: FormData) =>
    startTransition(async () => {
      try {
        const next = await action(state, data);
        startTransition(() => {
          setFailures(0);
          setState(next);
        });
      } catch (error) {
        // A redirect (the booking is made) is the router's to follow.
        unstable_rethrow(error);
        setFailures((count) => count + 1);
      }
    });

  /** For a form whose submit buttons carry a value (name="intent"). */
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const pressed = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (pressed?.name) data.set(pressed.name, pressed.value);
    setSubmitter(pressed?.name ? `${pressed.name}=${pressed.value}` : undefined);
    submit(data);
  };

  return { state, formAction, submit, onSubmit, pending, notSent: pending ? 0 : failures, submitter };
}
