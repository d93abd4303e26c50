'use client';

import { type ComponentProps, createContext, useContext } from 'react';
import { OfflineNotice } from './offline-notice';
import { useSubmission } from './use-submission';

type Props = Omit<ComponentProps<'form'>, 'action' | 'onSubmit'> & { action: (data: FormData) => Promise<void>; offlineText: string };

const NotSentContext = createContext({ count: 0, submitter: undefined as string | undefined, text: '' });

/**
 * A form whose server action answers with a redirect (cancel, move, report,
 * an offer's answer). Posted plainly without JavaScript; with it, a lost
 * connection becomes a notice where the form puts `<NotSent />`, just above
 * its button, instead of the error page, and what was typed stays.
 */
export function LiveForm({ action, offlineText, children, ...props }: Props) {
  const { onSubmit, notSent, submitter } = useSubmission(async (state: object, data: FormData) => {
    await action(data);
    return state;
  }, {});
  return (
    <form action={action} onSubmit={onSubmit} {...props}>
      <NotSentContext value={{ count: notSent, submitter, text: offlineText }}>{children}</NotSentContext>
    </form>
  );
}

/** Where a LiveForm says it could not send: above the button named by `button` ("name=value"), or above its only button. */
export function NotSent({ button }: { button?: string }) {
  const { count, submitter, text } = useContext(NotSentContext);
  return <OfflineNotice text={text} count={button === undefined || button === submitter ? count : 0} />;
}
