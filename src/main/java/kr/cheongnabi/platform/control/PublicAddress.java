package kr.cheongnabi.platform.control;

/** An address of a page of the application, from its public base (PUBLIC_URL). */
public final class PublicAddress {

  private PublicAddress() {}

  /** The page at {@code path} (without a leading slash) under {@code base}, slash or not. */
  public static String of(String base, String path) {
    return (base.endsWith("/") ? base : base + "/") + path;
  }
}
