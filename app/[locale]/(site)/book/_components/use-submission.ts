'use client';

import { unstable_rethrow } from 'next/navigation';
import { type FormEvent, useActionState, useState, useTransition } from 'react';

/**
 * A server-action form's state. Without JavaScript the form posts to the
 * action (`formAction`). With it, `submit` calls the action itself, so a lost
 * connection becomes a message beside the form, which keeps everything typed,
 * instead of the error page; sending again sends the same fields, request key
 * included, so a retry after a lost answer is recognised by the server.
 */
export function useSubmission<S extends object>(action: (previous: S, data: FormData) => Promise<S>, initial: S) {
  const [posted, formAction] = useActionState<S, FormData>(action, initial as Awaited<S>);
  const [state, setState] = useState(posted);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  const submit = (data: FormData) =>
    startTransition(async () => {
      try {
        const next = await action(state, data);
        startTransition(() => {
          setFailed(false);
          setState(next);
        });
      } catch (error) {
        // A redirect (the booking is made) is the router's to follow.
        unstable_rethrow(error);
        setFailed(true);
      }
    });

  /** For a form whose submit buttons carry a value (name="intent"). */
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) data.set(submitter.name, submitter.value);
    submit(data);
  };

  return { state, formAction, submit, onSubmit, pending, failed };
}
