import type { MessageTable } from './table';

/** Messages about the files KUSEI writes (`kusei summary --out/--report`). */
export const OUTPUT_MESSAGES = {
  OUTPUT_IS_INPUT: {
    ja: '{option} に指定した「{output}」は、集計する入力ファイル「{input}」と同じファイルです(リンクや大文字・小文字の違いを含む)。入力ファイルは置き換えません。別のファイル名にしてください。',
    en: '{option} "{output}" is the same file as the input "{input}" (through a link, or in another letter case). An input is never replaced: give another file name.',
  },
  OUTPUTS_ARE_ONE_FILE: {
    ja: '{option}「{output}」と {other}「{otherOutput}」は同じファイルです。別のファイルを指定してください。',
    en: '{option} "{output}" and {other} "{otherOutput}" are the same file. Give different files.',
  },
} as const satisfies MessageTable;
