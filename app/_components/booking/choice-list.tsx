import type { ComponentProps } from 'react';
import { Link } from '@/app/_components/link';

type Href = ComponentProps<typeof Link>['href'];
export interface Choice {
  key: string;
  label: string;
  detail?: string;
  /** Without one, the choice is shown but cannot be taken (a full time). */
  href?: Href;
}

/** One question of the booking flow, answered by following a link: works without JavaScript. */
export function ChoiceList({ title, items }: { title: string; items: Choice[] }) {
  return (
    <section>
      <h2>{title}</h2>
      <ul className="choices">
        {items.map((item) => (
          <li key={item.key}>
            {item.href ? (
              <Link href={item.href} className="button button-choice">
                <span>{item.label}</span>
                {item.detail && <span className="choice-detail">{item.detail}</span>}
              </Link>
            ) : (
              <span className="button button-choice is-disabled" aria-disabled="true">
                <span>{item.label}</span>
                {item.detail && <span className="choice-detail">{item.detail}</span>}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
