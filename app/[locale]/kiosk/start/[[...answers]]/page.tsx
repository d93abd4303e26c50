import StartPage from '@/app/[locale]/(site)/start/[[...answers]]/page';
import { requireKiosk } from '@/app/_services/kiosk/session';

export { generateMetadata } from '@/app/[locale]/(site)/start/[[...answers]]/page';

/** The check, as on the site; its links lead to the kiosk's guides and booking (see KioskNavigation). */
export default async function KioskStart(props: Parameters<typeof StartPage>[0]) {
  await requireKiosk();
  return <StartPage {...props} />;
}
