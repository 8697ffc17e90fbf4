package kr.cheongnabi.report.control;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import kr.cheongnabi.platform.boundary.Messages;

/**
 * The columns of a gap list export, the same for CSV and XLSX: headers and labels in the reader's
 * language, minutes as whole numbers (exact; the pages show hours with one decimal).
 */
public final class GapColumns {

  private static final List<String> KEYS =
      List.of(
          "number",
          "name",
          "unitCode",
          "unit",
          "type",
          "status",
          "owed",
          "floor",
          "credited",
          "online",
          "inPerson",
          "external",
          "missing",
          "standing",
          "faceToFaceRequired",
          "faceToFaceDone");

  private final ResourceBundle bundle;
  private final Locale locale;

  public GapColumns(Locale locale) {
    this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    this.locale = locale;
  }

  public List<String> headers() {
    return KEYS.stream().map(key -> bundle.getString("gapColumn." + key)).toList();
  }

  /** The row's values: text as String, minutes as Integer. */
  public List<Object> values(EmployeeGap gap) {
    return List.of(
        gap.employeeNumber(),
        gap.name(),
        gap.unitCode(),
        gap.unitName().in(locale),
        bundle.getString("employmentType." + gap.employmentType()),
        bundle.getString("status." + gap.status()),
        gap.owedMinutes(),
        gap.floorMinutes(),
        gap.creditedMinutes(),
        gap.onlineMinutes(),
        gap.inPersonMinutes(),
        gap.externalMinutes(),
        gap.missingMinutes(),
        bundle.getString("standing." + gap.standing()),
        yesNo(gap.faceToFaceRequired()),
        gap.faceToFaceRequired() ? yesNo(gap.faceToFaceDone()) : "");
  }

  private String yesNo(boolean value) {
    return bundle.getString(value ? "gapColumn.yes" : "gapColumn.no");
  }
}
