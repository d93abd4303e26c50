import { FormStatus } from '@/app/_components/form-status';

/** Said just above a form's button when sending failed on the network: what was typed is still there. `count` numbers the failures in a row. */
export function OfflineNotice({ text, count }: { text: string; count: number }) {
  if (count === 0) return null;
  return (
    <FormStatus tone="error" answer={count}>
      {text}
    </FormStatus>
  );
}
