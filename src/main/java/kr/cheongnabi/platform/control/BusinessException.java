package kr.cheongnabi.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rule of the business was broken by what a person asked for. It rolls the transaction back and
 * carries a message key of the "msg" bundle with its arguments, so the page can say what is wrong.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments.toArray();
  }
}
