package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeReturnPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"/hr/org.xhtml", "/hr/employee.xhtml?id=5"})
  void keepsAPathInsideTheApplication(String path) {
    assertEquals(path, new SafeReturnPath(path).value());
  }

  @ParameterizedTest
  @NullAndEmptySource
  void replacesNothingWithHome(String path) {
    assertEquals(SafeReturnPath.HOME, new SafeReturnPath(path).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil",
        "javascript:alert(1)",
        "hr/org.xhtml"
      })
  void replacesAnotherHostOrSchemeWithHome(String path) {
    assertEquals(SafeReturnPath.HOME, new SafeReturnPath(path).value());
  }

  @Test
  void replacesTheSignInPageWithHomeSoSigningInCannotLoop() {
    assertEquals(SafeReturnPath.HOME, new SafeReturnPath("/login.xhtml?continue=/x").value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/hr/org.xhtml\nSet-Cookie: x=1",
        "/hr/\r\norg.xhtml",
        "/hr/\torg",
        "/hr/\u0000",
        "/hr/\u007f"
      })
  void replacesAPathWithAControlCharacterWithHome(String path) {
    assertEquals(SafeReturnPath.HOME, new SafeReturnPath(path).value());
  }
}
