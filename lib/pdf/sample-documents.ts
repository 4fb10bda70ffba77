import type { Locale } from '@/i18n/routing';
import { locales } from '@/i18n/routing';
import { renderFirstLetter } from '@/lib/cases/first-letter';
import { FORM_DEFINITIONS } from '@/lib/forms/definitions';
import { contentHash } from '@/lib/forms/engine/canonical';
import type { FormData } from '@/lib/forms/engine/types';
import { form01Fixture } from '@/lib/forms/fixtures/form-01';
import { form02Fixture } from '@/lib/forms/fixtures/form-02';
import { form03Fixture } from '@/lib/forms/fixtures/form-03';
import { form04Fixture } from '@/lib/forms/fixtures/form-04';
import { form05Fixture } from '@/lib/forms/fixtures/form-05';
import { form06Fixture } from '@/lib/forms/fixtures/form-06';
import { form07Fixture } from '@/lib/forms/fixtures/form-07';
import { form08Fixture } from '@/lib/forms/fixtures/form-08';
import { form09Fixture } from '@/lib/forms/fixtures/form-09';
import { form10Fixture } from '@/lib/forms/fixtures/form-10';
import { form11Fixture } from '@/lib/forms/fixtures/form-11';
import { form12Fixture } from '@/lib/forms/fixtures/form-12';
import { renderApplicationPdf } from '@/lib/forms/pdf';
import type { ReservationDetails } from '@/lib/reservations/details';
import { renderReservationPdf } from '@/lib/reservations/pdf';

/**
 * Every kind of printed document in every locale, with Polish and Cyrillic
 * personal names, for tests that compare renders (lib/pdf/cross-document.test.ts).
 * Plain imports, no vite-only helpers: a child `tsx` process renders one of these too.
 */

const FIXTURES: Record<number, FormData> = {
  1: form01Fixture,
  2: form02Fixture,
  3: form03Fixture,
  4: form04Fixture,
  5: form05Fixture,
  6: form06Fixture,
  7: form07Fixture,
  8: form08Fixture,
  9: form09Fixture,
  10: form10Fixture,
  11: form11Fixture,
  12: form12Fixture,
};

// Names a clerk would type from a passport or a Polish ID, in both alphabets.
const NAMES: Record<Locale, string> = {
  pl: 'Grzegorz Brzęczyszczykiewicz-Żółć',
  en: 'Łucja Ćwiklińska',
  ru: 'Мария Охотникова',
  uk: 'Олена Шевченко-Їжак',
};

/** The fixture with a personal name in the first free-text field of its first section. */
function formData(n: number, locale: Locale): FormData {
  const def = FORM_DEFINITIONS.get(n)!;
  const fixture = FIXTURES[n]!;
  const first = def.sections[0]!;
  const field = first.fields.find((f) => f.type === 'text' && !f.showIf);
  return field ? { ...fixture, [first.id]: { ...fixture[first.id], [field.name]: NAMES[locale] } } : fixture;
}

export function sampleReservation(locale: Locale, over: Partial<ReservationDetails> = {}): ReservationDetails {
  return {
    id: '6f1c2a9e-0b7d-4d2e-9a51-3c8e5f7a1b20',
    code: 'K7M2QX',
    status: 'active',
    cancelReason: null,
    givenName: 'MARIA',
    familyName: 'OHOTNIKOVA',
    birthDate: '1991-02-17',
    passportNumber: 'FA1234567',
    minors: [
      { givenName: 'Ярослав', familyName: 'Ковальчук', birthDate: '2015-06-01' },
      { givenName: 'Łucja', familyName: 'Żółkiewska', birthDate: '2018-09-30' },
    ],
    locale,
    email: 'maria@example.com',
    ownerId: null,
    staffBooking: false,
    createdAt: new Date('2026-11-20T09:00:00Z'),
    slotId: 1,
    startsAt: new Date('2026-11-24T08:30:00Z'),
    serviceId: 1,
    serviceSlug: 'temporary-residence',
    serviceNames: { pl: 'Złożenie wniosku o zezwolenie na pobyt czasowy', en: 'Filing a temporary residence application', ru: 'Подача заявления на временное пребывание', uk: 'Подання заяви на тимчасове перебування' },
    durationMinutes: 20,
    servicePage: null,
    locationId: 1,
    locationSlug: 'wroclaw',
    locationName: 'Dolnośląski Urząd Wojewódzki – Wydział Spraw Obywatelskich i Cudzoziemców',
    street: 'pl. Powstańców Warszawy 1',
    postalCode: '50-153',
    city: 'Wrocław',
    ...over,
  };
}

export type SampleDocument = { id: string; render: () => Promise<Buffer> };

export function sampleDocuments(): SampleDocument[] {
  const docs: SampleDocument[] = [];
  for (const locale of locales) {
    for (const n of FORM_DEFINITIONS.keys()) {
      docs.push({
        id: `form-${n}-${locale}`,
        render: () => {
          const data = formData(n, locale);
          return renderApplicationPdf({ def: FORM_DEFINITIONS.get(n)!, code: 'W-7K3F-9Q2M', version: 1, locale, data, contentHash: contentHash(n, data) });
        },
      });
    }
    docs.push({
      id: `reservation-${locale}`,
      render: () => renderReservationPdf({ r: sampleReservation(locale), locale, bring: ['Паспорт / paszport', 'Zdjęcie 35×45 mm', 'Підтвердження оплати'] }),
    });
    docs.push({
      id: `letter-${locale}`,
      render: () => renderFirstLetter({ number: 'WSC-2026-004211', password: 'K7MQ-XQ9P-3HTR', locale, issuedAt: new Date('2026-11-23T10:00:00Z'), reissue: false }),
    });
  }
  return docs;
}
