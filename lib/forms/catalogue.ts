import { FORM_DEFINITIONS } from './definitions';

/**
 * The application forms and the case type each serves, read from their
 * definitions. The service card for a case type is the content page
 * `services/<service>`; the form's instructions, common errors and FAQ are `forms/<number>`.
 */
export const FORMS = [...FORM_DEFINITIONS.values()]
  .sort((a, b) => a.number - b.number)
  .map((d) => ({ number: d.number, service: d.service, filedBy: d.filer, officialName: d.officialName }));

export type FormInfo = (typeof FORMS)[number];

export function formByNumber(n: number): FormInfo | undefined {
  return FORMS.find((f) => f.number === n);
}

export function formForService(service: string): FormInfo | undefined {
  return FORMS.find((f) => f.service === service);
}

/** Information pages with their own address (`/<slug>`), besides services and forms. */
export const INFO_PAGES = ['legal-acts', 'organisation', 'operational-panel', 'electronic-channels', 'accessibility', 'privacy', 'terms'] as const;
export type InfoPage = (typeof INFO_PAGES)[number];
