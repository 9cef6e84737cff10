/** Letters are a few pages; anything this large is not one, and reading it would only cost time. The default upload limit too. */
export const MAX_LETTER_BYTES = 10 * 1024 * 1024;
