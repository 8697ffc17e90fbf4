package kr.cheongnabi.learning.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What an employee says about training taken elsewhere. The training year is the year of the date
 * taken; hours are decimal (1.5 is an hour and a half) and become whole minutes.
 */
public record EvidenceForm(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 200) String provider,
    @NotNull LocalDate takenOn,
    @NotNull @DecimalMin(value = "0.1") @DecimalMax(value = "40") @Digits(integer = 2, fraction = 2)
        BigDecimal hours)
    implements Serializable {

  public static final BigDecimal MAX_HOURS = new BigDecimal("40");

  /** The earliest date taken that is credited; nothing older is believed. */
  public static final LocalDate EARLIEST_TAKEN_ON = LocalDate.of(2000, 1, 1);

  /** The hours in whole minutes, rounded half up: 1.5 is 90, 0.25 is 15. */
  public int minutes() {
    return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }
}
