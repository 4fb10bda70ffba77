import 'server-only';
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Locale } from '@/i18n/routing';
import { config } from '@/lib/config';
import { translatorFor } from '@/lib/i18n/translator';
import { PDF_FONT } from '@/lib/pdf/fonts';
import { PdfDocument, renderPdf } from '@/lib/pdf/render';

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10.5, padding: 48, lineHeight: 1.45 },
  head: { borderBottomWidth: 1, borderBottomColor: '#333', paddingBottom: 8, marginBottom: 18 },
  office: { fontSize: 13, fontWeight: 'bold' },
  small: { fontSize: 9, color: '#333' },
  title: { fontSize: 14, fontWeight: 'bold', marginBottom: 12 },
  box: { borderWidth: 1.5, borderColor: '#000', padding: 12, marginVertical: 12 },
  label: { fontSize: 9, color: '#333' },
  value: { fontSize: 16, fontWeight: 'bold', marginBottom: 6, letterSpacing: 1 },
  para: { marginBottom: 6 },
  strong: { fontWeight: 'bold' },
  other: { marginTop: 16, paddingTop: 10, borderTopWidth: 0.5, borderTopColor: '#777' },
});

export type FirstLetter = { number: string; password: string; locale: Locale; issuedAt: Date; reissue: boolean };

function Body({ locale, portal }: { locale: Locale; portal: string }) {
  const t = translatorFor(locale);
  return (
    <View>
      <Text style={styles.para}>{t('letter.intro')}</Text>
      <Text style={styles.para}>{t('letter.shows')}</Text>
      <Text style={styles.para}>{t('letter.howTo', { portal })}</Text>
      <Text style={[styles.para, styles.strong]}>{t('letter.notSummons')}</Text>
      <Text style={styles.para}>{t('letter.keepSafe')}</Text>
    </View>
  );
}

/** The first letter (or a replacement): the only place the case password is ever written. */
export function FirstLetterDocument({ data }: { data: FirstLetter }) {
  const cfg = config();
  const pl = translatorFor('pl');
  const portal = `${cfg.appUrl}/${data.locale}/case/sign-in`;
  const date = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'Europe/Warsaw' }).format(data.issuedAt);
  return (
    <PdfDocument title={`${data.reissue ? pl('letter.titleReissue') : pl('letter.title')} ${data.number}`} author={cfg.OFFICE_NAME} language="pl">
      <Page size="A4" style={styles.page}>
        <View style={styles.head}>
          <Text style={styles.office}>{cfg.OFFICE_NAME}</Text>
          <Text style={styles.small}>{pl('common.department')}</Text>
          <Text style={styles.small}>{cfg.OFFICE_ADDRESS}</Text>
          <Text style={styles.small}>
            {pl('locations.phone')}: {cfg.OFFICE_PHONE}
          </Text>
        </View>
        <Text style={styles.small}>{pl('letter.placeDate', { date, place: config().OFFICE_CITY })}</Text>
        <Text style={styles.title}>{data.reissue ? pl('letter.titleReissue') : pl('letter.title')}</Text>
        <View style={styles.box}>
          <Text style={styles.label}>{pl('letter.numberLabel')}</Text>
          <Text style={styles.value}>{data.number}</Text>
          <Text style={styles.label}>{pl('letter.passwordLabel')}</Text>
          <Text style={styles.value}>{data.password}</Text>
          <Text style={styles.label}>{pl('letter.portalLabel')}</Text>
          <Text>{portal}</Text>
        </View>
        <Body locale="pl" portal={portal} />
        {data.locale !== 'pl' ? (
          <View style={styles.other}>
            <Body locale={data.locale} portal={portal} />
          </View>
        ) : null}
      </Page>
    </PdfDocument>
  );
}

export async function renderFirstLetter(data: FirstLetter): Promise<Buffer> {
  return renderPdf(<FirstLetterDocument data={data} />);
}
