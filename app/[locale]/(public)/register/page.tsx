import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RegisterForm } from '@/components/auth/register-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.register'))('title') };
}

export default async function RegisterPage() {
  const t = await getTranslations('auth.register');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RegisterForm />
    </>
  );
}
