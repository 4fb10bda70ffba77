import { getTranslations } from 'next-intl/server';

type Option = { value: string; label: string; lang?: string };

/**
 * A plain GET form: it works without JavaScript and by keyboard, and the
 * page changes only when the visitor presses the button (WCAG 3.2.2: no
 * change of context on selection).
 */
export async function SelectionForm({ locations, services, location, service }: { locations: Option[]; services: Option[]; location: string; service: string }) {
  const t = await getTranslations('transparency');
  return (
    <form method="get" className="filters" aria-label={t('choose')}>
      <div className="field">
        <label htmlFor="transparency-location">{t('location')}</label>
        <select id="transparency-location" name="location" className="input" defaultValue={location}>
          {locations.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="transparency-service">{t('service')}</label>
        <select id="transparency-service" name="service" className="input" defaultValue={service}>
          {services.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <button type="submit" className="button">
          {t('show')}
        </button>
      </div>
    </form>
  );
}
