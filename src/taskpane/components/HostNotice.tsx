import type { Feature, MissingFeature } from '../../workbook/gateway';
import type { MessageKey } from '../i18n';
import { useI18n } from './i18n-context';
import { Notice } from './Notice';

const FEATURE_TEXT: Readonly<Record<Feature, MessageKey>> = {
  read: 'featureRead',
  mergedAreas: 'featureMergedAreas',
  select: 'featureSelect',
  settings: 'featureSettings',
  write: 'featureWrite',
  conditionalFormats: 'featureConditionalFormats',
  insertSheet: 'featureInsertSheet',
  freezePanes: 'featureFreezePanes',
};

/** Says plainly what this host cannot do (requirement sets), so a greyed button is never a mystery. */
export function HostNotice({ missing }: { missing: readonly MissingFeature[] }) {
  const { t } = useI18n();
  if (missing.length === 0) return null;
  return (
    <Notice intent="warning" title={t('hostLacks')}>
      <ul>
        {missing.map((item) => (
          <li key={item.feature}>
            {t(FEATURE_TEXT[item.feature])} ({item.requirement})
          </li>
        ))}
      </ul>
    </Notice>
  );
}
