import { z } from 'zod';
import { oneLine } from '../form-fields';
import { recordIdField } from '../record-id';

/** "Use this device as a kiosk": which help point, and a name to recognise the device by in the list. */
export const kioskFormSchema = z.object({
  helpPointId: recordIdField('point'),
  label: oneLine(z.string().trim().max(60, 'label')).default(''),
});
