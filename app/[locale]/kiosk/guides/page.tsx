import GuidesPage from '@/app/[locale]/(site)/guides/page';
import { requireKiosk } from '@/app/_services/kiosk/session';

export { generateMetadata } from '@/app/[locale]/(site)/guides/page';

export default async function KioskGuides(props: Parameters<typeof GuidesPage>[0]) {
  await requireKiosk();
  return <GuidesPage {...props} />;
}
