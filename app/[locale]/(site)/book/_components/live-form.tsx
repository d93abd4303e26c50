'use client';

import type { ComponentProps } from 'react';
import { OfflineNotice } from './offline-notice';
import { useSubmission } from './use-submission';

type Props = Omit<ComponentProps<'form'>, 'action' | 'onSubmit'> & { action: (data: FormData) => Promise<void>; offlineText: string };

/**
 * A form whose server action answers with a redirect (cancel, move, report).
 * Posted plainly without JavaScript; with it, a lost connection becomes a
 * notice above the fields instead of the error page, and what was typed stays.
 */
export function LiveForm({ action, offlineText, children, ...props }: Props) {
  const { onSubmit, failed } = useSubmission(async (state: object, data: FormData) => {
    await action(data);
    return state;
  }, {});
  return (
    <form action={action} onSubmit={onSubmit} {...props}>
      {failed && <OfflineNotice text={offlineText} />}
      {children}
    </form>
  );
}
