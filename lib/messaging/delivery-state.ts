export type DeliveryState = 'zalo' | 'sms' | 'failed' | 'pending';

/** How a message reached the citizen, as staff see it: a message tried and not yet sent counts as not sent, even while it is retried. */
export function deliveryState(message: { status: string; channel: string | null; attempts: number }): DeliveryState {
  if (message.status === 'sent') return message.channel === 'zalo' ? 'zalo' : 'sms';
  return message.status === 'failed' || message.attempts > 0 ? 'failed' : 'pending';
}
