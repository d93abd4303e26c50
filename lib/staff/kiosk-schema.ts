import { z } from 'zod';

/** "Use this device as a kiosk": which help point, and a name to recognise the device by in the list. */
export const kioskFormSchema = z.object({
  helpPointId: z.coerce.number({ error: 'point' }).int('point').positive('point').max(2_147_483_647, 'point'),
  label: z.string().trim().max(60, 'label').default(''),
});
