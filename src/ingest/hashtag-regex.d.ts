/** Type declaration for `hashtag-regex` (the package ships none). */
declare module 'hashtag-regex' {
  /** Returns a new global regular expression matching hashtag identifiers (UAX #31). */
  export default function hashtagRegex(): RegExp;
}
