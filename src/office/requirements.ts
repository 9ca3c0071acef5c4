import type { Feature, MissingFeature } from '../workbook/gateway';

/** The part of `Office.context.requirements` we use (injected so tests need no Office global). */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * The ExcelApi version each pane feature needs. Merged areas (1.13) only sharpen header detection,
 * so a host without them still reads sheets; the rest disable the feature that needs them.
 */
export const FEATURE_REQUIREMENTS: Readonly<Record<Feature, string>> = {
  read: '1.1',
  select: '1.1',
  // The status columns need only ranges, formulas, number formats and bold (ExcelApi 1.1), so
  // Excel 2016 with manifest-pane.xml still gets them (their colours need 1.6).
  write: '1.1',
  settings: '1.4',
  insertSheet: '1.4',
  conditionalFormats: '1.6',
  freezePanes: '1.7',
  mergedAreas: '1.13',
};

export function missingFeatures(checker: RequirementChecker): MissingFeature[] {
  return (Object.keys(FEATURE_REQUIREMENTS) as Feature[])
    .filter((feature) => !checker.isSetSupported('ExcelApi', FEATURE_REQUIREMENTS[feature]))
    .map((feature) => ({ feature, requirement: `ExcelApi ${FEATURE_REQUIREMENTS[feature]}` }));
}

/** The ExcelApi version of getUsedRange(valuesOnly). */
export const VALUES_ONLY_USED_RANGE = '1.2';
