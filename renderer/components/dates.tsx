import { DateInput, DatesProvider, MonthPickerInput, type DateInputProps, type MonthPickerInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);

/** How each interface language writes a date and a month in a field: "1 Dec 2026", "2026. december 1.". */
const DATE_FORMAT: Record<string, string> = { en: 'D MMM YYYY', hu: 'YYYY. MMMM D.' };
const MONTH_FORMAT: Record<string, string> = { en: 'MMMM YYYY', hu: 'YYYY. MMMM' };
/** What a person may type besides the field's own format: ISO, and the common numeric forms. */
const TYPED_FORMATS = ['YYYY-MM-DD', 'YYYY.MM.DD', 'YYYY. MM. DD.', 'YYYY.MM.DD.', 'D.M.YYYY', 'D/M/YYYY', 'D MMM YYYY', 'D MMMM YYYY', 'MMM D, YYYY', 'MMMM D, YYYY'];

const formatOf = (formats: Record<string, string>, language: string) => formats[language] ?? formats.en!;

/** The dayjs locale of an interface language. */
const dateLocaleOf = (language: string) => (language === 'hu' ? 'hu' : 'en');

/** Loads the calendar words of a language (dayjs keeps English built in); the rest load when first chosen. */
export async function loadDateLocale(language: string): Promise<string> {
  if (language === 'hu') await import('dayjs/locale/hu');
  return dateLocaleOf(language);
}

/** Dates and calendars in the interface language, switched once its calendar words are loaded. */
export function AppDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [locale, setLocale] = useState('en');
  useEffect(() => {
    let current = true;
    void loadDateLocale(i18n.language).then((loaded) => current && setLocale(loaded));
    return () => {
      current = false;
    };
  }, [i18n.language]);
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

/** A calendar date as the interface language writes it, typed or picked; the value is "YYYY-MM-DD" or null. */
export function LocaleDateInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t, i18n } = useTranslation();
  const format = formatOf(DATE_FORMAT, i18n.language);
  const locale = dateLocaleOf(i18n.language);
  return (
    <DateInput
      {...props}
      valueFormat={format}
      clearButtonProps={{ 'aria-label': t('common.clearDate') }}
      dateParser={(text) => {
        const parsed = dayjs(text.trim(), [format, ...TYPED_FORMATS], locale, true);
        return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
      }}
    />
  );
}

/** A month of a year, picked; the value is "YYYY-MM" (the project's form), or "" when none. */
export function LocaleMonthInput({ value, onChange, ...props }: Omit<MonthPickerInputProps, 'value' | 'onChange' | 'valueFormat'> & { value: string; onChange(value: string): void }) {
  const { i18n } = useTranslation();
  return <MonthPickerInput {...props} valueFormat={formatOf(MONTH_FORMAT, i18n.language)} value={value ? `${value}-01` : null} onChange={(next) => onChange(next ? String(next).slice(0, 7) : '')} />;
}
