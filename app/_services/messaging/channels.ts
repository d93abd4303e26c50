import type { Channels } from './deliver';
import { smsSender } from '@/lib/messaging/sender';
import type { MessagingSettings } from '@/lib/messaging/settings';
import { znsClient } from '@/lib/messaging/zns-client';

export function channelsFrom(settings: MessagingSettings): Channels {
  return { sms: smsSender(settings), zns: settings.zalo ? znsClient(settings.zalo, settings.timeoutMs) : undefined };
}

/** One line for the start-up log: where messages go. */
export function describeChannels(channels: Channels): string {
  const sms = channels.sms.name === 'log' ? 'written to this log (set ESMS_API_KEY or SMS_WEBHOOK_URL to send them)' : `sent through ${channels.sms.name}`;
  return channels.zns ? `Zalo ZNS first, then SMS ${sms}` : sms;
}
