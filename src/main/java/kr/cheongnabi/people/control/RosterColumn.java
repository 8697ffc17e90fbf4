package kr.cheongnabi.people.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of a roster file. HR systems export either English or Korean headers, so each column
 * answers to both; order is free and other columns are ignored.
 */
public enum RosterColumn {
  EMPLOYEE_NUMBER("employee_number", "사번", true),
  NAME("name", "성명", true),
  EMAIL("email", "이메일", false),
  ORG_UNIT_CODE("org_unit_code", "부서코드", true),
  POSITION("position", "직위", false),
  GRADE("grade", "직급", false),
  SENIOR_OFFICIAL("senior_official", "고위공직자", false),
  HIRE_DATE("hire_date", "입사일", true),
  EMPLOYMENT_TYPE("employment_type", "고용형태", false),
  STATUS("status", "재직상태", false),
  STATUS_SINCE("status_since", "상태시작일", false),
  DUTY_AREAS("duty_areas", "부패취약분야", false);

  private static final Map<String, RosterColumn> BY_HEADER =
      Arrays.stream(values())
          .flatMap(c -> Stream.of(Map.entry(c.headerName, c), Map.entry(c.koreanName, c)))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private final String headerName;
  private final String koreanName;
  private final boolean required;

  RosterColumn(String headerName, String koreanName, boolean required) {
    this.headerName = headerName;
    this.koreanName = koreanName;
    this.required = required;
  }

  /** The English header, the one {@link RosterCsvWriter} writes. */
  public String headerName() {
    return headerName;
  }

  public String koreanName() {
    return koreanName;
  }

  public boolean required() {
    return required;
  }

  /** The column a header cell names, ignoring case, surrounding blanks and a stray BOM. */
  public static Optional<RosterColumn> forHeader(String header) {
    String normalised = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(BY_HEADER.get(normalised));
  }
}
