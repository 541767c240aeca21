// The package ships no types; this is the part of its API we use.
declare module 'snowball-stemmers' {
  export interface Stemmer { stem(word: string): string; }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}
