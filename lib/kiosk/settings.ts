import { settings } from '../settings';

/** How long a kiosk waits without a touch before asking whether anyone is there, and how long it then counts down. */
export function kioskSettings() {
  return {
    idleSeconds: settings().KIOSK_IDLE_SECONDS,
    countdownSeconds: 15,
    // A finished booking's QR code stays this long for the person to scan it, unless they press Done.
    handoffSeconds: 60,
  };
}
