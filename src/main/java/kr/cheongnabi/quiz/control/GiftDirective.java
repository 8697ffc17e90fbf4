package kr.cheongnabi.quiz.control;

/**
 * A {@code // @key value} comment line.
 *
 * @param line the 1-based physical line
 * @param value everything after the key and the one space that follows it, untrimmed, since a
 *     continued English text may start or end with spaces that Markdown reads
 */
record GiftDirective(int line, String key, String value) {

  /** The directive on a comment line, or null when the line is an ordinary comment. */
  static GiftDirective of(int line, String raw) {
    int i = raw.indexOf("//") + 2;
    while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
      i++;
    }
    if (i >= raw.length() || raw.charAt(i) != '@') {
      return null;
    }
    int keyEnd = i + 1;
    while (keyEnd < raw.length() && !Character.isWhitespace(raw.charAt(keyEnd))) {
      keyEnd++;
    }
    String value = keyEnd < raw.length() ? raw.substring(keyEnd + 1) : "";
    return new GiftDirective(line, raw.substring(i + 1, keyEnd), value);
  }

  /** The key as written, for messages. */
  String shown() {
    return "// @" + key;
  }
}
