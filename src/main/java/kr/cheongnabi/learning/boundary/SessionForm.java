package kr.cheongnabi.learning.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import kr.cheongnabi.learning.entity.SessionDetails;

/** The fields of the session form, as typed; checked when turned into {@link SessionDetails}. */
public class SessionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String titleKo;
  private String titleEn;
  private LocalDateTime start;
  private Integer durationMinutes = 120;
  private String place;
  private Integer capacity = 30;
  private boolean faceToFace;
  private boolean published = true;

  public static SessionForm of(SessionDetails details) {
    var form = new SessionForm();
    form.titleKo = details.titleKo();
    form.titleEn = details.titleEn();
    form.start = SessionTimes.local(details.startsAt());
    form.durationMinutes = details.durationMinutes();
    form.place = details.place();
    form.capacity = details.capacity();
    form.faceToFace = details.faceToFace();
    form.published = details.published();
    return form;
  }

  public SessionDetails details() {
    return new SessionDetails(
        titleKo,
        titleEn,
        start == null ? null : SessionTimes.instant(start),
        durationMinutes == null ? 0 : durationMinutes,
        place,
        capacity == null ? 0 : capacity,
        faceToFace,
        published);
  }

  public String getTitleKo() {
    return titleKo;
  }

  public void setTitleKo(String titleKo) {
    this.titleKo = titleKo;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isFaceToFace() {
    return faceToFace;
  }

  public void setFaceToFace(boolean faceToFace) {
    this.faceToFace = faceToFace;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }
}
