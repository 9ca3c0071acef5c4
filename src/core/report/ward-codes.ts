/**
 * 全国地方公共団体コード of Osaka City and its 24 wards (domain §9): five digits and a check digit, as
 * open data identifies a ward. The five digits are data (総務省's code table); the check digit is
 * computed: weights 6, 5, 4, 3, 2 over the five digits, check digit = (11 − sum mod 11) mod 10.
 */
const FIVE_DIGIT_CODES: Readonly<Record<string, string>> = {
  大阪市: '27100',
  都島区: '27102',
  福島区: '27103',
  此花区: '27104',
  西区: '27106',
  港区: '27107',
  大正区: '27108',
  天王寺区: '27109',
  浪速区: '27111',
  西淀川区: '27113',
  東淀川区: '27114',
  東成区: '27115',
  生野区: '27116',
  旭区: '27117',
  城東区: '27118',
  阿倍野区: '27119',
  住吉区: '27120',
  東住吉区: '27121',
  西成区: '27122',
  淀川区: '27123',
  鶴見区: '27124',
  住之江区: '27125',
  平野区: '27126',
  北区: '27127',
  中央区: '27128',
};

const WEIGHTS = [6, 5, 4, 3, 2] as const;

/** The check digit of a five-digit code, or null when the text is not five digits. */
export function checkDigit(fiveDigits: string): number | null {
  if (!/^\d{5}$/.test(fiveDigits)) return null;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(fiveDigits[i]), 0);
  return (11 - (sum % 11)) % 10;
}

/** The six-digit code of a ward (都島区 → 271021), or of the city itself for 大阪市 and 全市; null when unknown. */
export function localGovernmentCode(ward: string): string | null {
  const five = FIVE_DIGIT_CODES[ward === '全市' ? '大阪市' : ward];
  if (five === undefined) return null;
  return `${five}${checkDigit(five) ?? ''}`;
}
