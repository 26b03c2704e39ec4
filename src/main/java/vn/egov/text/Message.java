package vn.egov.text;

import java.util.Arrays;
import java.util.List;

/**
 * A user-facing message as a key of the message bundles and its arguments, rendered in the
 * user's language only when printed or written.
 */
public record Message(String key, List<String> args) {
  public Message {
    args = List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.stream(args).map(Message::text).toList());
  }

  private static String text(Object o) {
    if (o instanceof java.math.BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(o);
  }
}
