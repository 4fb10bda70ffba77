/**
 * The 12 application forms (DESIGN.md §3) and the case type each serves. The
 * service card for a case type is the content page `services/<service>`; the
 * form's instructions, common errors and FAQ are `forms/<number>`.
 */
export const FORMS = [
  { number: 1, service: 'temporary-residence', filedBy: 'foreigner', officialName: 'Wniosek o udzielenie zezwolenia na pobyt czasowy' },
  { number: 2, service: 'employer-annex', filedBy: 'employer', officialName: 'Załącznik nr 1 do wniosku o udzielenie zezwolenia na pobyt czasowy' },
  { number: 3, service: 'permanent-residence', filedBy: 'foreigner', officialName: 'Wniosek o udzielenie zezwolenia na pobyt stały' },
  { number: 4, service: 'eu-long-term-resident', filedBy: 'foreigner', officialName: 'Wniosek o udzielenie zezwolenia na pobyt rezydenta długoterminowego UE' },
  { number: 5, service: 'residence-card', filedBy: 'foreigner', officialName: 'Wniosek o wydanie / wymianę karty pobytu' },
  { number: 6, service: 'eu-citizen-registration', filedBy: 'eu_citizen', officialName: 'Wniosek o zarejestrowanie pobytu obywatela UE' },
  { number: 7, service: 'eu-family-member-card', filedBy: 'foreigner', officialName: 'Wniosek o wydanie karty pobytowej członka rodziny obywatela UE' },
  { number: 8, service: 'work-permit', filedBy: 'employer', officialName: 'Wniosek o wydanie zezwolenia na pracę typu A' },
  { number: 9, service: 'visa-extension', filedBy: 'foreigner', officialName: 'Wniosek o przedłużenie wizy krajowej / Schengen' },
  { number: 10, service: 'travel-document', filedBy: 'foreigner', officialName: 'Wniosek o wydanie polskiego dokumentu podróży dla cudzoziemca' },
  { number: 11, service: 'invitation', filedBy: 'inviting_person', officialName: 'Wniosek o wpisanie zaproszenia do ewidencji zaproszeń' },
  { number: 12, service: 'permit-change', filedBy: 'foreigner', officialName: 'Wniosek o zmianę zezwolenia na pobyt czasowy i pracę' },
] as const;

export type FormInfo = (typeof FORMS)[number];
export type ServiceSlug = FormInfo['service'];

export const SERVICE_SLUGS: readonly ServiceSlug[] = FORMS.map((f) => f.service);

export function formByNumber(n: number): FormInfo | undefined {
  return FORMS.find((f) => f.number === n);
}

export function formForService(service: string): FormInfo | undefined {
  return FORMS.find((f) => f.service === service);
}

/** Information pages with their own address (`/<slug>`), besides services and forms. */
export const INFO_PAGES = ['legal-acts', 'organisation', 'operational-panel', 'electronic-channels', 'accessibility', 'privacy', 'terms'] as const;
export type InfoPage = (typeof INFO_PAGES)[number];
