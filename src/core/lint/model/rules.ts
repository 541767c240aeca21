// The sentence rules the tone model learns and may fire (the labels of its training sentences).
export const MODEL_RULES: readonly string[] = [
  'blame-client', 'blame-colleague', 'defensive-tone', 'non-apology', 'dismissive', 'sarcasm', 'vague-timing',
];
