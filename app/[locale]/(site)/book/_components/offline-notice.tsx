/** Said beside a form whose sending failed on the network: what was typed is still there. */
export function OfflineNotice({ text }: { text: string }) {
  return (
    <p className="notice notice-error" role="alert">
      {text}
    </p>
  );
}
