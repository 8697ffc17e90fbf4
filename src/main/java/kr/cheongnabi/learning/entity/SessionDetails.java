package kr.cheongnabi.learning.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import kr.cheongnabi.platform.entity.Bilingual;

/** What a trainer says about a session: checked before it is stored. */
public record SessionDetails(
    @NotBlank @Size(max = 200) String titleKo,
    @NotBlank @Size(max = 200) String titleEn,
    @NotNull Instant startsAt,
    @Min(10) @Max(1440) int durationMinutes,
    @NotBlank @Size(max = 200) String place,
    @Min(1) @Max(10000) int capacity,
    boolean faceToFace,
    boolean published)
    implements Serializable {

  /** The title in both languages; only for details that passed their checks. */
  public Bilingual title() {
    return new Bilingual(titleKo, titleEn);
  }
}
